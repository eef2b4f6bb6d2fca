/**
 * "Insert new plan": the sidebar's form, parsed with zod on the server (the authority), becomes
 * a ready-to-use plan tab and a row on the Dashboard. Under the document lock, so two
 * coordinators inserting at once get two tabs with distinct names and two rows; if anything
 * fails mid-way the half-made tab is deleted.
 */
import { dayKey } from "../domain/calendar";
import { layoutDashboard } from "../domain/dashboard";
import { dashboardRowValues } from "../domain/dashboard-row";
import { newPlanId } from "../domain/plan-id";
import { layoutPlanTab } from "../domain/plan-layout";
import { valuesWithFormulas } from "../domain/plan-tab-batches";
import { fieldErrors, planFormSchema } from "../domain/schemas";
import { planSheetBase } from "../domain/sheet-name";
import type { InsertPlanResult } from "../domain/sidebar-state";
import { templateById } from "../domain/templates";
import { appendDashboardRow, findDashboardSheet, writeDashboard } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { newUuid } from "../gas/ids";
import { writePlanTab } from "../gas/plan-tab-writer";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { summarizeTab } from "./program-rollup";

export function insertPlanFromForm(form: unknown): InsertPlanResult {
  const parsed = planFormSchema.safeParse(form);
  if (!parsed.success) {
    return {
      ok: false,
      fieldErrors: fieldErrors(parsed.error),
      message: "Nothing was inserted: please correct the highlighted fields.",
    };
  }
  const plan = parsed.data;
  const workbook = openWorkbook();
  const timeZone = workbook.timeZone();
  const model = layoutPlanTab({
    planId: newPlanId(newUuid()),
    form: plan,
    template: templateById(plan.templateId),
    timeZone,
    // The protection keeps the coordinator running the add-on as its editor.
    coordinatorEmail: "",
  });
  try {
    return withDocumentLock(() => {
      const tab = writePlanTab(workbook.spreadsheet, planSheetBase(plan.menteeName), model);
      const { sheetId, sheetName } = tab;
      // The Dashboard row is read back from what was written, by the same parser a refresh uses.
      const today = dayKey(new Date(), timeZone);
      const summary = summarizeTab(
        { planId: model.planId, sheetId },
        valuesWithFormulas(model),
        today,
        timeZone,
        sheetName,
      );
      const dashboard = findDashboardSheet(workbook.spreadsheet);
      if (dashboard) appendDashboardRow(dashboard, dashboardRowValues(summary, timeZone));
      else {
        const snapshot = { sheet: null, values: [] };
        const first = layoutDashboard({
          programName: loadSettings().programName,
          summaries: [summary],
          missing: [],
          refreshedAt: new Date(),
          timeZone,
        });
        writeDashboard(workbook.spreadsheet, snapshot, first, 0);
      }
      return {
        ok: true,
        planId: model.planId,
        sheetName,
        sheetId,
        message: `Plan inserted in the tab "${sheetName}".`,
      };
    });
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, fieldErrors: {}, message: error.message };
    throw error;
  }
}
