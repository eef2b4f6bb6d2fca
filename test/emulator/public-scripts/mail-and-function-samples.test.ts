import { describe, expect, test } from "vitest";
import { publicScript } from "./public-script";

const SAMPLES = "https://github.com/googleworkspace/apps-script-samples/blob/main";

describe(`sending emails from a spreadsheet (${SAMPLES}/gmail/sendingEmails/sendingEmails.gs)`, () => {
  function mailing() {
    const { env, bundle } = publicScript("sending-emails", { mode: "bound" });
    env.userEdit("Sheet1", "A1", [
      ["Email", "Message", "Sent"],
      ["ann@example.com", "Hello Ann", ""],
      ["bo@example.com", "Hello Bo", ""],
    ]);
    return { env, bundle };
  }

  test("sendEmails sends one email per row, with the row's message", () => {
    const { env, bundle } = mailing();
    bundle.call("sendEmails");
    expect(env.outbox.map((m) => [m.to, m.subject, m.body])).toEqual([
      ["ann@example.com", "Sending emails from a Spreadsheet", "Hello Ann"],
      ["bo@example.com", "Sending emails from a Spreadsheet", "Hello Bo"],
    ]);
  });

  test("sendNonDuplicateEmails marks each row sent and stops at the first row already sent", () => {
    const { env, bundle } = mailing();
    bundle.call("sendNonDuplicateEmails");
    expect(env.inspect.sheetValues("Sheet1").map((r) => r[2])).toEqual([
      "Sent",
      "email sent",
      "email sent",
    ]);
    bundle.call("sendNonDuplicateEmails");
    expect(env.outbox).toHaveLength(2);
    expect(env.logs.map((l) => l.text)).toEqual(["Email already sent"]);
  });

  test("an error (here the mail quota) is caught and logged with console.log(err)", () => {
    const { env, bundle } = mailing();
    env.mail.setQuota(1);
    bundle.call("sendEmails");
    expect(env.outbox).toHaveLength(1);
    expect(env.logs[0]?.text).toMatch(/^Exception: .*/);
  });
});

describe(`custom functions from Google's solutions (${SAMPLES}/solutions/custom-functions)`, () => {
  test("getSheetsData summarizes every project sheet, reading only (AuthMode.CUSTOM_FUNCTION)", () => {
    const { env, bundle } = publicScript("summarize-sheets-data", { mode: "bound" });
    env.userRenameSheet("Sheet1", "Summary");
    env.userInsertSheet("ReadMe");
    env.userInsertSheet("Website");
    env.userEdit("Website", "A1", [
      ["Task", "Owner Name", "Status"],
      ["Copy", "Ann", "Complete"],
      ["Design", "Ann", "In-Progress"],
      ["Launch", "Ann", "Overdue"],
    ]);
    env.userInsertSheet("Mobile");
    env.userEdit("Mobile", "A1", [
      ["Task", "Owner Name", "Status"],
      ["Build", "Bo", "Scheduled"],
    ]);
    expect(bundle.callCustomFunction("getSheetsData")).toEqual([
      ["Ann", 3, 1, 1, 0, 1, "Website"],
      ["Bo", 1, 0, 0, 1, 0, "Mobile"],
    ]);
  });

  test("tierPrice adds each tier's share of a value (the range argument arrives as a 2-D array)", () => {
    const { bundle } = publicScript("tier-pricing", { mode: "bound" });
    const table = [
      [0, 100, 0],
      [100, 200, 0.1],
      [200, 1000, 0.2],
    ];
    expect(bundle.callCustomFunction("tierPrice", 50, table)).toBe(0);
    expect(bundle.callCustomFunction("tierPrice", 250, table)).toBeCloseTo(20);
  });
});

describe(`the custom functions quickstart (${SAMPLES}/sheets/customFunctions/customFunctions.gs)`, () => {
  test("onOpen adds its menu with Spreadsheet.addMenu; prepareSheet_ writes the Settings sheet", () => {
    const { env, bundle } = publicScript("custom-functions-quickstart", { mode: "bound" });
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.LIMITED });
    expect(env.ui.menus).toEqual([
      {
        title: "Directions",
        addon: false,
        items: [
          { caption: "Prepare sheet...", functionName: "prepareSheet_" },
          { caption: "Generate step-by-step...", functionName: "generateStepByStep_" },
        ],
      },
    ]);
    bundle.call("prepareSheet_");
    expect(env.inspect.sheetNames()).toEqual(["Settings"]);
    expect(env.inspect.sheetValues("Settings")).toEqual([
      ["Start Address", "End Address", "Driving Distance (meters)", "Driving Distance (miles)"],
      ["350 5th Ave, New York, NY 10118", "405 Lexington Ave, New York, NY 10174", "", ""],
    ]);
    expect(env.globals.SpreadsheetApp.getActiveSheet().getFrozenRows()).toBe(1);
    expect(bundle.callCustomFunction("metersToMiles", 1609.344)).toBeCloseTo(1);
    expect(bundle.callCustomFunction("metersToMiles", "far")).toBeNull();
  });
});
