/**
 * "Refresh dashboard": rebuild the Dashboard from every plan tab. A tab that cannot be read is
 * a Problem on its row, never a crash; a plan listed before whose tab is gone keeps a row that
 * says so. Past the time budget the refresh stops at a safe point: rows it did not reach keep
 * their last values, marked, and the next refresh starts with them.
 */
import {
  DASHBOARD_SHEET_NAME,
  layoutDashboard,
  type MissingPlan,
  programNameOfTitle,
} from "../domain/dashboard/layout";
import { type DashboardListing, readDashboardPlanIds } from "../domain/dashboard/listing";
import { dashboardColumn } from "../domain/dashboard/row";
import { pairOf, relinkedNote, unlinkedTabProblem } from "../domain/dashboard/tab-link-problems";
import type { PlanSummary } from "../domain/plan/plan-summary";
import type { RefreshResult } from "../domain/sidebar-contract/replies";
import { readDashboard, writeDashboard } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { showNotice } from "../gas/notice";
import { OUTCOMES_ROLE } from "../gas/outcome-tabs";
import { linkedTabs } from "../gas/plan-links";
import { findProgramTabs, markAsPlanTab, readTabValues } from "../gas/plan-tabs";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook, type Workbook } from "../gas/workbook";
import { writeOutcomeTabs } from "./outcomes/write-outcome-tabs";
import { type ProgramRead, readProgram, summarizeTab } from "./read-program";

/** The mark on rows a refresh could not reach in time; the next refresh reads those tabs first. */
const NOT_REFRESHED_PROBLEM =
  "not refreshed this time (time limit): the next refresh reads it first";

/**
 * Calls a refresh makes besides reading plans: the lock (2), the metadata search, the time zone,
 * the Dashboard's read and write, and formatting when the table grows (test/bundle checks it).
 */
const REFRESH_OWN_CALLS = 8;

/**
 * @param outcomes "always" also makes (or refreshes) the Outcomes tab and the impact report;
 * "when-present" refreshes them only when they exist. Either way the program is read once.
 */
export function refreshDashboardNow(
  outcomes: "always" | "when-present" = "when-present",
  /** The execution's workbook, when it has one (the scheduler's: the time zone is read once). */
  workbook: Workbook = openWorkbook(),
): RefreshResult {
  try {
    return withDocumentLock(() => {
      // One metadata search finds the plan tabs and the Dashboard.
      const tabs = findProgramTabs(workbook.spreadsheet);
      const snapshot = readDashboard(workbook.spreadsheet, tabs.addon);
      const listed = readDashboardPlanIds(snapshot.values);
      const leftLastTime = new Set(
        listed.filter((l) => l.problems.includes(NOT_REFRESHED_PROBLEM)).map((l) => l.planId),
      );
      const withOutcomes = outcomes === "always" || tabs.addon.has(OUTCOMES_ROLE);
      const sheetNames = new Map(
        listed.filter((l) => l.sheetName !== "").map((l) => [l.planId, l.sheetName]),
      );
      const program = readProgram(workbook, {
        readFirst: leftLastTime,
        sheetNames,
        lastKnown: new Map(listed.map((l) => [l.planId, l.lastKnown])),
        tabs,
        // N + 10 in all, less the refresh's own calls (lock, search, Dashboard read and write).
        // The outcome tabs' writes come on top: they cost the same whatever the program's size.
        callBudget: tabs.plans.length + 10 - REFRESH_OWN_CALLS,
        // The Outcomes tab shows the plans' wording: it needs every plan read whole.
        snapshots: !withOutcomes,
      });
      const missing: MissingPlan[] = [];
      const carried: MissingPlan[] = [];
      const unreadIds = new Set(program.unread.map((t) => t.planId));
      const gone = listed.filter((l) => !program.planIds.has(l.planId));
      const relinked = snapshot.sheet
        ? relinkTabs(workbook, snapshot.sheet, gone, program)
        : { notes: [], problems: new Map<string, string>() };
      program.notes.push(...relinked.notes);
      for (const l of listed) {
        if (!program.planIds.has(l.planId)) {
          const problem = relinked.problems.get(l.planId);
          missing.push({
            planId: l.planId,
            sheetName: l.sheetName,
            lastKnown: l.lastKnown,
            ...(problem ? { problem } : {}),
          });
        } else if (unreadIds.has(l.planId)) {
          carried.push({
            planId: l.planId,
            sheetName: l.sheetName,
            lastKnown: l.lastKnown,
            problem: NOT_REFRESHED_PROBLEM,
          });
        }
      }
      // The title already says it (saveSettings keeps it current): no settings read needed.
      const programName = programNameOfTitle(snapshot.values[0]?.[0]) ?? loadSettings().programName;
      const model = layoutDashboard({
        programName,
        summaries: program.summaries,
        missing: [...missing, ...carried],
        refreshedAt: program.now,
        timeZone: program.timeZone,
      });
      const written = writeDashboard(workbook.spreadsheet, snapshot, model);
      if (withOutcomes && written.sheet) {
        writeOutcomeTabs(workbook.spreadsheet, tabs.addon, { ...program, programName });
      }
      const complete = program.unread.length === 0;
      const problems = countProblems(program.summaries) + missing.length;
      const plans = program.summaries.length + missing.length;
      if (!written.sheet) {
        return { plans, problems, complete: false, message: written.message };
      }
      const message = complete
        ? `${DASHBOARD_SHEET_NAME} refreshed: ${program.summaries.length} plans, ${problems} with problems.`
        : `${DASHBOARD_SHEET_NAME} partly refreshed (${program.summaries.length} plans read, ${carried.length} left for the next refresh).`;
      const repairs = [...program.notes, ...(written.note ? [written.note] : [])];
      if (repairs.length > 0) {
        // A repair is never silent: the refresh may run from the menu or a trigger, so toast it.
        showNotice(workbook.spreadsheet, repairs.join(" "));
        return { plans, problems, complete, message: [message, ...repairs].join(" ") };
      }
      return { plans, problems, complete, message };
    });
  } catch (error) {
    if (error instanceof BusyError) {
      return { plans: 0, problems: 0, complete: false, message: error.message };
    }
    throw error;
  }
}

/**
 * Plans listed on the Dashboard whose tab the metadata search did not find, but whose linked
 * tab is still there (its hidden plan id removed): linked again when it shows the pair the
 * Dashboard knew, named as a Problem otherwise. The plans linked again join `program`.
 */
function relinkTabs(
  workbook: Workbook,
  dashboard: GoogleAppsScript.Spreadsheet.Sheet,
  gone: readonly DashboardListing[],
  program: ProgramRead,
): { notes: string[]; problems: Map<string, string> } {
  const notes: string[] = [];
  const problems = new Map<string, string>();
  const tabs = linkedTabs(
    workbook.spreadsheet,
    dashboard,
    dashboardColumn("Plan"),
    gone.map((l) => l.row),
  );
  for (const l of gone) {
    const sheet = tabs.get(l.row);
    if (!sheet) continue;
    const name = sheet.getName();
    const tab = { planId: l.planId, sheetId: sheet.getSheetId() };
    const summary = summarizeTab(tab, readTabValues(sheet), program.today, program.timeZone, name);
    const was = pairOf({
      menteeName: l.lastKnown.menteeName ?? "",
      mentorName: l.lastKnown.mentorName ?? "",
    });
    if (was !== "" && pairOf(summary).toLowerCase() === was.toLowerCase()) {
      markAsPlanTab(sheet, l.planId);
      program.summaries.push(summary);
      program.planIds.add(l.planId);
      notes.push(relinkedNote(name));
    } else {
      problems.set(l.planId, unlinkedTabProblem(name, pairOf(summary), was));
    }
  }
  return { notes, problems };
}

function countProblems(summaries: readonly PlanSummary[]): number {
  return summaries.filter((s) => s.problems.length > 0).length;
}
