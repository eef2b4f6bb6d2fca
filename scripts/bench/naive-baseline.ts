/**
 * The naive baseline: the same three operations written the way many Apps Script tutorials
 * write them — a getValue or setValue per cell, a rule per cell, a flush inside the loop "so the
 * sheet fills in as it goes", one email per row. It is NOT product code and lives only here.
 *
 * It runs against the same emulated services as the add-on (env.globals, called directly, not
 * through the bundle) on a fresh copy of the same program, and it computes the same content with
 * the same domain functions (layoutPlanTab, parsePlanTab, summarizePlan, layoutDashboard,
 * buildDigest): only the way it talks to Sheets and Gmail differs, which is what is measured.
 */

import { DASHBOARD_SHEET_NAME, layoutDashboard } from "../../src/domain/dashboard/layout";
import { dashboardRowValues } from "../../src/domain/dashboard/row";
import type { PlanSummary } from "../../src/domain/plan/plan-summary";
import { validationGrid, valuesWithFormulas } from "../../src/domain/plan-tab/batches";
import { PLAN_ID_METADATA_KEY } from "../../src/domain/plan-tab/sections";
import { buildDigest } from "../../src/domain/review/digest";
import { REVIEW_LOG_HEADER, REVIEW_LOG_SHEET_NAME } from "../../src/domain/review/ledger";
import { currentPeriod } from "../../src/domain/review/period";
import { dayKey } from "../../src/domain/sheet/calendar";
import { nextSheetNameCandidate, planSheetBase } from "../../src/domain/sheet/sheet-name";
import type { PlanFormInput } from "../../src/domain/sidebar-contract/schemas";
import type { AppsScriptGlobals } from "../../test/emulator";
import {
  planTabFor,
  programName,
  protectLabels,
  services,
  summarize,
  validationOf,
} from "./baseline-support";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Insert a plan: a new tab written cell by cell (value, number format, weight, colour), a flush
 * after every row, a dropdown set on each cell, conditional-format rules appended one at a time,
 * column widths one by one, then the Dashboard row cell by cell.
 */
export function naiveInsertPlan(
  globals: AppsScriptGlobals,
  input: PlanFormInput,
  planId: string,
  now: Date,
): string {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const { form, model } = planTabFor(input, planId, timeZone);
  const base = planSheetBase(form.menteeName);
  let name = base;
  for (let attempt = 2; ss.getSheetByName(name); attempt++)
    name = nextSheetNameCandidate(base, attempt);
  const sheet = ss.insertSheet(name, 1);

  const values = valuesWithFormulas(model);
  for (let r = 0; r < model.rows; r++) {
    for (let c = 0; c < model.columns; c++) {
      const cell = sheet.getRange(r + 1, c + 1);
      const value = values[r]?.[c] ?? "";
      if (value !== "") cell.setValue(value);
      const format = model.numberFormats[r]?.[c] ?? "General";
      if (format !== "General") cell.setNumberFormat(format);
      if (model.fontWeights[r]?.[c] === "bold") cell.setFontWeight("bold");
      const background = model.backgrounds[r]?.[c];
      if (background) cell.setBackground(background);
    }
    g.SpreadsheetApp.flush();
  }

  const rules = validationGrid(model);
  rules.forEach((row, r) => {
    row.forEach((spec, c) => {
      if (spec) sheet.getRange(r + 1, c + 1).setDataValidation(validationOf(g, spec));
    });
  });
  for (const spec of model.conditionalFormats) {
    const rule = g.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setRanges([sheet.getRange(spec.a1)]);
    if (spec.background) rule.setBackground(spec.background);
    if (spec.fontColor) rule.setFontColor(spec.fontColor);
    const existing = sheet.getConditionalFormatRules();
    existing.push(rule.build());
    sheet.setConditionalFormatRules(existing);
  }
  sheet.setFrozenRows(model.frozenRows);
  for (const run of model.columnWidths) {
    for (let c = run.column; c < run.column + run.count; c++) sheet.setColumnWidth(c, run.width);
  }
  protectLabels(g, sheet, model.protectedLabels.labelsA1);
  sheet.addDeveloperMetadata(PLAN_ID_METADATA_KEY, planId);

  const summary = summarize(planId, name, sheet.getSheetId(), values, timeZone, now);
  const dashboard = ss.getSheetByName(DASHBOARD_SHEET_NAME);
  if (dashboard) {
    const row = dashboard.getLastRow() + 1;
    // Writing below the last row fails in Sheets: grow the sheet first.
    if (row > dashboard.getMaxRows()) dashboard.insertRowsAfter(row - 1, 1);
    dashboardRowValues(summary, timeZone).forEach((value, c) => {
      dashboard.getRange(row, c + 1).setValue(value);
    });
    g.SpreadsheetApp.flush();
  }
  return name;
}

/** Every plan tab, found by its metadata, read one getValue per cell of its used range. */
function readProgramCellByCell(ss: Spreadsheet, timeZone: string, now: Date): PlanSummary[] {
  const summaries: PlanSummary[] = [];
  for (const sheet of ss.getSheets()) {
    const planId = planIdOf(sheet);
    if (!planId) continue;
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const values: unknown[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      const row: unknown[] = [];
      for (let c = 1; c <= lastColumn; c++) row.push(sheet.getRange(r, c).getValue());
      values.push(row);
    }
    summaries.push(summarize(planId, sheet.getName(), sheet.getSheetId(), values, timeZone, now));
  }
  return summaries;
}

function planIdOf(sheet: Sheet): string | null {
  for (const m of sheet.getDeveloperMetadata()) {
    if (m.getKey() === PLAN_ID_METADATA_KEY) return m.getValue();
  }
  return null;
}

/**
 * Refresh the Dashboard: read every plan tab cell by cell, then clear the Dashboard and write
 * it back one setValue (and number format) per cell, with a flush after every row.
 */
export function naiveRefresh(globals: AppsScriptGlobals, now: Date): { plans: number } {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const summaries = readProgramCellByCell(ss, timeZone, now);
  const model = layoutDashboard({
    programName: programName(g),
    summaries,
    missing: [],
    refreshedAt: now,
    timeZone,
  });
  const dashboard =
    ss.getSheetByName(DASHBOARD_SHEET_NAME) ?? ss.insertSheet(DASHBOARD_SHEET_NAME, 0);
  dashboard.clearContents();
  model.values.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === "") return;
      const cell = dashboard.getRange(r + 1, c + 1);
      cell.setValue(value);
      const format = model.numberFormats[r]?.[c] ?? "General";
      if (format !== "General") cell.setNumberFormat(format);
    });
    g.SpreadsheetApp.flush();
  });
  return { plans: summaries.length };
}

/**
 * The review run: read every plan tab cell by cell, then for each pair send its reviewer an
 * email about that pair and log it on the next row of the Review log, cell by cell, with a flush.
 */
export function naiveReview(globals: AppsScriptGlobals, now: Date): { sent: number } {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const name = programName(g);
  const summaries = readProgramCellByCell(ss, timeZone, now);
  const log = ss.getSheetByName(REVIEW_LOG_SHEET_NAME) ?? newReviewLog(ss);
  const period = currentPeriod(now, timeZone);
  const today = dayKey(now, timeZone);
  const url = ss.getUrl();
  let sent = 0;
  for (const pair of summaries) {
    if (pair.reviewerEmail === "") continue;
    const digest = buildDigest({
      programName: name,
      reviewerEmail: pair.reviewerEmail,
      period,
      pairs: [pair],
      previousCompletion: new Map(),
      spreadsheetUrl: url,
      timeZone,
      today,
    });
    g.MailApp.sendEmail(pair.reviewerEmail, digest.subject, digest.text, {
      htmlBody: digest.html,
      name,
    });
    sent++;
    const row = log.getLastRow() + 1;
    const cells = [
      now,
      period.key,
      "review",
      pair.reviewerEmail,
      1,
      "sent",
      "",
      pair.planId,
      pair.completion,
      "",
    ];
    for (const [c, value] of cells.entries()) log.getRange(row, c + 1).setValue(value);
    g.SpreadsheetApp.flush();
  }
  return { sent };
}

function newReviewLog(ss: Spreadsheet): Sheet {
  const log = ss.insertSheet(REVIEW_LOG_SHEET_NAME);
  for (const [c, title] of REVIEW_LOG_HEADER.entries()) log.getRange(1, c + 1).setValue(title);
  return log;
}
