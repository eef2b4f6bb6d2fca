/** What the sidebar shows about reviews: next due, the last run, from the Review log. */
import { type LedgerEntry, lastReviewRun } from "../domain/review/ledger";
import { periodOfDay } from "../domain/review/period";
import { nextReviewDue } from "../domain/review/review-schedule";
import type { SidebarState } from "../domain/sidebar-contract/replies";
import type { Settings } from "../domain/sidebar-contract/schemas";
import { type AddonTabs, findAddonTabs } from "../gas/addon-tabs";
import type { Workbook } from "../gas/workbook";
import { readReviewLedger } from "./review-ledger";

export function readLedger(
  workbook: Workbook,
  tabs: AddonTabs = findAddonTabs(workbook.spreadsheet),
): LedgerEntry[] {
  return readReviewLedger(workbook, tabs);
}

export function nextReviewDueNow(
  workbook: Workbook,
  settings: Settings,
  ledger: readonly LedgerEntry[] = readLedger(workbook),
): Date | null {
  return nextReviewDue(new Date(), settings, ledger, workbook.timeZone());
}

export function lastReviewSummary(ledger: readonly LedgerEntry[]): SidebarState["lastReview"] {
  const last = lastReviewRun(ledger);
  if (!last) return null;
  const period = periodOfDay(last.periodKey);
  return {
    ranAt: last.ranAt.toISOString(),
    period: `${period.start} to ${period.end}`,
    sent: last.sent,
    deferred: last.deferred,
    failed: last.failed,
  };
}
