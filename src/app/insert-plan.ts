/**
 * "Insert new plan": the sidebar's form, parsed with zod on the server (the authority), becomes
 * a ready-to-use plan tab and a row on the Dashboard. Under the document lock, so two
 * coordinators inserting at once get two tabs with distinct names and two rows; if anything
 * fails mid-way the half-made tab is deleted.
 */

import { layoutDashboard } from "../domain/dashboard/layout";
import { dashboardRowValues } from "../domain/dashboard/row";
import { newPlanId } from "../domain/plan/plan-id";
import { layoutPlanTab } from "../domain/plan-tab/layout";
import type { PlanTabModel } from "../domain/plan-tab/tab-model";
import { dayKey } from "../domain/sheet/calendar";
import { planSheetBase } from "../domain/sheet/sheet-name";
import type { InsertPlanResult } from "../domain/sidebar-contract/replies";
import { fieldErrors, planFormSchema } from "../domain/sidebar-contract/schemas";
import { templateById } from "../domain/templates";
import { type AddonTabs, findAddonTabs } from "../gas/addon-tabs";
import { appendDashboardRow, locateDashboard, writeDashboard } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { newUuid } from "../gas/ids";
import { discardPlanTab, type WrittenPlanTab, writePlanTab } from "../gas/plan-tab-writer";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { summarizeTab } from "./read-program";

const NOT_A_FORM =
  "The new-plan form did not reach the server whole: reload the sidebar and try again.";

export function insertPlanFromForm(form: unknown): InsertPlanResult {
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
      // One metadata search finds both the template tab and the Dashboard.
      const tabs = findAddonTabs(workbook.spreadsheet);
      // The first plan of a program makes the Dashboard first, so that it is the first tab and
      // the new plan tab (inserted after it) is the one left open for the coordinator.
      const dashboard = ensureDashboard(workbook.spreadsheet, tabs, timeZone);
      if (!dashboard.sheet) return notInserted(dashboard.message);
      const tab = writePlanTab(workbook.spreadsheet, planSheetBase(plan.menteeName), model, tabs);
      if (!tab.sheet) return notInserted(tab.message);
      const { sheetId, sheetName } = tab;
      try {
        addDashboardRow(dashboard.sheet, model, tab, timeZone);
      } catch (error) {
        // No half-made plan: without its Dashboard row the tab goes too.
        discardPlanTab(workbook.spreadsheet, tab);
        throw error;
      }
      return {
        ok: true,
        planId: model.planId,
        sheetName,
        sheetId,
        message: [`Plan inserted in the tab "${sheetName}".`, ...tab.notes].join(" "),
      };
    });
  } catch (error) {
    if (error instanceof BusyError) return { ok: false, fieldErrors: {}, message: error.message };
    throw error;
  }
}

/**
 * The tab's values as Sheets stores what was written: the apostrophe that keeps user text
 * literal (sheet/literal-text.ts) is not part of the text, so the row must not escape it a second time.
 * Formula cells are left out: the summary a refresh makes does not depend on them.
 */
function storedValues(model: PlanTabModel): unknown[][] {
  return model.values.map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)),
  );
}

/** Nothing was inserted, and why (in coordinator words). */
function notInserted(message: string): InsertPlanResult {
  return { ok: false, fieldErrors: {}, message: `Nothing was inserted. ${message}` };
}

/** The Dashboard, made empty (with all its formatting) when the program has none yet. */
function ensureDashboard(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tabs: AddonTabs,
  timeZone: string,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet } | { sheet: null; message: string } {
  const found = locateDashboard(spreadsheet, tabs);
  if (found) return { sheet: found };
  const empty = layoutDashboard({
    programName: loadSettings().programName,
    summaries: [],
    missing: [],
    refreshedAt: new Date(),
    timeZone,
  });
  return writeDashboard(spreadsheet, { sheet: null, values: [] }, empty);
}

/** The new plan's Dashboard row, from what was written, by the parser a refresh uses. */
function addDashboardRow(
  dashboard: GoogleAppsScript.Spreadsheet.Sheet,
  model: PlanTabModel,
  tab: WrittenPlanTab,
  timeZone: string,
): void {
  const today = dayKey(new Date(), timeZone);
  const summary = summarizeTab(
    { planId: model.planId, sheetId: tab.sheetId },
    storedValues(model),
    today,
    timeZone,
    tab.sheetName,
  );
  appendDashboardRow(dashboard, dashboardRowValues(summary, timeZone));
}
