/**
 * "Open" on a plan in the sidebar's list: makes the plan's tab the active one. The tab is found
 * by its plan id (developer metadata), so a renamed tab still opens.
 */

import * as z from "../domain/sidebar-contract/zod";
import { findProgramTabs } from "../gas/plan-tabs";
import { openWorkbook } from "../gas/workbook";

const planIdSchema = z
  .string({ error: "Which plan? The sidebar sent no plan id." })
  .check(z.trim(), z.minLength(1));

export function openPlanTabById(planId: unknown): { sheetName: string } {
  const parsed = planIdSchema.safeParse(planId);
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "No plan id.");
  const { spreadsheet } = openWorkbook();
  const tab = findProgramTabs(spreadsheet).plans.find((p) => p.planId === parsed.data);
  if (!tab) {
    throw new Error("This plan's tab is no longer in the spreadsheet: refresh the Dashboard.");
  }
  tab.sheet.activate();
  return { sheetName: tab.sheet.getName() };
}
