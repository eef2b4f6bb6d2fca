/**
 * Keeps the program's one scheduler trigger in line with the settings (and a paused plan run,
 * which continues on it), and says who runs it.
 * Triggers belong to the user who made them and run as that user, so one coordinator's trigger
 * serves the program; when it stops (its owner left, deleted it or removed the add-on) the next
 * coordinator to save settings takes it over.
 */
import { planRunWaiting } from "../domain/intake/bulk-progress";
import {
  SCHEDULER_STALE_AFTER_MS,
  schedulerAlive,
  schedulerWanted,
} from "../domain/scheduler/due-work";
import type { TriggerStatus } from "../domain/sidebar-contract/replies";
import type { Settings } from "../domain/sidebar-contract/schemas";
import type { PropertySnapshot } from "../gas/document-properties";
import { loadBulkProgress } from "../gas/intake-store";
import { readSchedulerOwner, readSchedulerRun, writeSchedulerOwner } from "../gas/scheduler-store";
import { installScheduler, mySchedulerTriggers, removeSchedulers } from "../gas/triggers";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface TriggerSync {
  /** Who runs the scheduler now ("" when nobody). */
  owner: string;
  installedByMe: boolean;
  /** The coordinator whose stopped scheduler this save took over. */
  tookOverFrom?: string;
}

export function syncTriggers(
  settings: Settings,
  me: string,
  spreadsheet: Spreadsheet,
): TriggerSync {
  const now = new Date();
  const mine = mySchedulerTriggers(spreadsheet);
  const held = readSchedulerOwner();
  const other = held.owner !== "" && held.owner !== me ? held.owner : "";
  // A paused plan run needs the scheduler even when the settings want none.
  if (!schedulerWanted(settings) && !planRunWaiting(loadBulkProgress(), now.getTime())) {
    removeSchedulers(mine);
    // Another coordinator's trigger cannot be deleted from here; it finds nothing due.
    if (other === "" && held.owner !== "") writeSchedulerOwner(null);
    return { owner: other, installedByMe: false };
  }
  if (other !== "" && schedulerAlive({ ...held, ...readSchedulerRun() }, now)) {
    // One scheduler per program: theirs runs, so this user keeps none here.
    removeSchedulers(mine);
    return { owner: other, installedByMe: false };
  }
  const created = installScheduler(mine);
  if (created || held.owner !== me) {
    writeSchedulerOwner({ owner: me, installedAt: created ? now.getTime() : held.installedAt });
  }
  const sync: TriggerSync = { owner: me, installedByMe: true };
  if (other !== "") sync.tookOverFrom = other;
  return sync;
}

/**
 * What the sidebar shows about the scheduler, without changing anything.
 * @param properties the document's properties, when already read
 */
export function schedulerStatus(
  me: string,
  settings: Settings,
  spreadsheet: Spreadsheet,
  nextReviewDue: Date | null,
  properties?: PropertySnapshot,
): TriggerStatus {
  const mineHere = mySchedulerTriggers(spreadsheet).mine.length > 0;
  const held = readSchedulerOwner(properties);
  const state = { ...held, ...readSchedulerRun(properties) };
  const othersRuns = held.owner !== "" && held.owner !== me && schedulerAlive(state, new Date());
  const running = (mineHere && held.owner === me) || othersRuns;
  const status: TriggerStatus = {
    installed: running,
    installedByMe: running && !othersRuns,
    installedBy: running ? held.owner || me : null,
    nextReviewDue: running && nextReviewDue ? nextReviewDue.toISOString() : null,
    running,
  };
  if (!running && schedulerWanted(settings)) status.notRunning = notRunningNotice(held.owner, me);
  return status;
}

function notRunningNotice(owner: string, me: string): string {
  const hours = Math.round(SCHEDULER_STALE_AFTER_MS / 3_600_000);
  const whose =
    owner !== "" && owner !== me
      ? `The scheduler ${owner} set up has not run for over ${hours} hours. `
      : "";
  return `${whose}No scheduler is running for this program: review emails, reminders and the daily Dashboard refresh will not go out. A coordinator must open Settings and save them to start it; it then runs as that coordinator.`;
}
