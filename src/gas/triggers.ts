/**
 * The program's one scheduler trigger. An editor add-on may have one trigger of each type per
 * user per document (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions),
 * and getProjectTriggers returns the user's triggers in EVERY document using the add-on, so
 * only getUserTriggers(spreadsheet) is used here: a change in one program never touches another
 * program's trigger (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
 */

/** The scheduler's handler; SCHEDULER_OLD_HANDLERS are what earlier versions installed. */
export const SCHEDULER_HANDLER = "runScheduler";
export const SCHEDULER_OLD_HANDLERS: readonly string[] = ["runScheduledReview", "refreshDashboard"];

type Trigger = GoogleAppsScript.Script.Trigger;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SchedulerTriggers {
  /** This user's scheduler triggers in this spreadsheet (the current and earlier handlers). */
  mine: Trigger[];
  /** Exactly one, and of the current handler. */
  current: boolean;
}

export function mySchedulerTriggers(spreadsheet: Spreadsheet): SchedulerTriggers {
  const mine: Trigger[] = [];
  let currentCount = 0;
  for (const t of ScriptApp.getUserTriggers(spreadsheet)) {
    const handler = t.getHandlerFunction();
    if (handler === SCHEDULER_HANDLER) currentCount += 1;
    if (handler === SCHEDULER_HANDLER || SCHEDULER_OLD_HANDLERS.includes(handler)) mine.push(t);
  }
  return { mine, current: currentCount === 1 && mine.length === 1 };
}

/**
 * Makes this user's triggers here exactly one hourly scheduler (add-ons may run at most hourly).
 * Returns whether a trigger was created; when one is already right, nothing is called.
 */
export function installScheduler(existing: SchedulerTriggers): boolean {
  if (existing.current) return false;
  // Delete first: a second time-based trigger in this document would throw.
  removeSchedulers(existing);
  ScriptApp.newTrigger(SCHEDULER_HANDLER).timeBased().everyHours(1).create();
  return true;
}

export function removeSchedulers(existing: SchedulerTriggers): void {
  for (const t of existing.mine) ScriptApp.deleteTrigger(t);
}
