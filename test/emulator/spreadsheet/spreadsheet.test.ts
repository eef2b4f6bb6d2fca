import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet";

describe("Spreadsheet", () => {
  test("a new spreadsheet has one 1000 × 26 sheet, its name, zone, id and URL (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getUrl())", () => {
    const env = createEnvironment({ spreadsheetName: "Cohort 7", timeZone: "America/New_York" });
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getName()).toBe("Cohort 7");
    expect(ss.getSpreadsheetTimeZone()).toBe("America/New_York");
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    expect([ss.getSheets()[0]?.getMaxRows(), ss.getSheets()[0]?.getMaxColumns()]).toEqual([
      1000, 26,
    ]);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
  });

  test(`insertSheet with a taken name fails with Apps Script's text, in any letter case (${REF}#insertSheet(String))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    ss.insertSheet("Plan – Ann");
    expect(() => ss.insertSheet("PLAN – ANN")).toThrow(
      'A sheet with the name "PLAN – ANN" already exists. Please enter another name.',
    );
    expect(ss.getNumSheets()).toBe(2);
  });

  test(`insertSheet(name, index) places it at the 0-based index and makes it active (${REF}#insertSheet(String,Integer))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    ss.insertSheet("B");
    const first = ss.insertSheet("Dashboard", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Dashboard", "Sheet1", "B"]);
    expect(ss.getActiveSheet()).toBe(first);
    expect(ss.insertSheet().getName()).toBe("Sheet4");
  });

  test(`insertSheet with options.template copies the template's data, not its protections (${REF}#insertSheet(String,Integer,Object))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    const template = ss.insertSheet("Template");
    template.getRange("A1:B2").setValues([
      ["GOALS", "Status"],
      ["", ""],
    ]);
    template.getRange("A1:B1").setFontWeight("bold").merge();
    const rule = env.globals.SpreadsheetApp.newDataValidation()
      .requireValueInList(["Open", "Done"])
      .build();
    template.getRange("B2").setDataValidation(rule);
    template.setFrozenRows(1);
    template.getRange("A1").protect();
    template.deleteRows(50, 951);
    template.hideSheet();
    const copy = ss.insertSheet("Plan – Ann", 1, { template });
    expect(copy.getRange("A1:B2").getValues()).toEqual([
      ["GOALS", ""],
      ["", ""],
    ]);
    expect(copy.getRange("A1").getFontWeight()).toBe("bold");
    expect(copy.getRange("B2").getDataValidation()?.getCriteriaValues()).toEqual([
      ["Open", "Done"],
      true,
    ]);
    // A copy of a hidden template is hidden too, as scripts that copy one find
    // (https://github.com/labnol/code/pull/1: "show sheet if created from template").
    expect([copy.getFrozenRows(), copy.getMaxRows(), copy.isSheetHidden()]).toEqual([1, 49, true]);
    expect(env.inspect.merges("Plan – Ann")).toEqual(["A1:B1"]);
    expect(env.inspect.protections("Plan – Ann")).toEqual([]);
    expect(env.inspect.sheetNames()).toEqual(["Sheet1", "Plan – Ann", "Template"]);
    copy.getRange("A2").setValue("changed");
    expect(template.getRange("A2").getValue()).toBe("");
  });

  test("sheet ids are unique and not positions; getSheetById and getSheetByName find the same object (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSheetByName(String))", () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    const a = ss.insertSheet("A");
    const b = ss.insertSheet("B");
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(3);
    expect(ids[0]).toBe(0);
    expect(ids.slice(1).every((id) => id > 2)).toBe(true);
    expect(ss.getSheetById(b.getSheetId())).toBe(b);
    expect(ss.getSheetByName("A")).toBe(a);
    expect(ss.getSheetByName("a")).toBeNull();
    expect(ss.getSheetByName("missing")).toBeNull();
  });

  test(`deleteSheet removes a sheet but never the last one (${REF}#deleteSheet(Sheet))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    const plan = ss.insertSheet("Plan");
    ss.deleteSheet(plan);
    expect(env.inspect.sheetNames()).toEqual(["Sheet1"]);
    const only = ss.getSheets()[0];
    expect(() => ss.deleteSheet(only)).toThrow("You can't remove all the sheets in a document.");
  });

  test("getRange with a sheet name reads that sheet; an unknown sheet is 'Range not found' (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getRange(String))", () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    ss.insertSheet("Ann's plan").getRange("B2").setValue(7);
    expect(ss.getRange("'Ann''s plan'!B2").getValue()).toBe(7);
    expect(() => ss.getRange("Nope!A1")).toThrow("Range not found");
  });

  test("toast is recorded for the playground", () => {
    const env = createEnvironment();
    env.globals.SpreadsheetApp.getActive().toast("Dashboard refreshed", "Mentoring", 3);
    expect(env.ui.toasts).toEqual([
      { message: "Dashboard refreshed", title: "Mentoring", timeoutSeconds: 3 },
    ]);
  });
});
