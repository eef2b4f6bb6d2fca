/**
 * When a review is due, and what a scheduled review run covers.
 *
 * The program's scheduler (domain/scheduler/due-work.ts) runs a review pass once a week at the
 * configured weekday and hour. Each review period (14 days, period.ts) holds two
 * weekly runs; the first run at or after the period's review moment sends the period, the other
 * finds the period started in the Review log and sends nothing new (it only retries deferred or
 * failed emails). So a run that fires late, early within the trigger's window, twice, or in
 * either week of the period still sends each period once, and consecutive periods are 14 days
 * apart by construction.
 */
import { addDays, dayKey, zonedInstant } from "../sheet/calendar";
import { type Settings, WEEKDAY_NAMES, type Weekday } from "../sidebar-contract/schemas";
import { type LedgerEntry, lastReviewPeriodKey, laterPeriod } from "./ledger";
import { currentPeriod, type ReviewPeriod, shiftPeriod } from "./period";

/**
 * A recurring trigger at hour H may run at any time within that hour ("if you create a recurring
 * 9 a.m. trigger, Apps Script chooses a time between 9 a.m. and 10 a.m.",
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers), and
 * nearMinute is "plus or minus 15 minutes"
 * (https://developers.google.com/apps-script/reference/script/clock-trigger-builder#nearMinute(Integer)).
 * A run up to this early still counts as the review's run, so it is not pushed back a week.
 */
export const TRIGGER_EARLY_SLACK_MINUTES = 15;
const HOUR_MS = 3_600_000;
const SLACK_MS = TRIGGER_EARLY_SLACK_MINUTES * 60_000;

type ScheduleSettings = Pick<Settings, "reviewsEnabled" | "reviewWeekday" | "reviewHour">;

function weekdayOffset(weekday: Weekday): number {
  // Periods start on a Monday and WEEKDAY_NAMES starts with MONDAY.
  return Math.max(0, WEEKDAY_NAMES.indexOf(weekday));
}

/** The period's review moment: the first configured weekday and hour within it. */
export function reviewMoment(
  period: ReviewPeriod,
  settings: Pick<Settings, "reviewWeekday" | "reviewHour">,
  timeZone: string,
): Date {
  const day = addDays(period.start, weekdayOffset(settings.reviewWeekday));
  return zonedInstant(day, timeZone, settings.reviewHour);
}

/**
 * A scheduled run should send the current period: reviews are on, the period has not been
 * started in the Review log, and the period's review moment has come (the current settings
 * decide the moment, so a weekday changed mid-period applies at once). When this is false the
 * run still retries deferred or failed emails (outstandingReviews in ledger.ts).
 */
export function isReviewDue(
  now: Date,
  settings: ScheduleSettings,
  lastSentPeriodKey: string | null,
  timeZone: string,
): boolean {
  if (!settings.reviewsEnabled) return false;
  const period = currentPeriod(now, timeZone);
  if (lastSentPeriodKey !== null && lastSentPeriodKey >= period.key) return false;
  return now.getTime() >= reviewMoment(period, settings, timeZone).getTime() - SLACK_MS;
}

/**
 * When the next review goes out: the review moment of the weekly run that will send the next
 * unsent period (the trigger fires within the hour after it). Null when reviews are off.
 */
export function nextReviewDue(
  now: Date,
  settings: ScheduleSettings,
  log: readonly LedgerEntry[],
  timeZone: string,
): Date | null {
  if (!settings.reviewsEnabled) return null;
  const period = currentPeriod(now, timeZone);
  const last = lastReviewPeriodKey(log);
  if (last === null || last < period.key) {
    const first = reviewMoment(period, settings, timeZone);
    // Still within the first run's window: that run will send it.
    if (now.getTime() < first.getTime() + HOUR_MS) return first;
    const secondDay = addDays(dayKey(first, timeZone), 7);
    const second = zonedInstant(secondDay, timeZone, settings.reviewHour);
    if (now.getTime() < second.getTime() + HOUR_MS) return second;
  }
  return reviewMoment(shiftPeriod(period, 1), settings, timeZone);
}

export interface ReviewRunScope {
  /** The period whose digests this run sends to reviewers not yet sent it; null: none. */
  periodKey: string | null;
  /** Whether deferred and failed emails of earlier runs are retried (always first). */
  retryOutstanding: boolean;
}

/**
 * What a run covers. The weekly trigger sends the current period when it is due and retries
 * outstanding emails on every run; with reviews off it does nothing (a trigger left by another
 * user may still fire). "Send reviews now" always covers the current period, with the same
 * ledger rules, so it never sends a reviewer a period twice.
 */
export function reviewRunScope(
  now: Date,
  settings: ScheduleSettings,
  log: readonly LedgerEntry[],
  timeZone: string,
  trigger: "scheduled" | "manual",
): ReviewRunScope {
  if (trigger === "manual") {
    // Never an older period than one already started (a clock or time zone moved back).
    const current = currentPeriod(now, timeZone).key;
    return { periodKey: laterPeriod(current, lastReviewPeriodKey(log)), retryOutstanding: true };
  }
  if (!settings.reviewsEnabled) return { periodKey: null, retryOutstanding: false };
  const due = isReviewDue(now, settings, lastReviewPeriodKey(log), timeZone);
  return { periodKey: due ? currentPeriod(now, timeZone).key : null, retryOutstanding: true };
}
