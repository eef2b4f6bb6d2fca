/**
 * "Insert new plan": the sidebar's form, parsed with zod on the server (the authority), becomes
 * a ready-to-use plan tab and a row on the Dashboard. Under the document lock, so two
 * coordinators inserting at once get two tabs with distinct names and two rows; if anything
 * fails mid-way the half-made tab is deleted. The plan is written by plan-writer.ts, the same
 * code that creates plans in bulk for intake.
 *
 * A mentee who already has a plan (on the Dashboard, read under the same lock) gets no second
 * one until the coordinator confirms: the reply names the plans and asks, and the sidebar sends
 * the form again with `createAnother`. The server decides, so two sidebars cannot both miss it.
 */

import { readDashboardPlanIds } from "../domain/dashboard/listing";
import { newPlanId } from "../domain/plan/plan-id";
import { plansOfSameMentee, samePlanQuestion } from "../domain/plan/same-mentee";
import type { InsertPlanResult } from "../domain/sidebar-contract/replies";
import {
  fieldErrors,
  insertOptionsSchema,
  type PlanForm,
  planFormSchema,
} from "../domain/sidebar-contract/schemas";
import { type AddonTabs, findAddonTabs } from "../gas/addon-tabs";
import { readDashboard } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { newUuid } from "../gas/ids";
import { openWorkbook } from "../gas/workbook";
import { asCoordinator } from "./coordinator-guard";
import { finishPlanBatch, PlanNotWritten, startPlanBatch, writePlan } from "./plan-writer";

const NOT_A_FORM =
  "The new-plan form did not reach the server whole: reload the sidebar and try again.";

/** "Insert new plan", for coordinators only (coordinator-guard.ts). */
export function insertPlanFromForm(form: unknown, options?: unknown): InsertPlanResult {
  return asCoordinator<InsertPlanResult>(
    "insert plans",
    (message) => ({ ok: false, fieldErrors: {}, message }),
    (role) => insertPlan(form, options, role.isOwner),
  );
}

/** The question to ask when the mentee already has plans on the Dashboard, or null. */
function askAboutSameMentee(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: AddonTabs,
  plan: PlanForm,
): InsertPlanResult | null {
  const listed = readDashboardPlanIds(readDashboard(spreadsheet, tabs).values).map((l) => ({
    planId: l.planId,
    sheetName: l.sheetName,
    menteeName: l.lastKnown.menteeName ?? "",
    menteeEmail: l.lastKnown.menteeEmail ?? "",
    health: l.health,
    problems: l.problems,
  }));
  const existing = plansOfSameMentee(listed, { name: plan.menteeName, email: plan.menteeEmail });
  if (existing.length === 0) return null;
  return {
    ok: false,
    fieldErrors: {},
    message: samePlanQuestion(plan.menteeName, existing),
    existingPlans: existing,
  };
}

function insertPlan(form: unknown, options: unknown, runsAsOwner: boolean): InsertPlanResult {
  // google.script.run may pass a missing argument as null.
  const how = insertOptionsSchema.safeParse(options ?? undefined);
  if (!how.success) return { ok: false, fieldErrors: { form: NOT_A_FORM }, message: NOT_A_FORM };
  const parsed = planFormSchema.safeParse(form);
  if (!parsed.success) {
    // Only a broken sidebar sends something that is not a form at all: zod's words would not help.
    if (typeof form !== "object" || form === null || Array.isArray(form)) {
      return { ok: false, fieldErrors: { form: NOT_A_FORM }, message: NOT_A_FORM };
    }
    return {
      ok: false,
      fieldErrors: fieldErrors(parsed.error),
      message: "Nothing was inserted: please correct the highlighted fields.",
    };
  }
  const plan = parsed.data;
  const workbook = openWorkbook();
  const planId = newPlanId(newUuid());
  try {
    return withDocumentLock(() => {
      // One metadata search finds both the template tab and the Dashboard.
      const tabs = findAddonTabs(workbook.spreadsheet);
      if (!how.data.createAnother) {
        const question = askAboutSameMentee(workbook.spreadsheet, tabs, plan);
        if (question) return question;
      }
      const batch = startPlanBatch(workbook, tabs, runsAsOwner);
      const { sheetId, sheetName } = writePlan(batch, plan, planId);
      finishPlanBatch(batch);
      const repaired = batch.notes.length > 0 ? ` ${batch.notes.join(" ")}` : "";
      return {
        ok: true,
        planId,
        sheetName,
        sheetId,
        message: `Plan inserted in the tab "${sheetName}".${repaired}`,
      };
    });
  } catch (error) {
    if (error instanceof BusyError || error instanceof PlanNotWritten) {
      return { ok: false, fieldErrors: {}, message: error.message };
    }
    throw error;
  }
}
