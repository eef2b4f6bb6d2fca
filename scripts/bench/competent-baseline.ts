/**
 * The competent baseline: the same operations written the way a careful Apps Script developer
 * would, following Google's best practices (https://developers.google.com/apps-script/guides/support/best-practices):
 * one getDataRange().getValues() per tab, one setValues (and one call per format layer) per
 * output, one email per reviewer, the document lock around every write, plan tabs found by their
 * plan id metadata in one search. It is NOT product code and lives only here: the bench's
 * headline compares the add-on with this, not with the per-cell naive baseline.
 *
 * It runs against the same emulated services as the add-on (env.globals, called directly) on a
 * fresh copy of the same program and computes the same content with the same domain functions
 * (layoutPlanTab, parsePlanTab, summarizePlan, layoutDashboard, buildDigest): only the way it
 * talks to Sheets and Gmail differs, which is what is measured.
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
  type Services,
  services,
  summarize,
  validationOf,
} from "./baseline-support";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

const LOCK_WAIT_MS = 30_000;

/** Runs fn under the document lock, released however fn ends. */
function locked<T>(g: Services, fn: () => T): T {
  const lock = g.LockService.getDocumentLock();
  lock.waitLock(LOCK_WAIT_MS);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Every plan tab found by its plan id metadata in one search, each read with one
 * getDataRange().getValues(); with `names`, each tab's name too (the Dashboard links show it).
 */
function readProgram(ss: Spreadsheet, timeZone: string, now: Date, names: boolean) {
  const found = ss.createDeveloperMetadataFinder().withKey(PLAN_ID_METADATA_KEY).find();
  const summaries: PlanSummary[] = [];
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    const planId = metadata.getValue();
    if (!sheet || !planId) continue;
    const values = sheet.getDataRange().getValues();
    const sheetName = names ? sheet.getName() : "";
    const summary = summarize(planId, sheetName, sheet.getSheetId(), values, timeZone, now);
    summaries.push(names ? summary : { ...summary, sheetName: planSheetBase(summary.menteeName) });
  }
  return summaries;
}

/**
 * Insert a plan: a new tab, its values in one setValues and each format layer in one call,
 * protection, its plan id, and the Dashboard row appended — under the document lock.
 */
export function competentInsertPlan(
  globals: AppsScriptGlobals,
  input: PlanFormInput,
  planId: string,
  now: Date,
): string {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const { form, model } = planTabFor(input, planId, timeZone);
  return locked(g, () => {
    const base = planSheetBase(form.menteeName);
    let name = base;
    for (let attempt = 2; ss.getSheetByName(name); attempt++) {
      name = nextSheetNameCandidate(base, attempt);
    }
    const sheet = ss.insertSheet(name, 1);
    const all = sheet.getRange(1, 1, model.rows, model.columns);
    const values = valuesWithFormulas(model);
    all.setValues(values);
    all.setNumberFormats(model.numberFormats);
    all.setFontWeights(model.fontWeights);
    all.setBackgrounds(model.backgrounds as string[][]);
    all.setDataValidations(
      validationGrid(model).map((row) =>
        row.map((spec) => (spec ? validationOf(g, spec) : null)),
      ) as DataValidation[][],
    );
    sheet.setConditionalFormatRules(
      model.conditionalFormats.map((spec) => {
        const rule = g.SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(spec.formula)
          .setRanges([sheet.getRange(spec.a1)]);
        if (spec.background) rule.setBackground(spec.background);
        if (spec.fontColor) rule.setFontColor(spec.fontColor);
        return rule.build();
      }),
    );
    sheet.setFrozenRows(model.frozenRows);
    for (const run of model.columnWidths) sheet.setColumnWidths(run.column, run.count, run.width);
    protectLabels(g, sheet, model.protectedLabels.labelsA1);
    sheet.addDeveloperMetadata(PLAN_ID_METADATA_KEY, planId);
    const summary = summarize(planId, name, sheet.getSheetId(), values, timeZone, now);
    ss.getSheetByName(DASHBOARD_SHEET_NAME)?.appendRow(dashboardRowValues(summary, timeZone));
    return name;
  });
}

/**
 * Refresh the Dashboard: read every plan tab (one getValues and its name each), then rewrite
 * the Dashboard in one setValues and one setNumberFormats, under the lock.
 */
export function competentRefresh(globals: AppsScriptGlobals, now: Date): { plans: number } {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const name = programName(g);
  const summaries = readProgram(ss, timeZone, now, true);
  const model = layoutDashboard({
    programName: name,
    summaries,
    missing: [],
    refreshedAt: now,
    timeZone,
  });
  locked(g, () => {
    const dashboard =
      ss.getSheetByName(DASHBOARD_SHEET_NAME) ?? ss.insertSheet(DASHBOARD_SHEET_NAME, 0);
    const rows = model.values.length;
    const columns = model.values[0]?.length ?? 1;
    const maxRows = dashboard.getMaxRows();
    if (rows > maxRows) dashboard.insertRowsAfter(maxRows, rows - maxRows);
    dashboard.clearContents();
    const range = dashboard.getRange(1, 1, rows, columns);
    range.setValues(model.values);
    range.setNumberFormats(model.numberFormats);
  });
  return { plans: summaries.length };
}

/** The digests a review run sends: one per reviewer, covering all of that reviewer's pairs. */
function digestsByReviewer(g: Services, ss: Spreadsheet, timeZone: string, now: Date) {
  const name = programName(g);
  const summaries = readProgram(ss, timeZone, now, false);
  const period = currentPeriod(now, timeZone);
  const today = dayKey(now, timeZone);
  const url = ss.getUrl();
  const byReviewer = new Map<string, PlanSummary[]>();
  for (const pair of summaries) {
    const who = pair.reviewerEmail.trim().toLowerCase();
    if (who === "") continue;
    byReviewer.set(who, [...(byReviewer.get(who) ?? []), pair]);
  }
  const digest = (reviewerEmail: string, pairs: PlanSummary[]) =>
    buildDigest({
      programName: name,
      reviewerEmail,
      period,
      pairs,
      previousCompletion: new Map(),
      spreadsheetUrl: url,
      timeZone,
      today,
    });
  return { name, period, byReviewer, digest };
}

/**
 * The review run: under the lock, check the mail quota, read every plan tab, send each reviewer
 * one digest of all their pairs, and log one row per email in one setValues at the end.
 */
export function competentReview(globals: AppsScriptGlobals, now: Date): { sent: number } {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  return locked(g, () => {
    let quota = g.MailApp.getRemainingDailyQuota();
    const { name, period, byReviewer, digest } = digestsByReviewer(g, ss, timeZone, now);
    const rows: unknown[][] = [];
    for (const [reviewer, pairs] of byReviewer) {
      if (quota <= 0) break;
      const d = digest(reviewer, pairs);
      g.MailApp.sendEmail(reviewer, d.subject, d.text, { htmlBody: d.html, name });
      quota--;
      const ids = pairs.map((p) => p.planId);
      rows.push([
        now,
        period.key,
        "review",
        reviewer,
        ids.length,
        "sent",
        "",
        ids.join(", "),
        "",
        "",
      ]);
    }
    let log = ss.getSheetByName(REVIEW_LOG_SHEET_NAME);
    if (!log) {
      log = ss.insertSheet(REVIEW_LOG_SHEET_NAME);
      rows.unshift([...REVIEW_LOG_HEADER]);
    }
    if (rows.length > 0) {
      log.getRange(log.getLastRow() + 1, 1, rows.length, REVIEW_LOG_HEADER.length).setValues(rows);
    }
    return { sent: byReviewer.size };
  });
}

/** Preview one reviewer's digest: read every plan tab, render that reviewer's digest. */
export function competentPreview(
  globals: AppsScriptGlobals,
  reviewerEmail: string,
  now: Date,
): { pairs: number; subject: string } {
  const g = services(globals);
  const ss = g.SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone();
  const { byReviewer, digest } = digestsByReviewer(g, ss, timeZone, now);
  const who = reviewerEmail.trim().toLowerCase();
  const pairs = byReviewer.get(who) ?? [];
  return { pairs: pairs.length, subject: digest(who, pairs).subject };
}
