/**
 * Modeled Apps Script time: the emulator's log of calls, cut into round trips to Google's
 * servers, each priced with a published per-call measurement (docs/design.md "How performance is
 * counted"). JavaScript time inside the script is taken as free.
 *
 * Round trips are cut as the Apps Script team describes Sheets' caches: writes are queued in a
 * write cache and every read first commits them ("Optimizing Spreadsheet Operations",
 * http://googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html), so
 *   - each Sheets read is one round trip and ends the queued writes before it;
 *   - each SpreadsheetApp.flush is one round trip and ends them too;
 *   - a run of consecutive Sheets writes is one round trip (its first write pays, the queued
 *     ones after it are near 0 s);
 *   - each call to another service (MailApp, PropertiesService, LockService, ScriptApp, Session,
 *     Ui) is its own round trip and does not touch Sheets' write cache.
 * This is the emulator's own round-trip rule (test/emulator/runtime/call-counter.ts) except that a
 * MailApp.sendEmail, which the emulator files with the writes, is priced as its own trip here:
 * an email does not ride in Sheets' write cache.
 */
import type { CallRecord } from "../../test/emulator";

/** Seconds per round trip, with where each figure comes from. */
export const LATENCY_SECONDS = {
  /**
   * A Sheets read that returns no cells or few (getValue, getLastRow, a metadata search…):
   * 0.087 s, the mean of `Range.getValue() [0.091 s]` and `Sheet.getLastRow() [0.083 s]` in a
   * published Apps Script execution transcript (the README of a public "Linebot-GAS" mask-query
   * project on GitHub, 2020-02-08). A read that returns cells adds READ_SECONDS_PER_CELL for each;
   * the first read of an execution costs at least FIRST_READ_SECONDS.
   */
  sheetsRead: 0.087,
  /**
   * A run of queued Sheets writes: 0.06 s. An execution log published by Bruce Mcpherson shows
   * the first Range.setBackground at 0.058 s and the 15 format calls queued after it at 0 to
   * 0.001 s each (https://ramblings.mcpher.com/gassnippets2/optimizing-sheet-formatting-with-apps-script/).
   */
  sheetsWriteRun: 0.06,
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
   * figure found; priced as a write run.
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
   * plus margin (conservative).
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
   * found; 0.1 s assumed (conservative: above the measured properties calls).
   */
  lock: 0.1,
  /** ScriptApp trigger calls, Session's getEmail, Ui: no published figure found; 0.1 s assumed. */
  other: 0.1,
} as const;

/**
 * Each cell a read returns: 13.1 µs. The same transcript shows `Range.getValues()` of
 * 5,510 × 7 = 38,570 cells at 0.594 s: (0.594 − 0.087) s / 38,570 ≈ 13.1 µs. So reading the
 * program in a few large reads is not free: its price grows with the cells read.
 */
export const READ_SECONDS_PER_CELL = 13.1e-6;

/**
 * The first Sheets read of an execution: at least 0.175 s, the first getValues of the published
 * execution logs quoted in docs/design.md "How performance is counted" (Sheets opens the document).
 */
export const FIRST_READ_SECONDS = 0.175;

/** A Sheets read's modeled seconds: a base, plus the cells it returned; the first at least 0.175 s. */
export function readSeconds(cells: number, first: boolean): number {
  const seconds = LATENCY_SECONDS.sheetsRead + READ_SECONDS_PER_CELL * cells;
  return first ? Math.max(FIRST_READ_SECONDS, seconds) : seconds;
}

export type TripKind = keyof typeof LATENCY_SECONDS;

export interface ModeledTime {
  seconds: number;
  /** Round trips by kind, as this model cuts them. */
  trips: Record<TripKind, number>;
  /** Seconds by kind. */
  secondsByKind: Record<TripKind, number>;
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

/** Cuts a span of calls into round trips and prices them. */
export function modelTime(records: readonly CallRecord[]): ModeledTime {
  const trips = emptyTrips();
  const secondsByKind = emptyTrips();
  let inWriteRun = false;
  for (const r of records) {
    if (r.kind === "local") continue;
    const trip = serviceTrip(r);
    if (trip) {
      trips[trip]++;
    } else if (r.service === "SpreadsheetApp" && r.method === "flush") {
      trips.flush++;
      inWriteRun = false;
    } else if (r.kind === "read") {
      secondsByKind.sheetsRead += readSeconds(r.cells ?? 0, trips.sheetsRead === 0);
      trips.sheetsRead++;
      inWriteRun = false;
    } else if (r.kind === "write") {
      if (!inWriteRun) trips.sheetsWriteRun++;
      inWriteRun = true;
    } else {
      trips.sheetsOther++;
    }
  }
  let seconds = 0;
  for (const kind of Object.keys(trips) as TripKind[]) {
    // Reads are priced one by one above (their size matters); the rest by count.
    if (kind !== "sheetsRead") secondsByKind[kind] = trips[kind] * LATENCY_SECONDS[kind];
    seconds += secondsByKind[kind];
  }
  return { seconds, trips, secondsByKind };
}

/** Apps Script's limit per execution (https://developers.google.com/apps-script/guides/services/quotas). */
export const EXECUTION_LIMIT_SECONDS = 6 * 60;
