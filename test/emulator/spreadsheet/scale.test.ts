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
  for (let i = 0; i < 1000; i++)
    ss.insertSheet(`Plan ${i}`).getRange(1, 1, 120, 8).setValues(block);
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
