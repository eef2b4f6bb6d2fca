import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";
import { MAX_COLUMNS, TOO_MANY_CELLS, TOO_MANY_COLUMNS } from "./limits";

const LIMITS = "https://support.google.com/docs/answer/37603";

function narrowSheet() {
  const env = createEnvironment();
  const ss = env.globals.SpreadsheetApp.getActive();
  const sheet = ss.insertSheet("Plan");
  sheet.deleteColumns(9, 18); // A:H, as a plan tab
  return { env, ss, sheet };
}

describe(`workbook limits (${LIMITS})`, () => {
  test("inserting 400,000 rows at once works (no call-stack overflow) and moves what is below", () => {
    const { sheet } = narrowSheet();
    sheet.getRange("A2").setValue("below");
    sheet.insertRowsAfter(1, 400_000);
    expect(sheet.getMaxRows()).toBe(401_000);
    expect(sheet.getRange("A400002").getValue()).toBe("below");
  });

  test("growth past 10,000,000 cells fails with Sheets' text and changes nothing", () => {
    const { ss, sheet } = narrowSheet();
    // Sheet1 is 1000 × 26; Plan 1000 × 8. Room is left for (10,000,000 - 34,000) / 8 rows.
    const room = (10_000_000 - 26_000 - 8_000) / 8;
    expect(() => sheet.insertRowsAfter(1, room + 1)).toThrow(TOO_MANY_CELLS);
    expect(sheet.getMaxRows()).toBe(1000);
    sheet.insertRowsAfter(1, room);
    expect(() => ss.insertSheet("One more")).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
  });

  test(`a sheet holds at most ${MAX_COLUMNS} columns`, () => {
    const { sheet } = narrowSheet();
    sheet.deleteRows(11, 990);
    sheet.insertColumnsAfter(8, MAX_COLUMNS - 8);
    expect(sheet.getMaxColumns()).toBe(MAX_COLUMNS);
    expect(() => sheet.insertColumnsAfter(MAX_COLUMNS, 1)).toThrow(TOO_MANY_COLUMNS);
  });
});
