import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/range";

function setup() {
  const env = createEnvironment();
  const sheet = env.globals.SpreadsheetApp.getActive().getSheetByName("Sheet1");
  if (!sheet) throw new Error("no Sheet1");
  return { env, sheet };
}

describe("Range values", () => {
  test(`getValues returns '' for empty cells and a fresh 2-D copy (${REF}#getValues())`, () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 2, 2, 3);
    const first = range.getValues();
    expect(first).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
    (first[0] as unknown[])[0] = "changed by the caller";
    expect(range.getValues()[0]?.[0]).toBe("");
  });

  test("writes and reads numbers, booleans, strings and Dates; Dates are copies", () => {
    const { sheet } = setup();
    const due = new Date("2026-02-01T00:00:00Z");
    sheet.getRange("A1:D1").setValues([["goal", 3, true, due]]);
    due.setFullYear(1999);
    const [row] = sheet.getRange("A1:D1").getValues();
    expect(row?.slice(0, 3)).toEqual(["goal", 3, true]);
    const read = row?.[3] as Date;
    expect(read.toISOString()).toBe("2026-02-01T00:00:00.000Z");
    read.setFullYear(2000);
    expect((sheet.getRange("D1").getValue() as Date).toISOString()).toBe(
      "2026-02-01T00:00:00.000Z",
    );
  });

  test(`setValues with the wrong number of rows fails with Apps Script's text and writes nothing (${REF}#setValues(Object))`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B2").setValues([["x", "y"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B2").setValues([["x", "y"], ["z"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(sheet.getRange("A1:B2").getValues().flat()).toEqual(["", "", "", ""]);
  });

  test("setValues with something that is not a 2-D array is a signature error", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B1").setValues(["x", "y"] as unknown as unknown[][])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  test(`setValue sets every cell of the range (${REF}#setValue(Object))`, () => {
    const { sheet } = setup();
    sheet.getRange("B2:C3").setValue("Not started");
    expect(sheet.getRange("B2:C3").getValues().flat()).toEqual(Array(4).fill("Not started"));
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  test("getRange out of the sheet's bounds fails with Apps Script's texts (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer))", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange("AA1")).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(
      "The number of rows in the range must be at least 1.",
    );
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
    expect(() => sheet.getRange(Number.NaN, 1)).toThrow(
      "The parameters (NaN,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  test("the last row and column are the last with content, not the sheet's size (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow())", () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange("C7").setValue("x");
    sheet.getRange("E2").setFormula("=1+1");
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(5);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:E7");
    sheet.getRange("C7").clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });
});

describe("Range input is read as Sheets reads typed input (USER_ENTERED)", () => {
  test("a leading apostrophe stores the rest as text (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object))", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([["'=SUM(A1)", "'-call mentor", "'12"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["=SUM(A1)", "-call mentor", "12"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["", "", ""]]);
  });

  test("text starting with = becomes a formula whose value is '' (not evaluated)", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue('=HYPERLINK("x")');
    expect(sheet.getRange("A1").getFormula()).toBe('=HYPERLINK("x")');
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  test("a literal =HYPERLINK(url, label) reads as its label (https://support.google.com/docs/answer/3093313)", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([['=HYPERLINK("#gid=7","Plan · Ana ""A""")', "=A1"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([['Plan · Ana "A"', ""]]);
    expect(sheet.getRange("A1").getFormula()).toBe('=HYPERLINK("#gid=7","Plan · Ana ""A""")');
  });

  test("text starting with + or - that is not a number fails to parse and shows #ERROR!", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["-call mentor", "+1 more"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["#ERROR!", "#ERROR!"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("=-call mentor");
  });

  test("numeric text becomes numbers, TRUE/FALSE booleans and ISO dates Dates in the sheet's zone", () => {
    const { sheet } = setup();
    sheet.getRange("A1:F1").setValues([["12", "-3.5", "1,200", "40%", "true", "2026-07-01"]]);
    const [row] = sheet.getRange("A1:F1").getValues();
    expect(row?.slice(0, 5)).toEqual([12, -3.5, 1200, 0.4, true]);
    // Midnight in Europe/London (BST in July) is 23:00 UTC the day before.
    expect((sheet.getRange("F1").getValue() as Date).toISOString()).toBe(
      "2026-06-30T23:00:00.000Z",
    );
  });

  test("a plain-text number format (@) keeps every string as typed", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    range.setNumberFormat("@");
    range.setValues([["007", "=1+1"]]);
    expect(range.getValues()).toEqual([["007", "=1+1"]]);
    expect(range.getFormulas()).toEqual([["", ""]]);
  });

  test("more than 50,000 characters in one cell fails and writes nothing", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B1").setValues([["ok", "x".repeat(50_001)]])).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
  });

  test("null and undefined write empty cells", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["a", "b"]]);
    sheet.getRange("A1:B1").setValues([[null, undefined]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["", ""]]);
    expect(sheet.getRange("A1:B1").isBlank()).toBe(true);
  });

  test("setFormulas checks dimensions and stores each formula (https://developers.google.com/apps-script/reference/spreadsheet/range#setFormulas(Object))", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setFormulas([["=A2", "=B2*2"]]);
    expect(sheet.getRange("A1:B1").getFormulas()).toEqual([["=A2", "=B2*2"]]);
    expect(() => sheet.getRange("A1:B1").setFormulas([["=A2"]])).toThrow(
      "The data has 1 but the range has 2.",
    );
  });
});

describe("Range coordinates", () => {
  test("A1 notation, position, offset and getCell (https://developers.google.com/apps-script/reference/spreadsheet/range#offset(Integer,Integer,Integer,Integer))", () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 3, 4, 2);
    expect(range.getA1Notation()).toBe("C2:D5");
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 3, 4, 2,
    ]);
    expect([range.getLastRow(), range.getLastColumn()]).toEqual([5, 4]);
    expect(range.offset(1, -1).getA1Notation()).toBe("B3:C6");
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe("C2");
    expect(range.getCell(2, 2).getA1Notation()).toBe("D3");
    expect(range.getSheet()).toBe(sheet);
  });
});
