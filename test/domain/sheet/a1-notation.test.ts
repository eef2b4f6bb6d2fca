import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellA1, columnLetter, parseRangeA1, rangeA1 } from "../../../src/domain/sheet/a1-notation";

describe("A1 notation", () => {
  it("names columns like Sheets", () => {
    expect([1, 8, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "H", "Z", "AA", "AZ", "AAA"]);
  });

  it("writes cells and ranges, absolute when asked", () => {
    expect(cellA1(7, 2)).toBe("B7");
    expect(cellA1(7, 2, true)).toBe("$B$7");
    expect(rangeA1(3, 1, 9, 8)).toBe("A3:H9");
    expect(rangeA1(3, 1, 3, 1)).toBe("A3");
  });

  it("parses what it writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 50 }),
        fc.boolean(),
        (row, column, h, w, abs) => {
          const a1 = rangeA1(row, column, row + h, column + w, abs);
          expect(parseRangeA1(a1)).toEqual({
            row,
            column,
            lastRow: row + h,
            lastColumn: column + w,
          });
        },
      ),
    );
  });

  it("rejects bad input clearly", () => {
    expect(() => columnLetter(0)).toThrow(/positive integer/);
    expect(() => cellA1(0, 1)).toThrow(/positive integer/);
    expect(() => rangeA1(5, 1, 4, 1)).toThrow(/Empty range/);
    expect(() => parseRangeA1("Sheet1!A1")).toThrow(/Not an A1 range/);
    expect(() => parseRangeA1("B5:A1")).toThrow(/Not a forward A1 range/);
  });
});
