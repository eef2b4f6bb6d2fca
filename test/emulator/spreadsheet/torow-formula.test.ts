import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

// TOROW: https://support.google.com/docs/answer/13188200 (row by row into one row, spilled right).
const TOROW = "https://support.google.com/docs/answer/13188200";

function setup(tabRows = 3) {
  const env = createEnvironment();
  const book = env.globals.SpreadsheetApp.getActive();
  const tab = book.insertSheet("Ana's plan");
  const extra = tab.getMaxRows() - tabRows;
  if (extra > 0) tab.deleteRows(tabRows + 1, extra);
  tab.getRange(1, 1, 2, 8).setValues([
    ["Title", "", "", "", "", "", "", "h1"],
    ["a", 2, true, new Date("2026-03-02T00:00:00Z"), "", "", "", ""],
  ]);
  const feed = book.insertSheet("Feed");
  return { env, book, tab, feed };
}

describe(`=TOROW('<sheet>'!A1:H) is evaluated when read (${TOROW})`, () => {
  test("the named sheet's A1:H, row by row, spills right of the formula; getFormulas keeps the text", () => {
    const { tab, feed } = setup();
    feed.getRange("A1:B1").setValues([["p1", "=TOROW('Ana''s plan'!A1:H)"]]);
    const row = feed.getRange(1, 1, 1, 26).getValues()[0] ?? [];
    expect(row.slice(0, 10)).toEqual(["p1", "Title", "", "", "", "", "", "", "h1", "a"]);
    expect(row[10]).toBe(2);
    expect(row[11]).toBe(true);
    expect(row[12]).toEqual(new Date("2026-03-02T00:00:00Z"));
    expect(row.slice(13)).toEqual(Array(13).fill(""));
    expect(feed.getRange("B1").getFormula()).toBe("=TOROW('Ana''s plan'!A1:H)");
    expect(feed.getRange("C1").getFormula()).toBe("");
    // The spill counts as content for the data range, as in Sheets.
    expect(feed.getLastColumn()).toBe(13);
    // A later edit of the tab shows on the next read.
    tab.getRange("A3").setValue("new row");
    expect(feed.getRange(1, 18).getValue()).toBe("new row");
  });

  test("an unquoted name works too, and a name that is no sheet reads #REF!", () => {
    const { book, feed } = setup();
    const other = book.insertSheet("Other");
    other.deleteRows(3, other.getMaxRows() - 2);
    other.getRange("A1").setValue("x");
    feed.getRange("A1:A2").setValues([["=TOROW(Other!A1:H)"], ["=TOROW('Nope'!A1:H)"]]);
    expect(feed.getRange("A1:B2").getValues()).toEqual([
      ["x", ""],
      ["#REF!", ""],
    ]);
  });

  test("a spill that would overwrite data is not expanded: the formula reads #REF!", () => {
    const { feed } = setup();
    feed.getRange("B1").setValue("=TOROW('Ana''s plan'!A1:H)");
    feed.getRange("D1").setValue("in the way");
    expect(feed.getRange("A1:E1").getValues()).toEqual([["", "#REF!", "", "in the way", ""]]);
    feed.getRange("D1").clearContent();
    expect(feed.getRange("B1").getValue()).toBe("Title");
  });

  test("a spill past the sheet's last column reads #REF! until columns are inserted", () => {
    const { tab, feed } = setup();
    feed.getRange("B1").setValue("=TOROW('Ana''s plan'!A1:H)");
    // 3 rows × 8 = 24 cells from B: fits in 26 columns; a 4th row does not.
    tab.insertRowsAfter(3, 1);
    expect(feed.getRange("B1").getValue()).toBe("#REF!");
    feed.insertColumnsAfter(26, 8);
    expect(feed.getMaxColumns()).toBe(34);
    expect(feed.getRange("B1").getValue()).toBe("Title");
  });

  test("rows inserted inside the sheet grow the spill (A1:H reads to the last row)", () => {
    const { tab, feed } = setup();
    feed.insertColumnsAfter(26, 30);
    feed.getRange("B1").setValue("=TOROW('Ana''s plan'!A1:H)");
    tab.insertRowsBefore(2, 1);
    tab.getRange("A2").setValue("inserted");
    const row = feed.getRange(1, 1, 1, 56).getValues()[0] ?? [];
    expect(row[9]).toBe("inserted");
    expect(row[17]).toBe("a");
  });

  test("renaming the sheet rewrites the formula (script or user), as Sheets does", () => {
    const { env, tab, feed } = setup();
    feed.getRange("B1").setValue("=TOROW('Ana''s plan'!A1:H)");
    tab.setName("Renamed");
    expect(feed.getRange("B1").getFormula()).toBe("=TOROW('Renamed'!A1:H)");
    env.userRenameSheet("Renamed", "O'Neil");
    expect(feed.getRange("B1").getFormula()).toBe("=TOROW('O''Neil'!A1:H)");
    expect(feed.getRange("B1").getValue()).toBe("Title");
  });

  test("deleting the sheet turns the formula into =TOROW(#REF!), which reads #REF!", () => {
    const { env, feed } = setup();
    feed.getRange("B1").setValue("=TOROW('Ana''s plan'!A1:H)");
    env.userDeleteSheet("Ana's plan");
    expect(feed.getRange("B1").getFormula()).toBe("=TOROW(#REF!)");
    expect(feed.getRange("B1:C1").getValues()).toEqual([["#REF!", ""]]);
    // A new sheet of the old name is not picked up: the reference is gone.
    env.userInsertSheet("Ana's plan");
    expect(feed.getRange("B1").getValue()).toBe("#REF!");
  });

  test("a snapshot keeps the formula and evaluates it again after restore", () => {
    const { env, feed } = setup();
    feed.getRange("B1").setValue("=TOROW('Ana''s plan'!A1:H)");
    const copy = createEnvironment({ restore: env.serialize() });
    const restored = copy.globals.SpreadsheetApp.getActive().getSheetByName("Feed");
    expect(restored?.getRange("B1:C1").getValues()).toEqual([["Title", ""]]);
    expect(copy.inspect.formulas("Feed")[0]?.[1]).toBe("=TOROW('Ana''s plan'!A1:H)");
  });

  test("insertColumnsAfter moves cells right and refuses bad bounds (https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertColumnsAfter(Integer,Integer))", () => {
    const { feed } = setup();
    feed.getRange("A1:C1").setValues([["a", "b", "c"]]);
    feed.insertColumnsAfter(1, 2);
    expect(feed.getRange("A1:E1").getValues()).toEqual([["a", "", "", "b", "c"]]);
    expect(() => feed.insertColumnsAfter(0, 1)).toThrow(/out of bounds/);
    expect(() => feed.insertColumnsAfter(1, 0)).toThrow(/out of bounds/);
  });
});
