/**
 * "Insert new plan": the sidebar's form, parsed with zod on the server (the authority), becomes
 * a ready-to-use plan tab and a row on the Dashboard. Under the document lock, so two
 * coordinators inserting at once get two tabs with distinct names and two rows; if anything
 * fails mid-way the half-made tab is deleted. The plan is written by plan-writer.ts, the same
 * code that creates plans in bulk for intake.
 */

import { newPlanId } from "../domain/plan/plan-id";
import type { InsertPlanResult } from "../domain/sidebar-contract/replies";
import { fieldErrors, planFormSchema } from "../domain/sidebar-contract/schemas";
import { findAddonTabs } from "../gas/addon-tabs";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { newUuid } from "../gas/ids";
import { openWorkbook } from "../gas/workbook";
import { asCoordinator } from "./coordinator-guard";
import { finishPlanBatch, PlanNotWritten, startPlanBatch, writePlan } from "./plan-writer";

const NOT_A_FORM =
  "The new-plan form did not reach the server whole: reload the sidebar and try again.";

/** "Insert new plan", for coordinators only (coordinator-guard.ts). */
export function insertPlanFromForm(form: unknown): InsertPlanResult {
  return asCoordinator(
    "insert plans",
    (message) => ({ ok: false, fieldErrors: {}, message }),
    (role) => insertPlan(form, role.isOwner),
  );
}

function insertPlan(form: unknown, runsAsOwner: boolean): InsertPlanResult {
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
      const batch = startPlanBatch(workbook, findAddonTabs(workbook.spreadsheet), runsAsOwner);
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
