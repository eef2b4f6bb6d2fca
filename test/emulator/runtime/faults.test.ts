import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

function envWithSheets() {
  const env = createEnvironment();
  env.rt.direct(() => env.spreadsheet.insertSheet("Log"));
  return env;
}

describe("the fault hook", () => {
  test("a fault throws before the call takes effect, counted, as an Apps Script exception", () => {
    const env = envWithSheets();
    const { SpreadsheetApp } = env.globals;
    env.faults.failNext("Range.setValues", "Service Spreadsheets timed out");
    const range = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Log")?.getRange("A1:B1");
    env.calls.reset();
    let thrown: unknown;
    try {
      range?.setValues([[1, 2]]);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toMatchObject({ name: "Exception", message: "Service Spreadsheets timed out" });
    expect(env.calls.byMethod()).toEqual({ "Range.setValues": 1 });
    expect(env.inspect.sheetValues("Log")).toEqual([]);
    // Only the next call failed.
    range?.setValues([[1, 2]]);
    expect(env.inspect.sheetValues("Log")).toEqual([[1, 2]]);
  });

  test("a handler sees the sheet of the call and can make it slow; removing it ends the fault", () => {
    const env = envWithSheets();
    const { SpreadsheetApp } = env.globals;
    const seen: (string | null)[] = [];
    const off = env.faults.on("Range.getValues", (call) => {
      seen.push(call.sheetName);
      if (call.sheetName === "Log") env.clock.advance(5_000);
    });
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const start = env.clock.nowMs();
    ss.getSheetByName("Sheet1")?.getRange("A1").getValues();
    ss.getSheetByName("Log")?.getRange("A1").getValues();
    expect(seen).toEqual(["Sheet1", "Log"]);
    expect(env.clock.nowMs() - start).toBe(5_000);
    off();
    ss.getSheetByName("Log")?.getRange("A1").getValues();
    expect(seen).toHaveLength(2);
  });

  test("`where` picks which calls fail; other services have no sheet; the harness is never faulted", () => {
    const env = envWithSheets();
    const { SpreadsheetApp, MailApp } = env.globals;
    env.faults.failNext("Range.setValue", "quota", { where: (c) => c.sheetName === "Log" });
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName("Sheet1")?.getRange("A1").setValue("kept");
    env.rt.direct(() => ss.getSheetByName("Log")?.getRange("A1").setValue("by hand"));
    expect(() => ss.getSheetByName("Log")?.getRange("A2").setValue("lost")).toThrow("quota");
    expect(env.inspect.sheetValues("Log")).toEqual([["by hand"]]);

    const calls: unknown[] = [];
    env.faults.on("MailApp.sendEmail", (call) => calls.push(call));
    MailApp.sendEmail({ to: "a@example.com", subject: "s", body: "b" });
    expect(calls).toEqual([{ service: "MailApp", method: "sendEmail", sheetName: null }]);
    env.faults.clear();
  });
});
