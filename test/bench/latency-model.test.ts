/** The benchmark's time model cuts a log of calls into round trips as docs/design.md describes. */
import { describe, expect, test } from "vitest";
import {
  FIRST_READ_SECONDS,
  LATENCY_SECONDS,
  modelTime,
  READ_SECONDS_PER_CELL,
  readSeconds,
} from "../../scripts/bench/latency-model";
import { type CallRecord, kindOf } from "../emulator";

const call = (name: string): CallRecord => {
  const [service = "", method = ""] = name.split(".");
  return { service, method, kind: kindOf(service, method) };
};
const log = (...names: string[]) => names.map(call);

describe("modelTime", () => {
  test("consecutive writes are one round trip, ended by a read (which commits them first)", () => {
    const m = modelTime(
      log("Range.setValue", "Range.setValue", "Range.setValue", "Range.getValue", "Range.setValue"),
    );
    expect(m.trips.sheetsWriteRun).toBe(2);
    expect(m.trips.sheetsRead).toBe(1);
    // The read is the first of the span: priced at least as docs/design.md's first getValues.
    expect(m.seconds).toBeCloseTo(2 * LATENCY_SECONDS.sheetsWriteRun + FIRST_READ_SECONDS);
  });

  test("a flush is a round trip of its own and ends the write run", () => {
    const m = modelTime(log("Range.setValue", "SpreadsheetApp.flush", "Range.setValue"));
    expect(m.trips).toMatchObject({ sheetsWriteRun: 2, flush: 1, sheetsRead: 0 });
  });

  test("an email is its own round trip and does not end Sheets' write run", () => {
    const m = modelTime(log("Range.setValues", "MailApp.sendEmail", "Range.setValues"));
    expect(m.trips).toMatchObject({ sheetsWriteRun: 1, mailSend: 1 });
    expect(m.seconds).toBeCloseTo(LATENCY_SECONDS.sheetsWriteRun + LATENCY_SECONDS.mailSend);
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
    expect(m.seconds).toBeCloseTo(
      2 * LATENCY_SECONDS.lock + LATENCY_SECONDS.propertiesRead + LATENCY_SECONDS.propertiesWrite,
    );
  });
});

describe("a read's price grows with the cells it returns", () => {
  const read = (cells: number): CallRecord => ({ ...call("Range.getValues"), cells });

  test("the transcript's figures come back: 1 cell ≈ 0.09 s, 5,510 × 7 cells ≈ 0.594 s", () => {
    expect(readSeconds(1, false)).toBeCloseTo(0.087, 2);
    expect(readSeconds(5510 * 7, false)).toBeCloseTo(0.594, 2);
  });

  test("the first read of an execution costs at least 0.175 s, then each read its size", () => {
    const m = modelTime([read(8), read(8), read(200 * 1050)]);
    expect(m.trips.sheetsRead).toBe(3);
    expect(m.secondsByKind.sheetsRead).toBeCloseTo(
      FIRST_READ_SECONDS +
        (LATENCY_SECONDS.sheetsRead + 8 * READ_SECONDS_PER_CELL) +
        (LATENCY_SECONDS.sheetsRead + 200 * 1050 * READ_SECONDS_PER_CELL),
    );
  });

  test("one read of 1,000 tabs' cells costs far less than 1,000 reads of one tab each", () => {
    const tab = 131 * 8;
    const perTab = modelTime(Array.from({ length: 1000 }, () => read(tab))).seconds;
    const fewLarge = modelTime(Array.from({ length: 5 }, () => read(200 * tab))).seconds;
    expect(fewLarge).toBeLessThan(perTab / 5);
  });
});
