/**
 * Everything the sidebar shows when it opens, in one server call. The plans list comes from
 * the Dashboard (one read) rather than from every plan tab.
 */

import { readDashboardPlanIds } from "../domain/dashboard/listing";
import { dayKey } from "../domain/sheet/calendar";
import type { SidebarState } from "../domain/sidebar-contract/replies";
import { templateChoices } from "../domain/templates";
import { findAddonTabs } from "../gas/addon-tabs";
import { currentUserEmail } from "../gas/current-user";
import { readDashboard } from "../gas/dashboard-tab";
import { remainingDailyMailQuota } from "../gas/mailer";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook } from "../gas/workbook";
import { currentUserIsCoordinator } from "./coordinator-guard";
import { lastReviewSummary, nextReviewDueNow, readLedger } from "./review-status";
import { schedulerStatus } from "./trigger-sync";

/** Before the schedule and the quota are checked: nothing installed, nothing known. */
const NOT_CHECKED_YET: SidebarState["schedule"] = {
  installed: false,
  installedByMe: false,
  installedBy: null,
  nextReviewDue: null,
};

/**
 * The sidebar's state. With `firstPaint`, what the sidebar is served with: the Review log, the
 * trigger status and the mail quota (a tab read, a ScriptApp and a MailApp call) are left for
 * the sidebar to ask for after it has painted (docs/performance.md "Opening the sidebar").
 */
export function readSidebarState(
  initialView: SidebarState["initialView"] = "home",
  options: { firstPaint?: boolean } = {},
): SidebarState {
  const workbook = openWorkbook();
  // One read of the document's properties: the settings, the sent record, the scheduler's records.
  const properties = workbook.properties();
  const settings = loadSettings(properties);
  const timeZone = workbook.timeZone();
  const me = currentUserEmail();
  // One metadata search finds the Review log and the Dashboard.
  const tabs = findAddonTabs(workbook.spreadsheet);
  const plans = readDashboardPlanIds(readDashboard(workbook.spreadsheet, tabs).values).map((l) => ({
    planId: l.planId,
    sheetName: l.sheetName,
    menteeName: l.lastKnown.menteeName ?? "",
    mentorName: l.lastKnown.mentorName ?? "",
    health: l.health,
    status: l.status,
    nextCheckpoint: l.nextCheckpoint,
  }));
  const state = {
    programName: settings.programName,
    spreadsheetTimeZone: timeZone,
    today: dayKey(new Date(), timeZone),
    userEmail: me,
    isCoordinator: currentUserIsCoordinator(workbook, settings, me),
    initialView,
    plans,
    templates: templateChoices(),
    settings,
  };
  if (options.firstPaint) {
    return {
      ...state,
      lastReview: null,
      schedule: NOT_CHECKED_YET,
      remainingDailyMailQuota: null,
      checking: true,
    };
  }
  const ledger = readLedger(workbook, tabs);
  return {
    ...state,
    lastReview: lastReviewSummary(ledger),
    schedule: schedulerStatus(
      me,
      settings,
      workbook.spreadsheet,
      nextReviewDueNow(workbook, settings, ledger),
      properties,
    ),
    remainingDailyMailQuota: remainingDailyMailQuota(),
  };
}
