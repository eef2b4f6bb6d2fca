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
import { lastReviewSummary, nextReviewDueNow, readLedger } from "./review-status";
import { reviewTriggerStatus } from "./trigger-sync";

export function readSidebarState(initialView: SidebarState["initialView"] = "home"): SidebarState {
  const workbook = openWorkbook();
  const settings = loadSettings();
  const timeZone = workbook.timeZone();
  const me = currentUserEmail();
  // One metadata search finds the Review log and the Dashboard.
  const tabs = findAddonTabs(workbook.spreadsheet);
  const ledger = readLedger(workbook, tabs);
  const plans = readDashboardPlanIds(readDashboard(workbook.spreadsheet, tabs).values).map((l) => ({
    planId: l.planId,
    sheetName: l.sheetName,
    menteeName: l.lastKnown.menteeName ?? "",
    mentorName: l.lastKnown.mentorName ?? "",
    health: l.health,
  }));
  return {
    programName: settings.programName,
    spreadsheetTimeZone: timeZone,
    today: dayKey(new Date(), timeZone),
    userEmail: me,
    initialView,
    plans,
    templates: templateChoices(),
    settings,
    schedule: reviewTriggerStatus(me, nextReviewDueNow(workbook, settings, ledger)),
    lastReview: lastReviewSummary(ledger),
    remainingDailyMailQuota: remainingDailyMailQuota(),
  };
}
