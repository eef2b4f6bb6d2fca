import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/script";

/** A runner that records what ran, as whom, and when. */
function recording(env: ReturnType<typeof createEnvironment>) {
  const ran: Array<{ handler: string; at: string; user: string; uid: string }> = [];
  env.setTriggerRunner((handler, event) => {
    ran.push({ handler, at: env.clock.now().toISOString(), user: env.user, uid: event.triggerUid });
  });
  return ran;
}

describe("ScriptApp triggers", () => {
  test(`a weekly trigger fires on its weekday at its hour in the script's zone (${REF}/clock-trigger-builder#onWeekDay(Weekday))`, () => {
    // Monday 2026-01-05 09:00 UTC = 09:00 GMT in London.
    const env = createEnvironment({ now: new Date("2026-01-05T09:00:00Z") });
    const sa = env.globals.ScriptApp;
    sa.newTrigger("runScheduledReview")
      .timeBased()
      .everyWeeks(2)
      .onWeekDay(sa.WeekDay.TUESDAY)
      .atHour(8)
      .nearMinute(30)
      .create();
    expect(env.triggers[0]?.nextFireAt?.toISOString()).toBe("2026-01-06T08:30:00.000Z");
    const ran = recording(env);
    const fired = env.advanceTime(30 * 86_400_000);
    expect(fired.map((f) => f.ranAt.toISOString())).toEqual([
      "2026-01-06T08:30:00.000Z",
      "2026-01-20T08:30:00.000Z",
      "2026-02-03T08:30:00.000Z",
    ]);
    expect(ran.map((r) => r.handler)).toEqual([
      "runScheduledReview",
      "runScheduledReview",
      "runScheduledReview",
    ]);
    expect(env.clock.now().toISOString()).toBe("2026-02-04T09:00:00.000Z");
  });

  test("a daily trigger keeps its wall-clock hour across a DST change", () => {
    const env = createEnvironment({ now: new Date("2026-03-27T12:00:00Z") });
    env.globals.ScriptApp.newTrigger("daily").timeBased().everyDays(1).atHour(9).create();
    recording(env);
    const fired = env.advanceTime(3 * 86_400_000);
    // 09:00 GMT on the 28th, then 09:00 BST (08:00 UTC) after the clocks go forward on the 29th.
    expect(fired.map((f) => f.ranAt.toISOString())).toEqual([
      "2026-03-28T09:00:00.000Z",
      "2026-03-29T08:00:00.000Z",
      "2026-03-30T08:00:00.000Z",
    ]);
  });

  test("an hourly trigger fires every n hours at its minute", () => {
    const env = createEnvironment({ now: new Date("2026-01-05T09:10:00Z") });
    env.globals.ScriptApp.newTrigger("hourly").timeBased().everyHours(2).nearMinute(45).create();
    recording(env);
    expect(env.advanceTime(5 * 3_600_000).map((f) => f.ranAt.toISOString())).toEqual([
      "2026-01-05T09:45:00.000Z",
      "2026-01-05T11:45:00.000Z",
      "2026-01-05T13:45:00.000Z",
    ]);
  });

  test(`an add-on may not run a time trigger more often than hourly (${"https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers"})`, () => {
    const env = createEnvironment();
    expect(() =>
      env.globals.ScriptApp.newTrigger("f").timeBased().everyMinutes(30).create(),
    ).toThrow("more than once per hour");
    expect(() => env.globals.ScriptApp.newTrigger("f").timeBased().everyHours(3)).toThrow(
      "must be 1, 2, 4, 6, 8 or 12",
    );
    expect(env.triggers).toEqual([]);
  });

  test(`onWeekDay(day).atHour(h) without everyWeeks is a weekly trigger, as in the installable-triggers guide (${"https://developers.google.com/apps-script/guides/triggers/installable#managing_triggers_programmatically"})`, () => {
    const env = createEnvironment({ now: new Date("2026-01-05T09:00:00Z") });
    const sa = env.globals.ScriptApp;
    sa.newTrigger("myFunction").timeBased().onWeekDay(sa.WeekDay.MONDAY).atHour(9).create();
    recording(env);
    // Monday 09:00 has just passed: the first run is next Monday, then every week.
    expect(env.advanceTime(15 * 86_400_000).map((f) => f.ranAt.toISOString())).toEqual([
      "2026-01-12T09:00:00.000Z",
      "2026-01-19T09:00:00.000Z",
    ]);
  });

  test(`a script bound to its spreadsheet may run every 1, 5, 10, 15 or 30 minutes (${REF}/clock-trigger-builder#everyMinutes(Integer))`, () => {
    const env = createEnvironment({ mode: "bound", now: new Date("2026-01-05T09:00:00Z") });
    const sa = env.globals.ScriptApp;
    expect(() => sa.newTrigger("f").timeBased().everyMinutes(7)).toThrow("1, 5, 10, 15 or 30");
    sa.newTrigger("tick").timeBased().everyMinutes(15).create();
    recording(env);
    expect(env.advanceTime(3_600_000).map((f) => f.ranAt.toISOString())).toEqual([
      "2026-01-05T09:15:00.000Z",
      "2026-01-05T09:30:00.000Z",
      "2026-01-05T09:45:00.000Z",
      "2026-01-05T10:00:00.000Z",
    ]);
  });

  test("inconsistent schedules are refused", () => {
    const env = createEnvironment();
    const sa = env.globals.ScriptApp;
    expect(() => sa.newTrigger("f").timeBased().create()).toThrow("has no schedule");
    expect(() =>
      sa.newTrigger("f").timeBased().everyDays(1).onWeekDay(sa.WeekDay.MONDAY).create(),
    ).toThrow("everyWeeks");
    expect(() => sa.newTrigger("f").timeBased().everyHours(1).atHour(3).create()).toThrow("atHour");
  });

  test(`the 21st trigger of a user fails with Apps Script's text (${"https://developers.google.com/apps-script/guides/services/quotas"}: 20 triggers / user / script)`, () => {
    // A bound script: an add-on could not make two time-based triggers in one document at all.
    const env = createEnvironment({ mode: "bound" });
    const sa = env.globals.ScriptApp;
    for (let i = 0; i < 20; i++) sa.newTrigger(`f${i}`).timeBased().everyDays(1).create();
    expect(() => sa.newTrigger("f20").timeBased().everyDays(1).create()).toThrow(
      "This script has too many triggers. Triggers must be deleted from the script before more can be added.",
    );
    env.setUser("other@example.org");
    sa.newTrigger("theirs").timeBased().everyDays(1).create();
    expect(sa.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(["theirs"]);
  });

  test(`getProjectTriggers, the trigger's accessors and deleteTrigger (${REF}/script-app#deleteTrigger(Trigger))`, () => {
    const env = createEnvironment();
    const sa = env.globals.ScriptApp;
    const created = sa.newTrigger("runScheduledReview").timeBased().everyWeeks(1).create();
    const [listed] = sa.getProjectTriggers();
    expect(listed?.getUniqueId()).toBe(created.getUniqueId());
    expect(listed?.getHandlerFunction()).toBe("runScheduledReview");
    expect(listed?.getEventType()).toBe(sa.EventType.CLOCK);
    expect(listed?.getTriggerSource()).toBe(sa.TriggerSource.CLOCK);
    sa.deleteTrigger(listed);
    sa.deleteTrigger(listed);
    expect(sa.getProjectTriggers()).toEqual([]);
  });

  test("a trigger runs as the user who created it, with a time-driven event", () => {
    const env = createEnvironment({ userEmail: "coordinator@example.org" });
    env.globals.ScriptApp.newTrigger("daily").timeBased().everyDays(1).atHour(10).create();
    env.setUser("someone.else@example.org");
    const ran = recording(env);
    env.advanceTime(3_600_000);
    expect(ran).toEqual([
      {
        handler: "daily",
        at: "2026-01-05T10:00:00.000Z",
        user: "coordinator@example.org",
        uid: "1",
      },
    ]);
    expect(env.user).toBe("someone.else@example.org");
  });

  test("fireDueTriggers runs what is due once, after the clock jumped past several runs", () => {
    const env = createEnvironment();
    env.globals.ScriptApp.newTrigger("hourly").timeBased().everyHours(1).create();
    const ran = recording(env);
    env.clock.advance(5 * 3_600_000);
    expect(env.fireDueTriggers().map((r) => r.handler)).toEqual(["hourly"]);
    expect(env.fireDueTriggers()).toEqual([]);
    expect(ran).toHaveLength(1);
    expect(env.triggers[0]?.nextFireAt?.toISOString()).toBe("2026-01-05T15:00:00.000Z");
  });

  test("a handler that throws is recorded, and the schedule carries on", () => {
    const env = createEnvironment();
    env.globals.ScriptApp.newTrigger("broken").timeBased().everyHours(1).create();
    env.setTriggerRunner(() => {
      throw new Error("boom");
    });
    const runs = env.advanceTime(2 * 3_600_000);
    expect(runs.map((r) => r.error)).toEqual(["boom", "boom"]);
    expect(env.triggerRuns).toHaveLength(2);
  });

  test("a one-off trigger (after) runs once and stays installed", () => {
    const env = createEnvironment();
    env.globals.ScriptApp.newTrigger("once").timeBased().after(60_000).create();
    recording(env);
    expect(env.advanceTime(86_400_000)).toHaveLength(1);
    expect(env.triggers[0]?.nextFireAt).toBeNull();
  });
});
