import { describe, expect, test } from "vitest";
import { referenceSample, referenceSampleProject } from "./reference-sample";

/**
 * Google's reference-page samples, run unchanged (read from gas-types-detailed, see
 * reference-sample.ts) and checked against what each page's comments say they do.
 */
const REFERENCE = "https://developers.google.com/apps-script/reference/";

function runSample(page: string, options?: Parameters<typeof referenceSampleProject>[1]) {
  const project = referenceSampleProject(REFERENCE + page, options);
  project.run();
  return { env: project.env, logs: project.env.logs.map((l) => l.text) };
}

describe("the reference samples are found, and a missing one fails", () => {
  test("a sample is the page's code block, de-indented", () => {
    expect(referenceSample(`${REFERENCE}spreadsheet/range#getDataRegion()`)).toMatch(
      /^\/\/ Assume the active spreadsheet is blank\.\nconst ss = /,
    );
  });

  test("an unknown page section throws instead of yielding nothing", () => {
    expect(() => referenceSample(`${REFERENCE}spreadsheet/range#noSuchMethod()`)).toThrow(
      /0 doc comments/,
    );
  });
});

describe("Google's reference samples run unchanged in the emulator", () => {
  test("range#getDataRegion() logs B2:D4", () => {
    expect(runSample("spreadsheet/range#getDataRegion()").logs).toEqual(["B2:D4"]);
  });

  test("range#getDataRegion(Dimension) logs C2:C4 then B3:D3", () => {
    expect(runSample("spreadsheet/range#getDataRegion(Dimension)").logs).toEqual([
      "C2:C4",
      "B3:D3",
    ]);
  });

  test("properties#getKeys() sets three script properties and logs each key", () => {
    const { env, logs } = runSample("properties/properties#getKeys()");
    expect(logs).toEqual(["Animals known:", "cow", "sheep", "chicken"]);
    expect(env.globals.PropertiesService.getScriptProperties().getProperty("sheep")).toBe("baa");
  });

  test("html-output#appendUntrusted(String) escapes the appended HTML", () => {
    expect(runSample("html/html-output#appendUntrusted(String)").logs).toEqual([
      "<b>Hello, world!</b>&lt;p&gt;Hello again, world.&lt;/p&gt;",
    ]);
  });

  test("html-template#evaluate() prints the value bound to the template", () => {
    expect(runSample("html/html-template#evaluate()").logs).toEqual(["Hello World!"]);
  });

  test("utilities#formatDate(Date,String,String) formats now as GMT yyyy-MM-dd'T'HH:mm:ss'Z'", () => {
    const now = new Date("2026-03-29T01:30:15Z");
    expect(runSample("utilities/utilities#formatDate(Date,String,String)", { now }).logs).toEqual([
      "2026-03-29T01:30:15Z",
    ]);
  });

  test("conditional-format-rule-builder#whenNumberBetween(Number,Number) adds a red rule on A1:B3", () => {
    const { env } = runSample(
      "spreadsheet/conditional-format-rule-builder#whenNumberBetween(Number,Number)",
    );
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    const rules = env.inspect.conditionalRules(sheet.getName());
    expect(rules.map((r) => r.a1)).toEqual([["A1:B3"]]);
    const rule = sheet.getConditionalFormatRules()[0];
    const condition = rule?.getBooleanCondition();
    expect(condition?.getCriteriaType()).toBe(
      env.globals.SpreadsheetApp.BooleanCriteria.NUMBER_BETWEEN,
    );
    expect(condition?.getCriteriaValues()).toEqual([1, 10]);
    expect(condition?.getBackground()?.toUpperCase()).toBe("#FF0000");
  });

  test("data-validation-builder#requireValueInList(String) gives A1 a Yes/No dropdown", () => {
    const { env } = runSample("spreadsheet/data-validation-builder#requireValueInList(String)");
    const app = env.globals.SpreadsheetApp;
    const rule = app.getActive().getRange("A1").getDataValidation();
    expect(rule?.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule?.getCriteriaValues()).toEqual([["Yes", "No"], true]);
  });

  test("clock-trigger-builder#everyHours(Integer) installs a 12-hourly myFunction trigger", () => {
    const { env } = runSample("script/clock-trigger-builder#everyHours(Integer)");
    expect(env.triggers).toHaveLength(1);
    const [trigger] = env.triggers;
    expect(trigger).toMatchObject({ handler: "myFunction", eventType: "CLOCK" });
    const firstRunInMs =
      (trigger?.nextFireAt?.getTime() ?? 0) - (trigger?.createdAt.getTime() ?? 0);
    expect(firstRunInMs).toBeGreaterThan(0);
    expect(firstRunInMs).toBeLessThanOrEqual(12 * 60 * 60 * 1000);
  });

  test("spreadsheet-trigger-builder#onEdit() installs an on-edit myFunction trigger", () => {
    const { env } = runSample("script/spreadsheet-trigger-builder#onEdit()");
    const [trigger] = env.globals.ScriptApp.getProjectTriggers();
    expect(trigger?.getHandlerFunction()).toBe("myFunction");
    expect(trigger?.getEventType()).toBe(env.globals.ScriptApp.EventType.ON_EDIT);
  });

  test("mail-app#sendEmail(String,String,String) sends the TPS reports email", () => {
    const { env } = runSample("mail/mail-app#sendEmail(String,String,String)");
    expect(env.outbox.map((m) => [m.to, m.subject, m.body])).toEqual([
      ["recipient@example.com", "TPS reports", "Where are the TPS reports?"],
    ]);
  });

  test("lock#tryLock(Integer) logs only when another execution holds the lock past 10 s", () => {
    const free = referenceSampleProject(`${REFERENCE}lock/lock#tryLock(Integer)`);
    free.run();
    expect(free.env.logs).toEqual([]);
    const held = referenceSampleProject(`${REFERENCE}lock/lock#tryLock(Integer)`);
    held.env.locks.script.holdByOther({ releaseAfterMs: 60_000 });
    held.run();
    expect(held.env.logs.map((l) => l.text)).toEqual(["Could not obtain lock after 10 seconds."]);
  });
});
