import { describe, expect, test } from "vitest";
import { createEnvironment, loadBundle } from "../index";

const EVENTS = "https://developers.google.com/apps-script/guides/triggers/events";

const SCRIPT = `
var seen = [];
function onEdit(e) {
  seen.push({
    a1: e.range.getA1Notation(),
    sheet: e.range.getSheet().getName(),
    value: e.value,
    oldValue: e.oldValue,
    hasValue: "value" in e,
    hasOld: "oldValue" in e,
    mode: e.authMode === ScriptApp.AuthMode.LIMITED,
    source: e.source.getId(),
    user: e.user.getEmail(),
  });
  if (e.value === "mail") MailApp.sendEmail("a@example.com", "s", "b");
  if (e.value === "note") e.range.setNote("seen");
}
function onSelectionChange(e) {
  var range = e.range;
  if (range.getNumRows() === 1 && range.getNumColumns() === 1 && range.getCell(1, 1).getValue() === "") {
    range.setBackground("red");
  }
  seen.push({ selected: range.getA1Notation(), mode: String(e.authMode) });
}
function events() { return JSON.stringify(seen); }
`;

function setup() {
  const env = createEnvironment({ userEmail: "ann@example.org" });
  const bundle = loadBundle(env, { code: SCRIPT });
  const seen = () => JSON.parse(bundle.call<string>("events")) as Record<string, unknown>[];
  return { env, bundle, seen };
}

describe("simple triggers fire for a user's actions", () => {
  test(`a typed edit runs onEdit(e) in LIMITED with range, source, user, value and oldValue as strings (${EVENTS}#edit)`, () => {
    const { env, seen } = setup();
    env.userEdit("Sheet1", "B2", 12);
    env.userEdit("Sheet1", "B2", true);
    env.userClear("Sheet1", "B2");
    expect(seen()).toEqual([
      {
        a1: "B2",
        sheet: "Sheet1",
        value: "12",
        hasValue: true,
        hasOld: false,
        mode: true,
        source: "emulated-spreadsheet-id",
        user: "ann@example.org",
      },
      {
        a1: "B2",
        sheet: "Sheet1",
        value: "TRUE",
        oldValue: "12",
        hasValue: true,
        hasOld: true,
        mode: true,
        source: "emulated-spreadsheet-id",
        user: "ann@example.org",
      },
      {
        a1: "B2",
        sheet: "Sheet1",
        oldValue: "TRUE",
        hasValue: false,
        hasOld: true,
        mode: true,
        source: "emulated-spreadsheet-id",
        user: "ann@example.org",
      },
    ]);
    expect(env.simpleTriggerRuns.map((r) => r.handler)).toEqual(["onEdit", "onEdit", "onEdit"]);
  });

  test(`a pasted block gives the whole range and no value (${EVENTS}#edit: "only available if the edited range is a single cell")`, () => {
    const { env, seen } = setup();
    env.userEdit("Sheet1", "A1", [
      [1, 2],
      [3, 4],
    ]);
    expect(seen()).toMatchObject([{ a1: "A1:B2", hasValue: false, hasOld: false }]);
  });

  test(`in LIMITED the handler may change the sheet but not send mail; the user's edit stays (${"https://developers.google.com/apps-script/guides/triggers#restrictions"})`, () => {
    const { env } = setup();
    env.userEdit("Sheet1", "C3", "note");
    env.userEdit("Sheet1", "C4", "mail");
    expect(env.globals.SpreadsheetApp.getActiveSheet().getRange("C3").getNote()).toBe("seen");
    expect(env.outbox).toEqual([]);
    expect(env.simpleTriggerRuns[1]?.error).toContain(
      "You do not have permission to call MailApp.sendEmail",
    );
    expect(env.inspect.sheetValues("Sheet1")[3]?.[2]).toBe("mail");
  });

  test(`selecting cells runs onSelectionChange(e) (${EVENTS}#google_sheets_events)`, () => {
    const { env, seen } = setup();
    env.userEdit("Sheet1", "A1", "x");
    env.userSelect("Sheet1", "A2");
    env.userSelect("Sheet1", "A1");
    env.userSelect("Sheet1", "A1:B2");
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    expect(sheet.getRange("A2").getBackground()).toBe("#ff0000");
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
    expect(seen().slice(1)).toEqual([
      { selected: "A2", mode: "LIMITED" },
      { selected: "A1", mode: "LIMITED" },
      { selected: "A1:B2", mode: "LIMITED" },
    ]);
  });

  test("a script's own writes fire nothing, and a script without the functions is left alone", () => {
    const { env, bundle, seen } = setup();
    env.globals.SpreadsheetApp.getActiveSheet().getRange("A1").setValue("by script");
    expect(seen()).toEqual([]);
    expect(bundle.entryPoints).toContain("onEdit");
    const plain = createEnvironment();
    loadBundle(plain, { code: "function other() {}" });
    plain.userEdit("Sheet1", "A1", 1);
    expect(plain.simpleTriggerRuns).toEqual([]);
  });
});
