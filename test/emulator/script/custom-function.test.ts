import { describe, expect, test } from "vitest";
import { createEnvironment, loadBundle } from "../index";

// "Using Apps Script services" in https://developers.google.com/apps-script/guides/sheets/functions:
// a custom function may read the spreadsheet ("most get*() methods, but not set*()") and use
// Properties, Lock, Utilities and HTML; services that need authorization fail.
const GUIDE = "https://developers.google.com/apps-script/guides/sheets/functions";

const SCRIPT = `
/** @customfunction */
function DOUBLE(input) { return Array.isArray(input) ? input.map(r => r.map(v => v * 2)) : input * 2; }
function SHEETNAMES() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.getSheets().map(s => [s.getName(), s.getRange("A1").getValue()]);
}
function WRITE() { SpreadsheetApp.getActiveSheet().getRange("B1").setValue("x"); return 1; }
function MAIL() { MailApp.sendEmail("a@example.com", "s", "b"); }
function WHO() { return Session.getActiveUser().getEmail(); }
function TOAST() { SpreadsheetApp.getActive().toast("hi"); }
function KEEP(v) { PropertiesService.getScriptProperties().setProperty("last", String(v)); return Utilities.formatString("%s!", v); }
function MENU() { SpreadsheetApp.getUi().createMenu("X"); }
`;

function setup() {
  const env = createEnvironment();
  env.userEdit("Sheet1", "A1", 42);
  return { env, bundle: loadBundle(env, { code: SCRIPT }) };
}

describe("custom functions run in AuthMode.CUSTOM_FUNCTION", () => {
  test(`they take cell values and ranges as 2-D arrays, and may read the spreadsheet (${GUIDE})`, () => {
    const { bundle, env } = setup();
    expect(bundle.callCustomFunction("DOUBLE", 2)).toBe(4);
    expect(bundle.callCustomFunction("DOUBLE", [[1], [2]])).toEqual([[2], [4]]);
    expect(bundle.callCustomFunction("SHEETNAMES")).toEqual([["Sheet1", 42]]);
    expect(env.calls.byMethod()["Range.getValue"]).toBe(1);
  });

  test(`they may not write: set*() fails and nothing changes (${GUIDE})`, () => {
    const { bundle, env } = setup();
    expect(() => bundle.callCustomFunction("WRITE")).toThrow(
      "You do not have permission to call SpreadsheetApp.Range.setValue.",
    );
    expect(() => bundle.callCustomFunction("TOAST")).toThrow("toast");
    expect(env.inspect.sheetValues("Sheet1")).toEqual([[42]]);
    expect(env.ui.toasts).toEqual([]);
  });

  test(`services that need authorization fail; Properties and Utilities work (${GUIDE})`, () => {
    const { bundle, env } = setup();
    expect(() => bundle.callCustomFunction("MAIL")).toThrow(
      "You do not have permission to call MailApp.sendEmail.",
    );
    expect(() => bundle.callCustomFunction("WHO")).toThrow("Session.getActiveUser");
    expect(() => bundle.callCustomFunction("MENU")).toThrow("SpreadsheetApp.getUi");
    expect(env.outbox).toEqual([]);
    expect(bundle.callCustomFunction("KEEP", 7)).toBe("7!");
    expect(env.globals.PropertiesService.getScriptProperties().getProperty("last")).toBe("7");
  });

  test("the same functions called from a menu (FULL) may write", () => {
    const { bundle, env } = setup();
    expect(bundle.call("WRITE")).toBe(1);
    expect(env.inspect.sheetValues("Sheet1")).toEqual([[42, "x"]]);
  });
});
