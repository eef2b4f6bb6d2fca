/**
 * The review ledger's ONE write path: every row a run writes goes through here, into the Review
 * log tab (the coordinator's audit trail) and into the record of what was sent in the document's
 * properties (which survives the tab being renamed, deleted, hidden or hand-edited). Reading
 * joins the two (ledgerWithRecord): a period is closed for a reviewer when either says it went.
 *
 * Durability: commit() stores the record, which the document's properties keep at once; a run
 * commits before every email, so an email is never sent without its "sending" state stored
 * first. The log is the coordinator's audit trail: its rows are flushed once, when the run
 * finishes, so an email costs two round trips (the record and the email), not four
 * (docs/performance.md "Reviews").
 */
import {
  type LedgerEntry,
  parseReviewLog,
  reviewLogNoteRow,
  reviewLogRow,
} from "../domain/review/ledger";
import {
  ledgerWithRecord,
  recordEntry,
  type SentRecord,
  sentRecordOf,
} from "../domain/review/sent-record";
import type { AddonTabs } from "../gas/addon-tabs";
import { openReviewLog, readReviewLogValues } from "../gas/review-log-tab";
import { readSentRecord, writeSentRecord } from "../gas/sent-record-store";
import type { Workbook } from "../gas/workbook";

export interface ReviewLedger {
  /** The log's entries joined with the record: what the run decides from. */
  entries: LedgerEntry[];
  /** Repairs and failures of the log, in coordinator words (also written in the log). */
  notes: string[];
  /** Writes entries as new rows; returns the row of the first (null when the log took none). */
  append(entries: readonly LedgerEntry[]): number | null;
  /** An entry's new state: its row rewritten in place (when it has one) and recorded. */
  update(row: number | null, entry: LedgerEntry): void;
  /** Makes what was written durable: the record stored. */
  commit(): void;
  /** At the end of a run: the record stored and the log's rows flushed. */
  finish(): void;
}

export const RECREATED_LOG_NOTE =
  "This Review log was made again: the previous one was deleted or changed by hand. What was sent before is kept by the add-on, so no reviewer is emailed a period twice.";

/** Opens the log (making or rebuilding it when needed) and the record, for a review run. */
export function openReviewLedger(workbook: Workbook, tabs: AddonTabs, now: Date): ReviewLedger {
  // The record as the run's properties snapshot holds it (read under the run's lock).
  const stored = readSentRecord(workbook.properties());
  const log = openReviewLog(workbook.spreadsheet, tabs);
  const logEntries = parseReviewLog(log.values, workbook.timeZone());
  const record: SentRecord = stored.found ? stored.record : sentRecordOf(logEntries);
  let chunks = stored.chunks;
  let dirty = !stored.found && logEntries.length > 0;
  const pendingNotes: string[] = [...log.notes];
  if (log.made && stored.found && stored.record.logSheetId !== null) {
    pendingNotes.push(RECREATED_LOG_NOTE);
  }
  if (record.logSheetId !== log.sheetId && log.sheetId !== null) {
    record.logSheetId = log.sheetId;
    dirty = true;
  }
  const notes = log.notes;
  for (const n of pendingNotes) if (!notes.includes(n)) notes.push(n);
  const noteRows = () => pendingNotes.splice(0).map((n) => reviewLogNoteRow(now, n));

  return {
    entries: ledgerWithRecord(logEntries, record),
    notes,
    append(entries) {
      for (const e of entries) recordEntry(record, e);
      if (entries.length > 0) dirty = true;
      const before = noteRows();
      const first = log.append([...before, ...entries.map(reviewLogRow)]);
      return first === null || entries.length === 0 ? null : first + before.length;
    },
    update(row, entry) {
      recordEntry(record, entry);
      dirty = true;
      if (row !== null) log.update(row, reviewLogRow(entry));
    },
    commit() {
      if (dirty) {
        chunks = writeSentRecord(record, chunks);
        dirty = false;
      }
    },
    finish() {
      if (pendingNotes.length > 0) log.append(noteRows());
      this.commit();
      // A write the log refuses (deleted mid-run) shows here, inside the log's own guard.
      log.commit();
    },
  };
}

/** The ledger as a run would see it, without making or changing anything (sidebar, preview). */
export function readReviewLedger(workbook: Workbook, tabs: AddonTabs): LedgerEntry[] {
  const logEntries = parseReviewLog(readReviewLogValues(tabs), workbook.timeZone());
  const stored = readSentRecord(workbook.properties());
  return stored.found ? ledgerWithRecord(logEntries, stored.record) : logEntries;
}
