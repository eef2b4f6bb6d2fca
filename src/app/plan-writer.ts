/**
 * Writing plans: the one code path by which a plan tab and its Dashboard row are made, for the
 * single insert (one plan) and the bulk creation of intake (a batch). What a batch needs once —
 * the add-on's tabs (one metadata search, by the caller), the Dashboard (made empty if the
 * program has none), the spreadsheet's zone — is opened once; each plan then costs its tab's
 * own calls; the Dashboard rows of the batch are appended in one write at the end. A batch whose
 * Dashboard rows cannot be written removes its tabs: no plan is ever left half-made.
 */
import { layoutDashboard } from "../domain/dashboard/layout";
import { dashboardRowValues } from "../domain/dashboard/row";
import { layoutPlanTab } from "../domain/plan-tab/layout";
import type { PlanTabModel } from "../domain/plan-tab/tab-model";
import { templateTabName } from "../domain/plan-tab/template-tab-name";
import { type DayKey, dayKey } from "../domain/sheet/calendar";
import { planSheetBase } from "../domain/sheet/sheet-name";
import type { PlanForm } from "../domain/sidebar-contract/schemas";
import { templateById } from "../domain/templates";
import type { AddonTabs } from "../gas/addon-tabs";
import { appendDashboardRows, locateDashboard, writeDashboard } from "../gas/dashboard-tab";
import { discardPlanTab, type WrittenPlanTab, writePlanTab } from "../gas/plan-tab-writer";
import type { FeedEntry } from "../gas/program-feed-tab";
import { loadSettings } from "../gas/settings-store";
import type { Workbook } from "../gas/workbook";
import { summarizeTab } from "./read-program";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A tab could not be made (every free name taken): said to the coordinator, nothing half-made. */
export class PlanNotWritten extends Error {
  constructor(message: string) {
    super(`Nothing was inserted. ${message}`);
    this.name = "PlanNotWritten";
  }
}

export interface PlanBatch {
  workbook: Workbook;
  timeZone: string;
  today: DayKey;
  /** The add-on's tabs; the plan template joins them once a plan of the batch has made it. */
  tabs: Map<string, Sheet>;
  dashboard: Sheet;
  /** Tabs written so far and their Dashboard rows, appended by finishPlanBatch. */
  written: WrittenPlanTab[];
  /** The plans written so far, as the program feed lists them. */
  entries: FeedEntry[];
  rows: unknown[][];
  /** The coordinator writing owns the spreadsheet (plan-tab-writer.ts, protectLabels). */
  runsAsOwner: boolean;
  /** What was repaired on the way (a template changed by hand, rebuilt), for the message. */
  notes: string[];
}

/**
 * Opens a batch (call it holding the document lock). The first plan of a program makes the
 * Dashboard first, so that it is the first tab and the new plan tabs come after it.
 * @param tabs the add-on's tabs from the caller's metadata search
 * @param runsAsOwner the coordinator guard found the user is the spreadsheet's owner (false
 *   when unknown: the protections then add them as an editor, as Google's sample does)
 */
export function startPlanBatch(
  workbook: Workbook,
  tabs: AddonTabs,
  runsAsOwner = false,
): PlanBatch {
  const timeZone = workbook.timeZone();
  return {
    workbook,
    timeZone,
    today: dayKey(new Date(), timeZone),
    tabs: new Map(tabs),
    dashboard: ensureDashboard(workbook, tabs, timeZone),
    written: [],
    entries: [],
    rows: [],
    runsAsOwner,
    notes: [],
  };
}

/** Writes one plan's tab (its Dashboard row waits for finishPlanBatch). */
export function writePlan(batch: PlanBatch, plan: PlanForm, planId: string): WrittenPlanTab {
  const model = layoutPlanTab({
    planId,
    form: plan,
    template: templateById(plan.templateId),
    timeZone: batch.timeZone,
    // The protection keeps the coordinator running the add-on as its editor.
    coordinatorEmail: "",
  });
  const spreadsheet = batch.workbook.spreadsheet;
  const tab = writePlanTab(spreadsheet, planSheetBase(plan.menteeName), model, batch.tabs, {
    runsAsOwner: batch.runsAsOwner,
  });
  if (!tab.sheet) throw new PlanNotWritten(tab.message);
  batch.tabs.set(templateTabName(model), tab.template);
  batch.notes.push(...tab.notes);
  batch.written.push(tab);
  batch.entries.push({ planId, sheetName: tab.sheetName });
  batch.rows.push(dashboardRow(model, tab, batch.today, batch.timeZone));
  return tab;
}

/** Appends the batch's Dashboard rows in one write; if that fails, the batch's tabs go too. */
export function finishPlanBatch(batch: PlanBatch): void {
  if (batch.rows.length === 0) return;
  try {
    appendDashboardRows(batch.dashboard, batch.rows);
  } catch (error) {
    for (const tab of batch.written) discardPlanTab(batch.workbook.spreadsheet, tab);
    throw error;
  }
}

/**
 * The tab's values as Sheets stores what was written: the apostrophe that keeps user text
 * literal (sheet/literal-text.ts) is not part of the text, so the row must not escape it a
 * second time. Formula cells are left out: the summary a refresh makes does not depend on them.
 */
function storedValues(model: PlanTabModel): unknown[][] {
  return model.values.map((row) =>
    row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v)),
  );
}

/** The Dashboard, made empty (with all its formatting) when the program has none yet. */
function ensureDashboard(workbook: Workbook, tabs: AddonTabs, timeZone: string): Sheet {
  const found = locateDashboard(workbook.spreadsheet, tabs);
  if (found) return found;
  const empty = layoutDashboard({
    programName: loadSettings().programName,
    summaries: [],
    missing: [],
    refreshedAt: new Date(),
    timeZone,
  });
  const made = writeDashboard(workbook.spreadsheet, { sheet: null, values: [] }, empty);
  if (!made.sheet) throw new PlanNotWritten(made.message);
  return made.sheet;
}

/** A new plan's Dashboard row, from what was written, by the parser a refresh uses. */
function dashboardRow(
  model: PlanTabModel,
  tab: WrittenPlanTab,
  today: DayKey,
  timeZone: string,
): unknown[] {
  const summary = summarizeTab(
    { planId: model.planId, sheetId: tab.sheetId },
    storedValues(model),
    today,
    timeZone,
    tab.sheetName,
  );
  return dashboardRowValues(summary, timeZone);
}
