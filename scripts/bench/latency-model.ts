/**
 * Modelled Apps Script time: the emulator's log of calls, cut into round trips to Google's
 * servers, each priced with a published per-call measurement where one exists and a stated guess
 * where none does (docs/performance.md "The latency model"). JavaScript inside the script is free.
 * Every figure is a range: reads are priced at both published per-cell costs, and the result
 * says so (low – high).
 *
 * Round trips are cut as the Apps Script team describes Sheets' caches: writes are queued in a
 * write cache and every read first commits them ("Optimizing Spreadsheet Operations",
 * http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html), so
 *   - each Sheets read is one round trip and ends the queued writes before it;
 *   - each SpreadsheetApp.flush is one round trip and ends them too;
 *   - a call that hands back a new server object (insertSheet, protect…) is one round trip of
 *     its own: the script cannot go on until the server has made it;
 *   - a run of other consecutive Sheets writes is one round trip (its first write pays, the
 *     queued ones after it are near 0 s);
 *   - each call to another service (MailApp, PropertiesService, LockService, ScriptApp, Session,
 *     Ui) is its own round trip and does not touch Sheets' write cache;
 *   - each execution starts once (the project loaded, the bundle compiled and run).
 * This is the emulator's own round-trip rule (test/emulator/runtime/call-counter.ts) except that a
 * MailApp.sendEmail, which the emulator files with the writes, is priced as its own trip here:
 * an email does not ride in Sheets' write cache.
 */
import { type CallRecord, returnsServerObject } from "../../test/emulator";

/** Seconds per round trip, with where each figure comes from. */
export const LATENCY_SECONDS = {
  /**
   * A Sheets read that returns no cells or few (getValue, getLastRow, a metadata search…):
   * 0.087 s, the mean of `Range.getValue() [0.091 s]` and `Sheet.getLastRow() [0.083 s]` in a
   * published Apps Script execution transcript (the README of a public "Linebot-GAS" mask-query
   * project on GitHub, 2020-02-08). A read that returns cells adds READ_SECONDS_PER_CELL for each.
   * (An earlier model priced the first read of an execution at 0.175 s or more; no published
   * source for that floor was found, so it is gone.)
   */
  sheetsRead: 0.087,
  /**
   * A run of queued Sheets writes: 0.06 s. An execution log published by Bruce Mcpherson shows
   * the first Range.setBackground at 0.058 s and the 15 format calls queued after it at 0 to
   * 0.001 s each (https://ramblings.mcpher.com/gassnippets2/optimizing-sheet-formatting-with-apps-script/).
   */
  sheetsWriteRun: 0.06,
  /**
   * A call that makes a server object and hands it back (Spreadsheet.insertSheet, with or without
   * a template; Sheet/Range.protect; Sheet.copyTo): 0.3 s. A GUESS: no published per-call figure
   * was found. A new tab is a structural change of the document (heavier than a write run; a
   * template copy carries every format, rule and validation of its source), so it is put at five
   * write runs.
   */
  sheetsObject: 0.3,
  /**
   * SpreadsheetApp.flush: 0.03 s. Mogsdad's measurement ("What is faster: ScriptDb or
   * SpreadsheetApp?", Stack Overflow, mirrored at
   * https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp):
   * writing 400 rows one by one took 164 ms, and almost 12 s with a flush after each row, so
   * (12 − 0.164) s / 400 ≈ 30 ms per flush. (The same test put one flush after a single
   * 4,000-cell setValues at 610 − 50 = 560 ms: large pending writes cost more to commit.)
   */
  flush: 0.03,
  /**
   * Other Sheets calls that are neither reads nor writes (toast, activate): no published
   * figure found; priced as a write run (a guess).
   */
  sheetsOther: 0.06,
  /**
   * MailApp.sendEmail: 1.2 s. The Small Outbox add-on's FAQ reports "an email with total size of
   * 100KB will take about 1.2 seconds to send"
   * (https://sites.google.com/quickfixters.com/add-onsuniverse/faq). Our digests are capped at
   * 100 KB (src/domain/review/digest.ts) and are usually far smaller, so this is an upper figure.
   */
  mailSend: 1.2,
  /**
   * MailApp.getRemainingDailyQuota: no published figure found; priced like a properties read
   * plus margin (a guess).
   */
  mailQuota: 0.05,
  /**
   * PropertiesService reads and writes: 0.030 s and 0.062 s, the averages of 100 runs of
   * getProperty and setProperty measured by Luis Peralta
   * (https://ziritione.org/post/apps_script_performance); Justin Poehnelt measured about 80 ms
   * for a write plus a read (https://justin.poehnelt.com/posts/apps-script-key-value-stores).
   */
  propertiesRead: 0.03,
  propertiesWrite: 0.062,
  /**
   * LockService tryLock / waitLock / releaseLock, uncontended: no published per-call figure
   * found; 0.1 s assumed (a guess, above the measured properties calls).
   */
  lock: 0.1,
  /** ScriptApp trigger calls, Session's getEmail, Ui: no published figure found; 0.1 s (a guess). */
  other: 0.1,
  /**
   * Starting an execution (a menu click, a google.script.run call, a trigger): 0.5 s. A GUESS:
   * no published figure separates it from the calls that follow. It is what a second execution
   * costs (the sidebar's first paint once needed two) and is charged once per execution.
   */
  executionStart: 0.5,
} as const;

/**
 * Each cell a read returns, two published ends:
 * - low, 13.1 µs: the Linebot-GAS transcript above shows `Range.getValues()` of
 *   5,510 × 7 = 38,570 cells at 0.594 s: (0.594 − 0.087) s / 38,570 ≈ 13.1 µs;
 * - high, 31 µs: the second published measurement the performance review quoted. Its page was
 *   not found again when this model was written, so treat the high end as unverified.
 * Reading the program in a few large reads is therefore not free: its price grows with cells.
 */
export const READ_SECONDS_PER_CELL = { low: 13.1e-6, high: 31e-6 } as const;

/**
 * A response's size is its text more than its cell count: a read is priced as at least one cell
 * per CHARS_PER_CELL characters of text it returns. A GUESS at the transcript's cells (pharmacy
 * names, addresses, phone numbers, counts): about 12 characters each. So the program feed's one
 * text cell per plan (about 10,000 characters) is priced like the ~830 cells it stands for.
 */
export const CHARS_PER_CELL = 12;

/** Cells a read is priced as: its cells, or its text in cells of CHARS_PER_CELL, if more. */
export function pricedCells(r: Pick<CallRecord, "cells" | "chars">): number {
  return Math.max(r.cells ?? 0, Math.ceil((r.chars ?? 0) / CHARS_PER_CELL));
}

export interface SecondsRange {
  low: number;
  high: number;
}

/** A Sheets read's modelled seconds at one end: a base, plus the cells it returned. */
export function readSeconds(cells: number, end: keyof SecondsRange = "low"): number {
  return LATENCY_SECONDS.sheetsRead + READ_SECONDS_PER_CELL[end] * cells;
}

export type TripKind = keyof typeof LATENCY_SECONDS;

export interface ModeledTime {
  seconds: SecondsRange;
  /** Round trips by kind, as this model cuts them (executionStart counts executions). */
  trips: Record<TripKind, number>;
  /** Seconds by kind at the low end (reads differ at the high end only). */
  secondsByKind: Record<TripKind, number>;
  /** Cells returned by reads, as priced (pricedCells). */
  cellsRead: number;
}

/** Services whose calls go through Sheets' read and write caches. */
const SHEETS_SERVICES = new Set([
  "SpreadsheetApp",
  "Spreadsheet",
  "Sheet",
  "Range",
  "RangeList",
  "Protection",
  "DeveloperMetadataFinder",
  "DeveloperMetadata",
  "DeveloperMetadataLocation",
]);

function emptyTrips(): Record<TripKind, number> {
  return Object.fromEntries(Object.keys(LATENCY_SECONDS).map((k) => [k, 0])) as Record<
    TripKind,
    number
  >;
}

/** The kind of round trip a non-Sheets call is, or null when it is a Sheets call or local. */
function serviceTrip(r: CallRecord): TripKind | null {
  switch (r.service) {
    case "MailApp":
      return r.method === "sendEmail" ? "mailSend" : "mailQuota";
    case "Properties":
    case "PropertiesService":
      return r.kind === "read" ? "propertiesRead" : "propertiesWrite";
    case "Lock":
    case "LockService":
      return "lock";
    default:
      return SHEETS_SERVICES.has(r.service) ? null : "other";
  }
}

/** Cuts a span of calls made in `executions` executions into round trips and prices them. */
export function modelTime(records: readonly CallRecord[], executions = 1): ModeledTime {
  const trips = emptyTrips();
  const secondsByKind = emptyTrips();
  trips.executionStart = executions;
  let inWriteRun = false;
  let cellsRead = 0;
  for (const r of records) {
    if (r.kind === "local") continue;
    const trip = serviceTrip(r);
    if (trip) {
      trips[trip]++;
    } else if (r.service === "SpreadsheetApp" && r.method === "flush") {
      trips.flush++;
      inWriteRun = false;
    } else if (returnsServerObject(r)) {
      trips.sheetsObject++;
      inWriteRun = false;
    } else if (r.kind === "read") {
      cellsRead += pricedCells(r);
      trips.sheetsRead++;
      inWriteRun = false;
    } else if (r.kind === "write") {
      if (!inWriteRun) trips.sheetsWriteRun++;
      inWriteRun = true;
    } else {
      trips.sheetsOther++;
    }
  }
  let fixed = 0;
  for (const kind of Object.keys(trips) as TripKind[]) {
    if (kind === "sheetsRead") continue;
    secondsByKind[kind] = trips[kind] * LATENCY_SECONDS[kind];
    fixed += secondsByKind[kind];
  }
  const reads = trips.sheetsRead * LATENCY_SECONDS.sheetsRead;
  secondsByKind.sheetsRead = reads + cellsRead * READ_SECONDS_PER_CELL.low;
  return {
    seconds: {
      low: fixed + secondsByKind.sheetsRead,
      high: fixed + reads + cellsRead * READ_SECONDS_PER_CELL.high,
    },
    trips,
    secondsByKind,
    cellsRead,
  };
}

/** Apps Script's limit per execution (https://developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_SECONDS = 6 * 60;
