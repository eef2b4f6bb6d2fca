import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/sheet";

function setup() {
  const env = createEnvironment();
  const app = env.globals.SpreadsheetApp;
  const sheet = app.getActive().insertSheet("Plan");
  sheet.getRange("A1:A5").setValues([["GOALS"], ["g1"], ["g2"], ["ACTIONS"], ["a1"]]);
  return { env, app, sheet };
}

describe("Sheet rows", () => {
  test(`insertRowsAfter shifts what is below and grows the sheet (${REF}#insertRowsAfter(Integer,Integer))`, () => {
    const { env, sheet } = setup();
    sheet.insertRowsAfter(3, 2);
    expect(env.inspect.sheetValues("Plan").map((r) => r[0])).toEqual([
      "GOALS",
      "g1",
      "g2",
      "",
      "",
      "ACTIONS",
      "a1",
    ]);
    expect(sheet.getMaxRows()).toBe(1002);
  });

  test("insertRows/insertRowBefore insert before the given row (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRows(Integer,Integer))", () => {
    const { env, sheet } = setup();
    sheet.insertRows(2);
    sheet.insertRowBefore(1);
    expect(env.inspect.sheetValues("Plan").map((r) => r[0])).toEqual([
      "",
      "GOALS",
      "",
      "g1",
      "g2",
      "ACTIONS",
      "a1",
    ]);
  });

  test("inserted rows take the formatting and data validation of the row above (insert…After)", () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(["Open", "Done"]).build();
    sheet.getRange("B2").setBackground("#eeeeee").setDataValidation(rule).setValue("Open");
    sheet.insertRowAfter(2);
    expect(sheet.getRange("B3").getBackground()).toBe("#eeeeee");
    expect(sheet.getRange("B3").getDataValidation()?.getCriteriaValues()).toEqual([
      ["Open", "Done"],
      true,
    ]);
    expect(sheet.getRange("B3").getValue()).toBe("");
  });

  test("merges, protected ranges and conditional format ranges move with inserted and deleted rows", () => {
    const { app, sheet, env } = setup();
    sheet.getRange("A4:C4").merge();
    sheet.getRange("A4:C5").protect().setDescription("actions header");
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground("#f00")
      .setRanges([sheet.getRange("C2:C9")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(3, 2);
    expect(env.inspect.merges("Plan")).toEqual(["A6:C6"]);
    expect(env.inspect.protections("Plan").map((p) => p.a1)).toEqual(["A6:C7"]);
    expect(env.inspect.conditionalRules("Plan")[0]?.a1).toEqual(["C2:C11"]);
    sheet.deleteRows(6, 1);
    expect(env.inspect.merges("Plan")).toEqual([]);
    expect(env.inspect.protections("Plan").map((p) => p.a1)).toEqual(["A6:C6"]);
  });

  test(`deleteRows removes rows and out-of-bounds positions fail (${REF}#deleteRows(Integer,Integer))`, () => {
    const { env, sheet } = setup();
    sheet.deleteRows(2, 2);
    expect(env.inspect.sheetValues("Plan").map((r) => r[0])).toEqual(["GOALS", "ACTIONS", "a1"]);
    expect(sheet.getMaxRows()).toBe(998);
    expect(() => sheet.deleteRows(998, 2)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.deleteRows(1, 998)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
  });

  test(`appendRow writes after the last row with content and grows a full sheet (${REF}#appendRow(Object))`, () => {
    const env = createEnvironment();
    const log = env.globals.SpreadsheetApp.getActive().insertSheet("Log");
    log.deleteRows(3, 998);
    log.appendRow(["time", "status"]);
    log.appendRow([new Date("2026-01-05T10:00:00Z"), "sent"]);
    log.appendRow(["later", "'=not a formula"]);
    expect(log.getMaxRows()).toBe(3);
    expect(env.inspect.sheetValues("Log")[2]).toEqual(["later", "=not a formula"]);
    log.appendRow(["overflow", "deferred"]);
    expect(log.getMaxRows()).toBe(4);
    expect(log.getLastRow()).toBe(4);
  });

  test("getSheetValues reads a block like getRange().getValues() (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer))", () => {
    const { sheet } = setup();
    expect(sheet.getSheetValues(1, 1, 2, 1)).toEqual([["GOALS"], ["g1"]]);
  });
});

describe("Sheet identity and appearance", () => {
  test(`setName to a taken name fails with Apps Script's text (${REF}#setName(String))`, () => {
    const { env, sheet } = setup();
    env.globals.SpreadsheetApp.getActive().insertSheet("Dashboard");
    expect(() => sheet.setName("dashboard")).toThrow(
      'A sheet with the name "dashboard" already exists. Please enter another name.',
    );
    sheet.setName("Plan – Ann & Bo");
    expect(sheet.getName()).toBe("Plan – Ann & Bo");
  });

  test("frozen rows, column widths, tab color and hiding are kept (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setFrozenRows(Integer))", () => {
    const { env, sheet } = setup();
    sheet.setFrozenRows(2);
    sheet.setColumnWidth(1, 220);
    sheet.setColumnWidths(2, 3, 140);
    sheet.setTabColor("#1a73e8");
    sheet.hideSheet();
    expect(sheet.getFrozenRows()).toBe(2);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(4), sheet.getColumnWidth(5)]).toEqual([
      220, 140, 100,
    ]);
    expect(sheet.getTabColor()).toBe("#1a73e8");
    expect(sheet.isSheetHidden()).toBe(true);
    expect(env.inspect.sheetState("Plan").frozenRows).toBe(2);
  });

  test("the last visible sheet cannot be hidden", () => {
    const env = createEnvironment();
    const only = env.globals.SpreadsheetApp.getActive().getSheets()[0];
    expect(() => only?.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  test("a deleted sheet's objects refuse further calls", () => {
    const { env, sheet } = setup();
    const range = sheet.getRange("A1");
    env.globals.SpreadsheetApp.getActive().deleteSheet(sheet);
    expect(() => sheet.getLastRow()).toThrow('The sheet "Plan" has been deleted.');
    expect(() => range.getValue()).toThrow("has been deleted");
  });

  test("getIndex is 1-based and getParent is the spreadsheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getIndex())", () => {
    const { env, sheet } = setup();
    expect(sheet.getIndex()).toBe(2);
    expect(sheet.getParent()).toBe(env.spreadsheet);
  });
});

// https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteColumns(Integer,Integer)
describe("Sheet.deleteColumns", () => {
  test("removes columns, moving the cells to their right left, and shrinks the sheet", () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheets()[0];
    if (!sheet) throw new Error("no sheet");
    sheet.getRange("A1:D1").setValues([["a", "b", "c", "d"]]);
    sheet.deleteColumns(2, 2);
    expect(sheet.getMaxColumns()).toBe(24);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["a", "d"]]);
  });

  test("refuses positions outside the sheet, and deleting every column", () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().getSheets()[0];
    if (!sheet) throw new Error("no sheet");
    expect(() => sheet.deleteColumns(20, 10)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.deleteColumns(1, 26)).toThrow(/not possible to delete all/);
    expect(sheet.getMaxColumns()).toBe(26);
  });
});
