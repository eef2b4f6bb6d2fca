/**
 * The Review log tab: the audit trail of every review email and nudge, and the ledger that
 * decides what may still be sent. One row per email attempt:
 *
 *   Time | Period | Kind | Recipient | Pairs | Status | Reason | Plan ids | Completion | Run
 *
 * How a run uses it (under the document lock, so no two runs plan at once):
 *  1. read the whole tab, parseReviewLog, plan (review-run.ts);
 *  2. append the deferred and skipped rows;
 *  3. per email: append a "sending" row and flush, then MailApp.sendEmail, then update that row
 *     to "sent" (or "failed" with the error). Intent is logged before sending.
 * A "sending" row found by a later run means a run died between sending and logging: the email
 * may or may not have gone. It is treated as possibly sent and never resent automatically
 * ("never doubled" wins over "never lost"); its reason is set to UNKNOWN_OUTCOME_REASON so the
 * coordinator checks the mailbox. Deferred and failed rows are retried as the same period.
 */
import { dayKey } from "../sheet/calendar";
import { cellText } from "../sheet/cell-reading";
import { isDate } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import { periodOfDay } from "./period";

export const REVIEW_LOG_SHEET_NAME = "Review log";

export const REVIEW_LOG_HEADER = [
  "Time",
  "Period",
  "Kind",
  "Recipient",
  "Pairs",
  "Status",
  "Reason",
  "Plan ids",
  "Completion",
  "Run",
] as const;

const COL = {
  time: 0,
  period: 1,
  kind: 2,
  recipient: 3,
  pairs: 4,
  status: 5,
  reason: 6,
  planIds: 7,
  completion: 8,
  run: 9,
} as const;

const LEDGER_KINDS = ["review", "nudge"] as const;
type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * sending: intent logged, outcome unknown until updated · sent · deferred: not attempted (quota),
 * retried next run · failed: the send threw, retried next run · skipped: will not be sent (a pair
 * without a valid reviewer, or a retry given up), kept for the audit trail.
 */
const LEDGER_STATUSES = ["sending", "sent", "deferred", "failed", "skipped"] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

export const QUOTA_REASON = "daily mail quota exhausted";
export const UNKNOWN_OUTCOME_REASON =
  "unknown — check the mailbox: the run stopped between sending and logging, so this email is not resent";

export interface LedgerEntry {
  /** 1-based sheet row when read from the tab (rows are updated in place: sending → sent). */
  row: number | null;
  time: Date | null;
  kind: LedgerKind;
  periodKey: string;
  /** Lower-case email; a nudge lists its recipients comma-separated. */
  recipient: string;
  planIds: string[];
  status: LedgerStatus;
  reason: string;
  /** Completion (0..1) per plan id as the email showed it: the base of "change since last review". */
  completion: Map<string, number>;
  /** When the run that wrote the row started: groups a run's rows. */
  run: Date | null;
}

const text = cellText;

function parseTime(v: unknown): Date | null {
  if (isDate(v)) return v;
  if (typeof v === "string" && v.trim() !== "") {
    const t = new Date(v.trim());
    return Number.isNaN(t.getTime()) ? null : t;
  }
  return null;
}

function parsePeriodKey(v: unknown, timeZone: string): string | null {
  // Sheets may have turned a typed date into a Date (midnight in the spreadsheet's zone).
  const day = isDate(v) ? dayKey(v, timeZone) : /\d{4}-\d{2}-\d{2}/.exec(text(v))?.[0];
  if (!day) return null;
  const check = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(check.getTime()) || check.toISOString().slice(0, 10) !== day) return null;
  return periodOfDay(day).key;
}

function parseCompletion(v: unknown): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of text(v).split(";")) {
    const m = /^\s*([^=\s]+)\s*=\s*(-?\d+(?:\.\d+)?)\s*%?\s*$/.exec(part);
    if (!m?.[1] || m[2] === undefined) continue;
    const pct = Number(m[2]);
    if (pct >= 0 && pct <= 100) out.set(m[1], pct / 100);
  }
  return out;
}

/**
 * Reads the Review log tab's values (getDataRange().getValues(), so index 0 is sheet row 1).
 * Tolerant: the header, blank rows and rows without a known status or a period are skipped, so a
 * hand-edited log never stops a run; rows keep their sheet row for updates in place.
 */
export function parseReviewLog(values: readonly unknown[][], timeZone: string): LedgerEntry[] {
  const out: LedgerEntry[] = [];
  values.forEach((cells, index) => {
    if (!Array.isArray(cells)) return;
    if (index === 0 && text(cells[COL.time]).toLowerCase() === "time") return;
    const status = text(cells[COL.status]).toLowerCase() as LedgerStatus;
    if (!LEDGER_STATUSES.includes(status)) return;
    const periodKey = parsePeriodKey(cells[COL.period], timeZone);
    if (!periodKey) return;
    const kindText = text(cells[COL.kind]).toLowerCase() || "review";
    if (!LEDGER_KINDS.includes(kindText as LedgerKind)) return;
    out.push({
      row: index + 1,
      time: parseTime(cells[COL.time]),
      kind: kindText as LedgerKind,
      periodKey,
      recipient: stripTextMark(text(cells[COL.recipient])).toLowerCase(),
      planIds: text(cells[COL.planIds])
        .split(/[,;\s]+/)
        .filter((id) => id !== ""),
      status,
      reason: stripTextMark(text(cells[COL.reason])),
      completion: parseCompletion(cells[COL.completion]),
      run: parseTime(cells[COL.run]),
    });
  });
  return out;
}

function stripTextMark(value: string): string {
  return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function completionCell(completion: ReadonlyMap<string, number>): string {
  return [...completion]
    .map(([id, c]) => `${id}=${Math.round(Math.min(1, Math.max(0, c)) * 1000) / 10}`)
    .join("; ");
}

/**
 * The row for an entry, in REVIEW_LOG_HEADER order. The period is written as
 * "2026-01-12 to 2026-01-25" so Sheets keeps it as text rather than turning it into a date.
 */
export function reviewLogRow(entry: LedgerEntry): (string | number | Date)[] {
  const period = periodOfDay(entry.periodKey);
  return [
    entry.time ?? "",
    `${period.start} to ${period.end}`,
    entry.kind,
    asLiteralText(entry.recipient),
    entry.planIds.length,
    entry.status,
    asLiteralText(entry.reason),
    entry.planIds.join(", "),
    completionCell(entry.completion),
    entry.run ?? "",
  ];
}

/**
 * What is wrong with the Review log's shape, from its values, or null: its first row must be
 * start with REVIEW_LOG_HEADER (columns deleted, inserted or moved by hand would make rows read
 * wrongly and row updates land in the wrong cells); columns added right of it do no harm.
 */
export function reviewLogShapeProblem(values: readonly unknown[][]): string | null {
  const header = (values[0] ?? []).map((v) => text(v));
  while (header.length > 0 && header[header.length - 1] === "") header.pop();
  if (header.length === 0) return "its header row is empty";
  if (header.length < REVIEW_LOG_HEADER.length) {
    return `it has ${header.length} of its ${REVIEW_LOG_HEADER.length} columns`;
  }
  const moved = REVIEW_LOG_HEADER.findIndex((h, i) => header[i] !== h);
  if (moved >= 0) return `its column "${REVIEW_LOG_HEADER[moved]}" is missing or moved`;
  return null;
}

/** A row that is not an email: what the add-on repaired, said in the log. */
export function reviewLogNoteRow(time: Date, note: string): (string | Date)[] {
  return [time, "", "note", "", "", "", asLiteralText(note), "", "", ""];
}

/** The newest period any review row belongs to: the last period a run has started. */
export function lastReviewPeriodKey(ledger: readonly LedgerEntry[]): string | null {
  let last: string | null = null;
  for (const e of ledger) {
    if (e.kind === "review" && (last === null || e.periodKey > last)) last = e.periodKey;
  }
  return last;
}

/**
 * The newest period any row (a digest or a nudge) belongs to. A period is never sent after a
 * newer one: when the clock or the spreadsheet's time zone moves back, "now" can fall in an
 * older period than one already started, and runs keep to the newest instead.
 */
export function newestPeriodKey(ledger: readonly LedgerEntry[]): string | null {
  let newest: string | null = null;
  for (const e of ledger) if (newest === null || e.periodKey > newest) newest = e.periodKey;
  return newest;
}

/** The later of two period keys (keys sort as strings). */
export const laterPeriod = (a: string, b: string | null): string => (b !== null && b > a ? b : a);

/**
 * The completion each pair had in the last digest this reviewer was sent before `periodKey`:
 * the base of "change since the last review". Empty before the first digest.
 */
export function previousCompletion(
  ledger: readonly LedgerEntry[],
  reviewerEmail: string,
  periodKey: string,
): Map<string, number> {
  const who = reviewerEmail.trim().toLowerCase();
  let best: LedgerEntry | null = null;
  for (const e of ledger) {
    if (e.kind !== "review" || e.status !== "sent" || e.recipient !== who) continue;
    if (e.periodKey >= periodKey) continue;
    if (!best || e.periodKey >= best.periodKey) best = e;
  }
  return new Map(best?.completion ?? []);
}

interface ReviewRunRecord {
  ranAt: Date;
  periodKey: string;
  sent: number;
  deferred: number;
  failed: number;
  skipped: number;
  /** Emails whose outcome is unknown (a "sending" row left by a run that died). */
  unknown: number;
}

/** What the last run that wrote review rows did: for the sidebar's "last review". */
export function lastReviewRun(ledger: readonly LedgerEntry[]): ReviewRunRecord | null {
  const reviews = ledger.filter((e) => e.kind === "review" && (e.run ?? e.time) !== null);
  const runTime = (e: LedgerEntry) => (e.run ?? e.time)?.getTime() ?? 0;
  const latest = Math.max(...reviews.map(runTime));
  const rows = reviews.filter((e) => runTime(e) === latest);
  if (rows.length === 0) return null;
  const count = (s: LedgerStatus) => rows.filter((e) => e.status === s).length;
  return {
    ranAt: new Date(latest),
    periodKey: lastReviewPeriodKey(rows) ?? "",
    sent: count("sent"),
    deferred: count("deferred"),
    failed: count("failed"),
    skipped: count("skipped"),
    unknown: count("sending"),
  };
}
