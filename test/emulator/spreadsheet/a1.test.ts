import { describe, expect, test } from "vitest";
import { columnLetters, columnNumber, parseA1, rectA1, splitSheetName } from "./a1";

describe("A1 notation", () => {
  test("column letters round-trip through numbers", () => {
    for (const [n, letters] of [
      [1, "A"],
      [26, "Z"],
      [27, "AA"],
      [52, "AZ"],
      [703, "AAA"],
    ] as const) {
      expect(columnLetters(n)).toBe(letters);
      expect(columnNumber(letters)).toBe(n);
    }
  });

  test("parses cells, blocks, reversed corners and open-ended columns and rows", () => {
    expect(parseA1("B3", 1000, 26)).toEqual({ row: 3, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1("$B$3:D10", 1000, 26)).toEqual({ row: 3, column: 2, numRows: 8, numColumns: 3 });
    expect(parseA1("D10:B3", 1000, 26)).toEqual({ row: 3, column: 2, numRows: 8, numColumns: 3 });
    expect(parseA1("A:C", 50, 26)).toEqual({ row: 1, column: 1, numRows: 50, numColumns: 3 });
    expect(parseA1("2:4", 50, 8)).toEqual({ row: 2, column: 1, numRows: 3, numColumns: 8 });
  });

  test("rejects what is not A1 notation", () => {
    for (const bad of ["", "A", "7", "A0", "1A", "A1:B2:C3", "ZZZZ1"]) {
      expect(parseA1(bad, 1000, 26)).toBeNull();
    }
  });

  test("formats single cells and blocks", () => {
    expect(rectA1({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe("A1");
    expect(rectA1({ row: 2, column: 27, numRows: 3, numColumns: 2 })).toBe("AA2:AB4");
  });

  test("splits a quoted sheet name with an escaped apostrophe", () => {
    expect(splitSheetName("'Ann''s plan'!A1:B2")).toEqual({
      sheetName: "Ann's plan",
      cells: "A1:B2",
    });
    expect(splitSheetName("Dashboard!C3")).toEqual({ sheetName: "Dashboard", cells: "C3" });
    expect(splitSheetName("C3")).toEqual({ sheetName: null, cells: "C3" });
  });
});
