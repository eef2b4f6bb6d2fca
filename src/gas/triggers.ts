/**
 * Time-driven triggers, kept idempotent: whatever is clicked, at most one trigger per handler.
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
import type { Weekday } from "../domain/schemas";

export interface WeeklyTriggerSpec {
  handler: string;
  weekday: Weekday;
  hour: number;
}

export interface DailyTriggerSpec {
  handler: string;
  hour: number;
}

type Trigger = GoogleAppsScript.Script.Trigger;

function triggersFor(handler: string): Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === handler);
}

/** Replaces this user's triggers for the handler with exactly one weekly trigger. */
export function ensureWeeklyTrigger(spec: WeeklyTriggerSpec): void {
  for (const t of triggersFor(spec.handler)) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(spec.handler)
    .timeBased()
    .everyWeeks(1)
    .onWeekDay(ScriptApp.WeekDay[spec.weekday])
    .atHour(spec.hour)
    .nearMinute(0)
    .create();
}

/** Replaces this user's triggers for the handler with exactly one daily trigger. */
export function ensureDailyTrigger(spec: DailyTriggerSpec): void {
  for (const t of triggersFor(spec.handler)) ScriptApp.deleteTrigger(t);
  ScriptApp.newTrigger(spec.handler).timeBased().everyDays(1).atHour(spec.hour).create();
}

export function removeTriggers(handler: string): void {
  for (const t of triggersFor(handler)) ScriptApp.deleteTrigger(t);
}

/** Whether this user has a trigger for the handler (project triggers are per user). */
export function hasTrigger(handler: string): boolean {
  return triggersFor(handler).length > 0;
}
