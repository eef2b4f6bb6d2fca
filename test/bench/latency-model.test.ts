/** The benchmark's time model cuts a log of calls into round trips as docs/design.md describes. */
import { describe, expect, test } from "vitest";
import {
  CHARS_PER_CELL,
  LATENCY_SECONDS,
  modelTime,
  pricedCells,
  READ_SECONDS_PER_CELL,
  readSeconds,
} from "../../scripts/bench/latency-model";
import { type CallRecord, kindOf } from "../emulator";

const call = (name: string): CallRecord => {
  const [service = "", method = ""] = name.split(".");
  return { service, method, kind: kindOf(service, method) };
};
const log = (...names: string[]) => names.map(call);
const START = LATENCY_SECONDS.executionStart;

describe("modelTime", () => {
  test("consecutive writes are one round trip, ended by a read (which commits them first)", () => {
    const m = modelTime(
      log("Range.setValue", "Range.setValue", "Range.setValue", "Range.getValue", "Range.setValue"),
    );
    expect(m.trips.sheetsWriteRun).toBe(2);
    expect(m.trips.sheetsRead).toBe(1);
    // No floor on the first read any more: every read is priced by its size alone.
    expect(m.seconds.low).toBeCloseTo(
      START + 2 * LATENCY_SECONDS.sheetsWriteRun + LATENCY_SECONDS.sheetsRead,
    );
  });

  test("a flush is a round trip of its own and ends the write run", () => {
    const m = modelTime(log("Range.setValue", "SpreadsheetApp.flush", "Range.setValue"));
    expect(m.trips).toMatchObject({ sheetsWriteRun: 2, flush: 1, sheetsRead: 0 });
  });

  test("insertSheet and protect are priced as trips of their own, ending the write run", () => {
    const m = modelTime(
      log("Range.setValues", "Spreadsheet.insertSheet", "Range.setValues", "Sheet.protect"),
    );
    expect(m.trips).toMatchObject({ sheetsWriteRun: 2, sheetsObject: 2 });
    expect(m.seconds.low).toBeCloseTo(
      START + 2 * LATENCY_SECONDS.sheetsWriteRun + 2 * LATENCY_SECONDS.sheetsObject,
    );
  });

  test("an email is its own round trip and does not end Sheets' write run", () => {
    const m = modelTime(log("Range.setValues", "MailApp.sendEmail", "Range.setValues"));
    expect(m.trips).toMatchObject({ sheetsWriteRun: 1, mailSend: 1 });
    expect(m.seconds.low).toBeCloseTo(
      START + LATENCY_SECONDS.sheetsWriteRun + LATENCY_SECONDS.mailSend,
    );
  });

  test("each execution pays its start once", () => {
    const one = modelTime(log("Range.getValue"), 1);
    const two = modelTime(log("Range.getValue"), 2);
    expect(two.seconds.low - one.seconds.low).toBeCloseTo(START);
    expect(two.trips.executionStart).toBe(2);
  });

  test("local calls are free; locks and properties are priced by their own figures", () => {
    const m = modelTime(
      log(
        "SpreadsheetApp.getActiveSpreadsheet",
        "Sheet.getRange",
        "Lock.tryLock",
        "Properties.getProperty",
        "Properties.setProperty",
        "Lock.releaseLock",
      ),
    );
    expect(m.trips).toMatchObject({
      lock: 2,
      propertiesRead: 1,
      propertiesWrite: 1,
      sheetsRead: 0,
    });
    expect(m.seconds.low).toBeCloseTo(
      START +
        2 * LATENCY_SECONDS.lock +
        LATENCY_SECONDS.propertiesRead +
        LATENCY_SECONDS.propertiesWrite,
    );
  });
});

describe("a read's price grows with the cells it returns, at both published ends", () => {
  const read = (cells: number): CallRecord => ({ ...call("Range.getValues"), cells });

  test("the transcript's figures come back: 1 cell ≈ 0.09 s, 5,510 × 7 cells ≈ 0.594 s", () => {
    expect(readSeconds(1)).toBeCloseTo(0.087, 2);
    expect(readSeconds(5510 * 7)).toBeCloseTo(0.594, 2);
    expect(readSeconds(5510 * 7, "high")).toBeCloseTo(0.087 + 5510 * 7 * 31e-6, 3);
  });

  test("both ends are reported; they differ only by the cells read", () => {
    const m = modelTime([read(8), read(8), read(200 * 1050)]);
    const cells = 8 + 8 + 200 * 1050;
    expect(m.trips.sheetsRead).toBe(3);
    expect(m.cellsRead).toBe(cells);
    expect(m.seconds.high - m.seconds.low).toBeCloseTo(
      cells * (READ_SECONDS_PER_CELL.high - READ_SECONDS_PER_CELL.low),
    );
    expect(m.secondsByKind.sheetsRead).toBeCloseTo(
      3 * LATENCY_SECONDS.sheetsRead + cells * READ_SECONDS_PER_CELL.low,
    );
  });

  test("a read's text is priced too: one long text cell costs like the cells it stands for", () => {
    const text: CallRecord = { ...call("Range.getValues"), cells: 2, chars: 12_000 };
    expect(pricedCells(text)).toBe(12_000 / CHARS_PER_CELL);
    expect(modelTime([text]).cellsRead).toBe(1000);
    expect(pricedCells({ cells: 50, chars: 12 })).toBe(50);
  });

  test("one read of 1,000 tabs' cells costs far less than 1,000 reads of one tab each", () => {
    const tab = 131 * 8;
    const perTab = modelTime(Array.from({ length: 1000 }, () => read(tab))).seconds.low;
    const fewLarge = modelTime(Array.from({ length: 5 }, () => read(200 * tab))).seconds.low;
    expect(fewLarge).toBeLessThan(perTab / 5);
  });
});
