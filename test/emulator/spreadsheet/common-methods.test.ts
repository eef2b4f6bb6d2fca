import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

describe("methods ordinary scripts call", () => {
  test(`Spreadsheet.addMenu adds a menu of {name, functionName} entries, null a separator (${REF}/spreadsheet#addMenu(String,Object))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.addMenu("Tools", [
      { name: "Run", functionName: "run" },
      null,
      { name: "Stop", functionName: "stop" },
    ]);
    ss.addMenu("Tools", [{ name: "Run", functionName: "run" }]);
    expect(env.ui.menus).toEqual([
      { title: "Tools", addon: false, items: [{ caption: "Run", functionName: "run" }] },
    ]);
  });

  test(`getOwner is the spreadsheet's owner, whoever runs the script (${REF}/spreadsheet#getOwner())`, () => {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    env.setUser("editor@example.org");
    expect(env.globals.SpreadsheetApp.getActive().getOwner().getEmail()).toBe("owner@example.org");
  });

  test(`named ranges: set, read by name, listed, moved with inserted rows, removed (${REF}/spreadsheet#setNamedRange(String,Range))`, () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheets()[0];
    if (!sheet) throw new Error("no sheet");
    ss.setNamedRange("Totals", sheet.getRange("B2:C3"));
    expect(ss.getRangeByName("totals")?.getA1Notation()).toBe("B2:C3");
    expect(ss.getRangeByName("Nothing")).toBeNull();
    expect(() => ss.setNamedRange("A1", sheet.getRange("A1"))).toThrow("Invalid name");
    expect(() => ss.setNamedRange("1st", sheet.getRange("A1"))).toThrow("Invalid name");
    env.userInsertRowsBefore("Sheet1", 1, 2);
    expect(ss.getRangeByName("Totals")?.getA1Notation()).toBe("B4:C5");
    const [named, ...more] = ss.getNamedRanges();
    expect(more).toEqual([]);
    expect(named?.getName()).toBe("Totals");
    named?.setName("Sums");
    expect(sheet.getNamedRanges().map((n) => n.getName())).toEqual(["Sums"]);
    ss.removeNamedRange("Sums");
    expect(ss.getNamedRanges()).toEqual([]);
  });

  test(`getDataRegion grows to the adjacent cells with data, or along one Dimension (${REF}/range#getDataRegion(Dimension))`, () => {
    const env = createEnvironment();
    env.userEdit("Sheet1", "B2", [
      ["Name", "Score", ""],
      ["Ann", 3, ""],
      ["Bo", "", 7],
    ]);
    env.userEdit("Sheet1", "F9", "far away");
    const app = env.globals.SpreadsheetApp;
    const sheet = app.getActiveSheet();
    expect(sheet.getRange("C3").getDataRegion().getA1Notation()).toBe("B2:D4");
    expect(sheet.getRange("C3").getDataRegion(app.Dimension.ROWS).getA1Notation()).toBe("C2:C3");
    expect(sheet.getRange("C3").getDataRegion(app.Dimension.COLUMNS).getA1Notation()).toBe("B3:C3");
    expect(sheet.getRange("H1").getDataRegion().getA1Notation()).toBe("H1");
  });

  test(`getWidth/getHeight, and the deprecated getRowIndex/getColumnIndex/setBackgroundColor (${REF}/range#getWidth())`, () => {
    const env = createEnvironment();
    const range = env.globals.SpreadsheetApp.getActiveSheet().getRange("B3:E4");
    env.calls.reset();
    expect([
      range.getWidth(),
      range.getHeight(),
      range.getRowIndex(),
      range.getColumnIndex(),
    ]).toEqual([4, 2, 3, 2]);
    range.setBackgroundColor("red");
    expect(range.getBackground()).toBe("#ff0000");
    expect(env.calls.byMethod()).toEqual({
      "Range.setBackgroundColor": 1,
      "Range.getBackground": 1,
    });
  });

  test(`Sheet.copyTo makes "Copy of <name>" at the end with the cells and formats (${REF}/sheet#copyTo(Spreadsheet))`, () => {
    const env = createEnvironment();
    env.userEdit("Sheet1", "A1", "kept");
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName("Sheet1");
    sheet?.getRange("A1").setFontWeight("bold");
    const copy = sheet?.copyTo(ss);
    const again = sheet?.copyTo(ss);
    expect(ss.getSheets().map((s) => s.getName())).toEqual([
      "Sheet1",
      "Copy of Sheet1",
      "Copy 2 of Sheet1",
    ]);
    expect(copy?.getRange("A1").getValue()).toBe("kept");
    expect(copy?.getRange("A1").getFontWeight()).toBe("bold");
    expect(again?.getIndex()).toBe(3);
    expect(ss.getActiveSheet().getName()).toBe("Sheet1");
  });
});
