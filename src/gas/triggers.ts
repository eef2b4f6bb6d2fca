/**
 * Time-driven triggers, kept idempotent: whatever is clicked, at most one trigger per handler.
 * Project triggers are per user: getProjectTriggers sees only this user's
 * (https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()),
 * so who installed the review trigger is also kept in the document's properties.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import type { Weekday } from "../domain/sidebar-contract/schemas";

export interface WeeklyTriggerSpec {
  handler: string;
  weekDay: Weekday;
  atHour: number;
  timeZone?: string;
}

export interface DailyTriggerSpec {
  handler: string;
  atHour: number;
  timeZone?: string;
}

type Trigger = GoogleAppsScript.Script.Trigger;

/** This user's triggers, grouped by handler (one getProjectTriggers call). */
export function myTriggersByHandler(): Map<string, Trigger[]> {
  const byHandler = new Map<string, Trigger[]>();
  for (const t of ScriptApp.getProjectTriggers()) {
    const handler = t.getHandlerFunction();
    byHandler.set(handler, [...(byHandler.get(handler) ?? []), t]);
  }
  return byHandler;
}

function deleteAll(triggers: readonly Trigger[] | undefined): void {
  for (const t of triggers ?? []) ScriptApp.deleteTrigger(t);
}

/** Replaces this user's triggers for the handler with exactly one weekly trigger. */
export function replaceWithWeeklyTrigger(
  existing: Trigger[] | undefined,
  spec: WeeklyTriggerSpec,
): void {
  deleteAll(existing);
  let builder = ScriptApp.newTrigger(spec.handler)
    .timeBased()
    .everyWeeks(1)
    .onWeekDay(ScriptApp.WeekDay[spec.weekDay])
    .atHour(spec.atHour)
    .nearMinute(0);
  if (spec.timeZone) builder = builder.inTimezone(spec.timeZone);
  builder.create();
}

/** Replaces this user's triggers for the handler with exactly one daily trigger. */
export function replaceWithDailyTrigger(
  existing: Trigger[] | undefined,
  spec: DailyTriggerSpec,
): void {
  deleteAll(existing);
  let builder = ScriptApp.newTrigger(spec.handler).timeBased().everyDays(1).atHour(spec.atHour);
  if (spec.timeZone) builder = builder.inTimezone(spec.timeZone);
  builder.create();
}

export function removeTriggers(existing: Trigger[] | undefined): void {
  deleteAll(existing);
}
