import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";
import { permissionError } from "./auth-rules";

// https://developers.google.com/apps-script/reference/script/auth-mode (NONE: "does not allow
// access to any services that require authorization") and
// https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
describe("authorization modes", () => {
  test("in AuthMode.NONE the add-on menu can be built", () => {
    const env = createEnvironment();
    env.runExecution(
      () => {
        env.globals.SpreadsheetApp.getUi()
          .createAddonMenu()
          .addItem("Open sidebar", "showSidebar")
          .addSeparator()
          .addToUi();
        env.globals.Logger.log("menu built");
      },
      { authMode: "NONE" },
    );
    expect(env.ui.menus).toEqual([
      {
        title: "Mentoring Action Plan",
        addon: true,
        items: [{ caption: "Open sidebar", functionName: "showSidebar" }, { separator: true }],
      },
    ]);
  });

  test("in AuthMode.NONE the spreadsheet, properties, mail and triggers throw Apps Script's permission error", () => {
    const env = createEnvironment();
    const g = env.globals;
    const inNone = (fn: () => unknown) => () => env.runExecution(fn, { authMode: "NONE" });
    expect(inNone(() => g.SpreadsheetApp.getActiveSpreadsheet())).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
    );
    expect(inNone(() => g.PropertiesService.getDocumentProperties())).toThrow(
      "You do not have permission to call PropertiesService.getDocumentProperties.",
    );
    expect(inNone(() => g.MailApp.getRemainingDailyQuota())).toThrow(
      "Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(inNone(() => g.ScriptApp.getProjectTriggers())).toThrow(
      "https://www.googleapis.com/auth/script.scriptapp",
    );
    expect(inNone(() => g.HtmlService.createHtmlOutput("x"))).toThrow(
      "You do not have permission to call HtmlService.createHtmlOutput.",
    );
  });

  test("a forbidden call is not counted, and the mode ends with the execution", () => {
    const env = createEnvironment();
    expect(() =>
      env.runExecution(() => env.globals.SpreadsheetApp.getActive().getName(), {
        authMode: "NONE",
      }),
    ).toThrow();
    expect(env.calls.log).toEqual([]);
    expect(env.globals.SpreadsheetApp.getActive().getName()).toBe("Mentoring program");
  });

  test("LIMITED allows the current document and the UI but not mail or triggers", () => {
    expect(permissionError("LIMITED", "Range", "getValues")).toBeNull();
    expect(permissionError("LIMITED", "Ui", "showSidebar")).toBeNull();
    expect(permissionError("LIMITED", "MailApp", "sendEmail")).toContain("script.send_mail");
    expect(permissionError("LIMITED", "ClockTriggerBuilder", "create")).toContain(
      "script.scriptapp",
    );
    expect(permissionError("FULL", "MailApp", "sendEmail")).toBeNull();
  });
});
