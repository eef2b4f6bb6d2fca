import { expect, test } from "vitest";
import { createEnvironment } from "../index";

// The benchmark's shape (1,000 plan tabs of ~120 rows × 8 columns, all read back): the emulator
// must stay linear, so a whole-program run takes well under a second or two, not minutes.
test("1,000 tabs of 120 × 8 are written and read back in one getValues each, quickly", () => {
  const env = createEnvironment();
  const ss = env.globals.SpreadsheetApp.getActive();
  const block = Array.from({ length: 120 }, (_, r) =>
    Array.from({ length: 8 }, (_, c) =>
      c === 4 ? new Date(Date.UTC(2026, 0, 1 + r)) : `r${r}c${c}`,
    ),
  );
  const started = performance.now();
  // Tabs trimmed to the plan's size, as the add-on's are: 1,000 default 1000 × 26 tabs would be
  // 26 million cells, past Sheets' 10 million (limits.ts).
  for (let i = 0; i < 1000; i++) {
    const sheet = ss.insertSheet(`Plan ${i}`);
    sheet.deleteRows(121, 880);
    sheet.deleteColumns(9, 18);
    sheet.getRange(1, 1, 120, 8).setValues(block);
  }
  const read = env.calls.measure(() => {
    let cells = 0;
    for (const sheet of ss.getSheets()) {
      const values = sheet.getDataRange().getValues();
      cells += values.length * (values[0]?.length ?? 0);
    }
    return cells;
  });
  const elapsed = performance.now() - started;
  expect(read.result).toBe(1000 * 120 * 8 + 1);
  expect(read.byMethod).toEqual({ "Spreadsheet.getSheets": 1, "Range.getValues": 1001 });
  expect(elapsed).toBeLessThan(10_000);
});
