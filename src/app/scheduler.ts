/**
 * The program's one scheduler trigger (hourly): checks authorization first, then does whatever
 * is due (domain/scheduler/due-work.ts): the weekly review pass, the rest of a review run that
 * stopped at its send deadline or the mail quota, the daily Dashboard refresh, and the rest of a
 * plan run (intake) the time budget paused. It runs in the document that created it, as its
 * creator, in AuthMode.FULL. A scheduler with nothing left to do (one a plan run installed, once
 * the run is done, in a program whose settings want none) removes itself.
 */

import { planRunWaiting } from "../domain/intake/bulk-progress";
import { dueWork, schedulerWanted } from "../domain/scheduler/due-work";
import type { SchedulerRun } from "../domain/scheduler/scheduler-state";
import { dayKey } from "../domain/sheet/calendar";
import { reauthorizationUrl } from "../gas/authorization";
import { currentUserEmail } from "../gas/current-user";
import { loadBulkProgress } from "../gas/intake-store";
import { remainingDailyMailQuota } from "../gas/mailer";
import {
  readSchedulerOwner,
  readSchedulerRun,
  writeSchedulerOwner,
  writeSchedulerRun,
} from "../gas/scheduler-store";
import { loadSettings } from "../gas/settings-store";
import { mySchedulerTriggers, removeSchedulers } from "../gas/triggers";
import { openWorkbook } from "../gas/workbook";
import { currentUserIsCoordinator } from "./coordinator-guard";
import { createPlans } from "./intake/create-plans";
import { sendReauthorizationNotice } from "./reauthorization-notice";
import { refreshDashboardNow } from "./refresh-dashboard";
import { runReviews } from "./run-reviews";

/** A refresh follows a review in the same run only if the review took less than this. */
const REFRESH_AFTER_REVIEW_MS = 60_000;

export interface SchedulerRunResult {
  /** What this run did, in a few words (the execution log shows it). */
  did: string[];
}

export function runScheduler(): SchedulerRunResult {
  const url = reauthorizationUrl();
  if (url !== null) {
    // Nothing else can run until the owner authorizes again: tell them (at most daily), stop.
    return { did: [sendReauthorizationNotice(url)] };
  }
  const workbook = openWorkbook();
  const me = currentUserEmail();
  // One read of the document's properties serves every record below; the review run reads
  // them again under its lock.
  const properties = workbook.properties();
  const held = readSchedulerOwner(properties);
  const owner = held.owner;
  if (owner !== "" && owner !== me) {
    // Another coordinator took the schedule over: one scheduler per program, so this one goes.
    removeSchedulers(mySchedulerTriggers(workbook.spreadsheet));
    return { did: [`removed: ${owner} runs this program's scheduler now`] };
  }
  const settings = loadSettings(properties);
  if (!currentUserIsCoordinator(workbook, settings, me)) {
    // Its owner is no longer a coordinator: the program's mail must not leave from their account.
    removeSchedulers(mySchedulerTriggers(workbook.spreadsheet));
    writeSchedulerOwner(null);
    return { did: [`removed: ${me} is no longer a coordinator of this program`] };
  }
  const timeZone = workbook.timeZone();
  const run = readSchedulerRun(properties);
  const now = new Date();
  const quota = run.reviewPending ? remainingDailyMailQuota() : null;
  const planRun = loadBulkProgress(properties);
  const due = dueWork(now, settings, { ...held, ...run }, timeZone, quota, planRun);
  const next: SchedulerRun = { ...run, lastRunAt: now.getTime() };
  const did: string[] = [];
  if (due.review !== null) {
    const result = runReviews("scheduled", workbook);
    // A run that found the document busy did nothing: the pass stays due for the next hour.
    const ran = result.period !== "";
    if (due.review === "weekly" && ran) next.lastReviewPassAt = now.getTime();
    // Emails the deadline or the quota held back go on the next hourly runs, not next week.
    next.reviewPending = ran ? result.deferred > 0 : run.reviewPending;
    did.push(`review (${due.review}): ${result.message}`);
  }
  // A long review leaves the refresh to the next hour: one execution stays within its limit.
  if (due.dashboardRefresh && Date.now() - now.getTime() < REFRESH_AFTER_REVIEW_MS) {
    const refreshed = refreshDashboardNow("when-present", workbook);
    if (refreshed.complete !== false) next.dashboardRefreshedDay = dayKey(now, timeZone);
    did.push(`dashboard refresh: ${refreshed.plans} plans`);
  }
  writeSchedulerRun(next);
  // Last, with what is left of this execution's time: the run pauses again if it must.
  if (due.planCreation) did.push(`plan run: ${createPlans(now.getTime()).text}`);
  const planRunAfter = due.planCreation ? loadBulkProgress() : planRun;
  if (!schedulerWanted(settings) && !planRunWaiting(planRunAfter, Date.now())) {
    removeSchedulers(mySchedulerTriggers(workbook.spreadsheet));
    writeSchedulerOwner(null);
    did.push("removed: nothing left to schedule");
  }
  return { did };
}
