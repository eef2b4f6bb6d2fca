import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/range";

function setup() {
  const env = createEnvironment();
  const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
  return { env, sheet };
}

describe("Range formats", () => {
  test(`unformatted cells report Sheets' defaults (${REF}#getNumberFormat())`, () => {
    const { sheet } = setup();
    const cell = sheet.getRange("B2");
    expect(cell.getNumberFormat()).toBe("0.###############");
    expect(cell.getFontWeight()).toBe("normal");
    expect(cell.getBackground()).toBe("#ffffff");
    expect(cell.getWrap()).toBe(false);
    expect(cell.getNote()).toBe("");
  });

  test("set… applies to every cell; set…s checks dimensions per cell (https://developers.google.com/apps-script/reference/spreadsheet/range#setBackgrounds(Object))", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B2").setFontWeight("bold").setBackground("#FCE8B2").setWrap(true);
    expect(sheet.getRange("A1:B2").getFontWeights()).toEqual([
      ["bold", "bold"],
      ["bold", "bold"],
    ]);
    expect(sheet.getRange("B2").getBackground()).toBe("#fce8b2");
    expect(sheet.getRange("A2").getWrap()).toBe(true);
    sheet.getRange("A1:B1").setBackgrounds([["red", null]]);
    expect(sheet.getRange("A1:B1").getBackgrounds()).toEqual([["#ff0000", "#ffffff"]]);
    expect(() => sheet.getRange("A1:B1").setBackgrounds([["red"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
  });

  test("display values follow number formats (https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues())", () => {
    const { sheet } = setup();
    sheet
      .getRange("A1:E1")
      .setValues([[0.4567, 1234.5, 3, true, new Date("2026-03-09T00:00:00Z")]]);
    sheet.getRange("A1:E1").setNumberFormats([["0.0%", "#,##0.00", "0", "@", "d mmm yyyy"]]);
    expect(sheet.getRange("A1:E1").getDisplayValues()).toEqual([
      ["45.7%", "1,234.50", "3", "TRUE", "9 Mar 2026"],
    ]);
    sheet.getRange("F1").setValue(new Date("2026-03-09T14:05:00Z"));
    sheet.getRange("F1").setNumberFormat("yyyy-mm-dd hh:mm");
    expect(sheet.getRange("F1").getDisplayValue()).toBe("2026-03-09 14:05");
  });

  test("clearFormat keeps values, clearContent keeps formats, clear() removes both (https://developers.google.com/apps-script/reference/spreadsheet/range#clear())", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1");
    range.setValue("x").setFontWeight("bold").setNote("why");
    range.clearFormat();
    expect([range.getValue(), range.getFontWeight(), range.getNote()]).toEqual([
      "x",
      "normal",
      "why",
    ]);
    range.setFontWeight("bold").clearContent();
    expect([range.getValue(), range.getFontWeight()]).toEqual(["", "bold"]);
    range.setValue("y").clear();
    expect([range.getValue(), range.getFontWeight()]).toEqual(["", "normal"]);
    range.setValue("z").clear({ contentsOnly: true });
    expect(range.getValue()).toBe("");
  });
});

describe("Merges", () => {
  test(`merge keeps only the top-left value and is reported by getMergedRanges (${REF}#merge())`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["Title", "lost", "lost too"]]);
    sheet.getRange("A1:C1").merge();
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["Title", "", ""]]);
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange("A1:D5")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1"]);
  });

  test("mergeAcross merges each row; breakApart needs whole merges (https://developers.google.com/apps-script/reference/spreadsheet/range#mergeAcross())", () => {
    const { sheet } = setup();
    sheet.getRange("A2:C3").mergeAcross();
    expect(
      sheet
        .getRange("A1:Z9")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A2:C2", "A3:C3"]);
    expect(() => sheet.getRange("A2:B2").breakApart()).toThrow(
      "You must select all cells in a merged range to merge or unmerge them.",
    );
    sheet.getRange("A2:C2").breakApart();
    expect(
      sheet
        .getRange("A1:Z9")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A3:C3"]);
  });
});
