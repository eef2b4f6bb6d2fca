/**
 * What the program's one scheduler trigger must do now. An editor add-on may have only one
 * time-based trigger per user per document, and it may run at most hourly
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions), so a
 * single hourly trigger does every timed job: the weekly review pass (which sends the biweekly
 * review when its period is due, and the nudges), the rest of a review run that stopped at its
 * send deadline or at the mail quota, the rest of a plan run (intake's bulk creation) that the
 * time budget paused, and the daily Dashboard refresh. Pure: the gas layer reads the clock, the
 * settings and the state, and does what this returns.
 */

import { type BulkProgress, planRunWaiting } from "../intake/bulk-progress";
import { TRIGGER_EARLY_SLACK_MINUTES } from "../review/review-schedule";
import {
  addDays,
  type DayKey,
  dayKey,
  isoWeekday,
  wallClock,
  zonedInstant,
} from "../sheet/calendar";
import { type Settings, WEEKDAY_NAMES } from "../sidebar-contract/schemas";
import type { SchedulerState } from "./scheduler-state";

/** Early morning, so the Dashboard is fresh when coordinators arrive (spreadsheet's zone). */
export const DASHBOARD_REFRESH_HOUR = 6;
const SLACK_MS = TRIGGER_EARLY_SLACK_MINUTES * 60_000;

type SchedulerSettings = Pick<
  Settings,
  "reviewsEnabled" | "reviewWeekday" | "reviewHour" | "dailyDashboardRefresh"
>;

export interface DueWork {
  /** Run the review (runReviews "scheduled"): a weekly pass, or the rest of a cut run. */
  review: "weekly" | "continue" | null;
  /** Continue the plan run the time budget paused (a stopped one waits for a click). */
  planCreation: boolean;
  dashboardRefresh: boolean;
}

/**
 * Whether the settings need a scheduler. A paused plan run needs it too (planRunWaiting,
 * intake/bulk-progress.ts), which costs a property read: callers ask only when this says no.
 */
export function schedulerWanted(settings: SchedulerSettings): boolean {
  return settings.reviewsEnabled || settings.dailyDashboardRefresh;
}

/** The latest weekly review moment at or before `now` (the configured weekday and hour). */
export function latestWeeklyMoment(
  now: Date,
  settings: Pick<Settings, "reviewWeekday" | "reviewHour">,
  timeZone: string,
): Date {
  const today: DayKey = dayKey(new Date(now.getTime() + SLACK_MS), timeZone);
  const wanted = WEEKDAY_NAMES.indexOf(settings.reviewWeekday) + 1; // ISO: Monday is 1
  const back = (isoWeekday(today) - wanted + 7) % 7;
  let moment = zonedInstant(addDays(today, -back), timeZone, settings.reviewHour);
  if (moment.getTime() - SLACK_MS > now.getTime()) {
    moment = zonedInstant(addDays(today, -back - 7), timeZone, settings.reviewHour);
  }
  return moment;
}

/**
 * What is due now. A weekly pass is due once per weekly moment that came after the last pass
 * (or after the trigger was installed), up to the trigger's early slack; a cut run continues on
 * the next run while mail quota is left (`mailQuotaLeft` null: not known, try); a paused plan
 * run continues on every run until it is done or stopped.
 */
export function dueWork(
  now: Date,
  settings: SchedulerSettings,
  state: SchedulerState,
  timeZone: string,
  mailQuotaLeft: number | null,
  planRun: BulkProgress | null = null,
): DueWork {
  let review: DueWork["review"] = null;
  if (settings.reviewsEnabled) {
    const moment = latestWeeklyMoment(now, settings, timeZone).getTime() - SLACK_MS;
    const since = state.lastReviewPassAt ?? state.installedAt ?? Number.NEGATIVE_INFINITY;
    if (since < moment && now.getTime() >= moment) review = "weekly";
    else if (state.reviewPending && mailQuotaLeft !== 0) review = "continue";
  }
  const today = dayKey(now, timeZone);
  const dashboardRefresh =
    settings.dailyDashboardRefresh &&
    wallClock(now, timeZone).hour >= DASHBOARD_REFRESH_HOUR &&
    state.dashboardRefreshedDay !== today;
  return { review, planCreation: planRunWaiting(planRun, now.getTime()), dashboardRefresh };
}

/**
 * How long without a run before the scheduler counts as stopped (its owner deleted the
 * trigger, lost access, or removed the add-on): three missed hourly runs.
 */
export const SCHEDULER_STALE_AFTER_MS = 3 * 3_600_000 + 30 * 60_000;

/** Whether another coordinator's scheduler still runs, judged by its last sign of life. */
export function schedulerAlive(state: SchedulerState, now: Date): boolean {
  const last = Math.max(state.lastRunAt ?? 0, state.installedAt ?? 0);
  return state.owner !== "" && now.getTime() - last <= SCHEDULER_STALE_AFTER_MS;
}
