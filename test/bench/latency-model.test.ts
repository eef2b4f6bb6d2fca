/** The benchmark's time model cuts a log of calls into round trips as DESIGN.md describes. */
import { describe, expect, test } from "vitest";
import { LATENCY_SECONDS, modelTime } from "../../scripts/bench/latency-model";
import type { CallRecord } from "../emulator";
import { kindOf } from "../emulator/call-kinds";

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
    expect(m.seconds).toBeCloseTo(2 * LATENCY_SECONDS.sheetsWriteRun + LATENCY_SECONDS.sheetsRead);
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
