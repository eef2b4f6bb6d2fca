import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";
import { type CallRecord, roundTripsOf } from "./call-counter";
import { kindOf } from "./call-kinds";

const rec = (service: string, method: string): CallRecord => ({
  service,
  method,
  kind: kindOf(service, method),
});

describe("call classification", () => {
  test("handles and builders are local; reads, writes and other calls are counted", () => {
    expect(kindOf("SpreadsheetApp", "getActiveSpreadsheet")).toBe("local");
    expect(kindOf("Sheet", "getRange")).toBe("local");
    expect(kindOf("DataValidationBuilder", "requireValueInList")).toBe("local");
    expect(kindOf("ClockTriggerBuilder", "everyWeeks")).toBe("local");
    expect(kindOf("ClockTriggerBuilder", "create")).toBe("write");
    expect(kindOf("Range", "getValues")).toBe("read");
    expect(kindOf("Spreadsheet", "getSheetByName")).toBe("read");
    expect(kindOf("Range", "setValues")).toBe("write");
    expect(kindOf("MailApp", "sendEmail")).toBe("write");
    expect(kindOf("SpreadsheetApp", "flush")).toBe("other");
    expect(kindOf("Lock", "waitLock")).toBe("other");
    expect(kindOf("User", "getEmail")).toBe("other");
  });
});

describe("round trips (docs/design.md 'How performance is counted')", () => {
  test("each read is one; a run of writes is one, ended by a read or a flush", () => {
    const w = rec("Range", "setValues");
    const r = rec("Range", "getValues");
    const f = rec("SpreadsheetApp", "flush");
    const local = rec("Sheet", "getRange");
    const lock = rec("Lock", "tryLock");
    expect(roundTripsOf([w, w, w])).toBe(1);
    expect(roundTripsOf([w, local, w])).toBe(1);
    expect(roundTripsOf([w, r, w])).toBe(3);
    expect(roundTripsOf([w, f, w])).toBe(3);
    expect(roundTripsOf([w, lock, w])).toBe(2);
    expect(roundTripsOf([r, r, local])).toBe(2);
    expect(roundTripsOf([])).toBe(0);
  });

  test("a write that hands back a server object (a new tab, a protection) is a trip of its own", () => {
    const w = rec("Range", "setValues");
    const insert = rec("Spreadsheet", "insertSheet");
    const protect = rec("Sheet", "protect");
    // The script waits for the new tab before it can write to it: the queued write before it
    // and the one after it are two runs, and the insert a third trip.
    expect(roundTripsOf([w, insert, w])).toBe(3);
    expect(roundTripsOf([insert, protect])).toBe(2);
    expect(roundTripsOf([w, w, protect, w, w])).toBe(3);
  });

  test("an email, a property or a trigger is a trip of its own: only spreadsheet writes are cached", () => {
    // https://developers.google.com/apps-script/guides/support/best-practices: the write cache
    // is the Spreadsheet service's; MailApp and PropertiesService answer each call themselves.
    const w = rec("Range", "setValues");
    const mail = rec("MailApp", "sendEmail");
    const property = rec("Properties", "setProperties");
    const trigger = rec("ClockTriggerBuilder", "create");
    expect(roundTripsOf([mail, mail, mail])).toBe(3);
    expect(roundTripsOf([property, mail, trigger])).toBe(3);
    // They do not commit the spreadsheet's queued writes: the two setValues stay one run.
    expect(roundTripsOf([w, mail, w])).toBe(2);
    expect(roundTripsOf([w, property, w, mail])).toBe(3);
  });

  test("interleaving reads and writes per cell costs a round trip per call; batching costs two", () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    const naive = env.calls.measure(() => {
      for (let row = 1; row <= 10; row++) {
        const cell = sheet.getRange(row, 1);
        cell.setValue(Number(cell.getValue()) + 1);
      }
    });
    expect(naive.calls).toBe(20);
    expect(naive.roundTrips).toBe(20);
    const batched = env.calls.measure(() => {
      const range = sheet.getRange(1, 1, 10, 1);
      range.setValues(range.getValues().map(([v]) => [Number(v) + 1]));
    });
    expect(batched).toMatchObject({
      calls: 2,
      roundTrips: 2,
      byMethod: { "Range.getValues": 1, "Range.setValues": 1 },
    });
    expect(batched.byKind).toEqual({ read: 1, write: 1, other: 0, local: 1 });
  });

  test("total, byMethod, byKind and reset cover everything counted since the last reset", () => {
    const env = createEnvironment();
    const ss = env.globals.SpreadsheetApp.getActive();
    ss.getSheets();
    ss.insertSheet("A").getRange("A1").setValue(1);
    env.globals.SpreadsheetApp.flush();
    expect(env.calls.total()).toBe(4);
    expect(env.calls.byMethod()).toEqual({
      "Spreadsheet.getSheets": 1,
      "Spreadsheet.insertSheet": 1,
      "Range.setValue": 1,
      "SpreadsheetApp.flush": 1,
    });
    expect(env.calls.localByMethod()).toMatchObject({
      "SpreadsheetApp.getActive": 1,
      "Sheet.getRange": 1,
    });
    // getSheets, insertSheet (a new tab is a trip of its own), the setValue, the flush.
    expect(env.calls.roundTrips()).toBe(4);
    expect(env.calls.log.at(-1)).toEqual({
      service: "SpreadsheetApp",
      method: "flush",
      kind: "other",
    });
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
    expect(env.calls.log).toEqual([]);
  });

  test("what a test inspects or edits as a user is not counted", () => {
    const env = createEnvironment();
    env.userInsertSheet("Plan");
    env.userEdit("Plan", "A1", "x");
    env.inspect.sheetValues("Plan");
    expect(env.calls.log).toEqual([]);
  });
});

describe("reads of cell contents carry their size", () => {
  test("getValues records the cells it returned; other calls record none", () => {
    const env = createEnvironment();
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    env.calls.reset();
    sheet.getRange(1, 1, 20, 8).getValues();
    sheet.getRange("B2").getValue();
    sheet.getSheetValues(1, 1, 3, 2);
    sheet.getRange(1, 1, 5, 5).getFormulas();
    sheet.getLastRow();
    sheet.getRange("A1").setValue("x");
    const counted = env.calls.log.filter((r) => r.kind !== "local");
    expect(counted.map((r) => [r.method, r.cells])).toEqual([
      ["getValues", 160],
      ["getValue", 1],
      ["getSheetValues", 6],
      ["getFormulas", 25],
      ["getLastRow", undefined],
      ["setValue", undefined],
    ]);
  });
});
