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
import { readDashboardPlanIds } from "../domain/dashboard/listing";
import type { PlanSummary } from "../domain/plan/plan-summary";
import type { RefreshResult } from "../domain/sidebar-contract/replies";
import { readDashboard, writeDashboard } from "../gas/dashboard-tab";
import { BusyError, withDocumentLock } from "../gas/document-lock";
import { showNotice } from "../gas/notice";
import { findProgramTabs } from "../gas/plan-tabs";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { readProgram } from "./read-program";

/** The mark on rows a refresh could not reach in time; the next refresh reads those tabs first. */
export const NOT_REFRESHED_PROBLEM =
  "not refreshed this time (time limit): the next refresh reads it first";

/**
 * Calls a refresh makes besides reading plans: the lock (2), the metadata search, the time zone,
 * the Dashboard's read and write, and formatting when the table grows (test/bundle checks it).
 */
export const REFRESH_OWN_CALLS = 8;

export function refreshDashboardNow(): RefreshResult {
  const workbook = openWorkbook();
  try {
    return withDocumentLock(() => {
      // One metadata search finds the plan tabs and the Dashboard.
      const tabs = findProgramTabs(workbook.spreadsheet);
      const snapshot = readDashboard(workbook.spreadsheet, tabs.addon);
      const listed = readDashboardPlanIds(snapshot.values);
      const leftLastTime = new Set(
        listed.filter((l) => l.problems.includes(NOT_REFRESHED_PROBLEM)).map((l) => l.planId),
      );
      const sheetNames = new Map(
        listed.filter((l) => l.sheetName !== "").map((l) => [l.planId, l.sheetName]),
      );
      const program = readProgram(workbook, {
        readFirst: leftLastTime,
        sheetNames,
        lastKnown: new Map(listed.map((l) => [l.planId, l.lastKnown])),
        tabs,
        // N + 10 in all, less the refresh's own calls (lock, search, Dashboard read and write).
        callBudget: tabs.plans.length + 10 - REFRESH_OWN_CALLS,
      });
      const missing: MissingPlan[] = [];
      const carried: MissingPlan[] = [];
      const unreadIds = new Set(program.unread.map((t) => t.planId));
      for (const l of listed) {
        if (!program.planIds.has(l.planId)) {
          missing.push({ planId: l.planId, sheetName: l.sheetName, lastKnown: l.lastKnown });
        } else if (unreadIds.has(l.planId)) {
          carried.push({
            planId: l.planId,
            sheetName: l.sheetName,
            lastKnown: l.lastKnown,
            problem: NOT_REFRESHED_PROBLEM,
          });
        }
      }
      const model = layoutDashboard({
        // The title already says it (saveSettings keeps it current): no settings read needed.
        programName: programNameOfTitle(snapshot.values[0]?.[0]) ?? loadSettings().programName,
        summaries: program.summaries,
        missing: [...missing, ...carried],
        refreshedAt: program.now,
        timeZone: program.timeZone,
      });
      const written = writeDashboard(workbook.spreadsheet, snapshot, model);
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

function countProblems(summaries: readonly PlanSummary[]): number {
  return summaries.filter((s) => s.problems.length > 0).length;
}
