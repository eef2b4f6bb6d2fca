/**
 * What was sent, kept apart from the Review log tab: a compact record in the document's
 * properties, so renaming, deleting, hiding or hand-editing the log never makes the add-on send
 * a period twice or forget a deferred email.
 *
 * For each reviewer (and each plan's nudge) the record keeps the state of the newest periods:
 * sent, sending (possibly sent), deferred, failed (with the count) or skipped. The run's ledger
 * is the log's rows joined with the record (ledgerWithRecord): a key is closed when either says
 * it was sent, so the record can only hold back an email, never resend one.
 *
 * Serialized as JSON (parsed with zod on the way in) of short strings: "54s 53d" is period 54
 * (PERIOD_DAYS-day periods since PERIOD_EPOCH) sent and period 53 deferred. Document
 * properties hold at most 9 KB a value and 500 KB in all
 * (https://developers.google.com/apps-script/guides/services/quotas): sentRecordChunks splits
 * the JSON over several values, and pruneSentRecord keeps it within RECORD_BUDGET_BYTES.
 */
import { addDays, daysBetween } from "../sheet/calendar";
import * as z from "../sidebar-contract/zod";
import type { LedgerEntry, LedgerStatus } from "./ledger";
import { PERIOD_DAYS, PERIOD_EPOCH } from "./period";
import { isValidEmail } from "./reviewers";

export interface RecordState {
  status: LedgerStatus;
  /** Failed sends for the key so far (retries stop at MAX_FAILED_ATTEMPTS). */
  failures: number;
}

/** Period key → state. */
export type RecordPeriods = Map<string, RecordState>;

export interface SentRecord {
  /** Reviewer email → their digests' states. */
  reviews: Map<string, RecordPeriods>;
  /** Plan id → its nudges' states. */
  nudges: Map<string, RecordPeriods>;
  /** The sheet id of the Review log the record was last written with (null: none yet). */
  logSheetId: number | null;
}

export const emptySentRecord = (): SentRecord => ({
  reviews: new Map(),
  nudges: new Map(),
  logSheetId: null,
});

/** Periods kept per key, counted back from the newest period in the record. */
export const RECORD_PERIODS_KEPT = 3;
/** The record's size at most (of the 500 KB store, shared with settings and other features). */
export const RECORD_BUDGET_BYTES = 300 * 1024;
/** One property value at most: 9 KB, less room for the key. */
export const RECORD_CHUNK_BYTES = 8 * 1024;

const CODES: Record<LedgerStatus, string> = {
  sent: "s",
  sending: "u",
  deferred: "d",
  failed: "f",
  skipped: "k",
};
const STATUS_OF_CODE = new Map(Object.entries(CODES).map(([s, c]) => [c, s as LedgerStatus]));

const periodIndex = (key: string) => Math.floor(daysBetween(PERIOD_EPOCH, key) / PERIOD_DAYS);
const periodKeyOf = (index: number) => addDays(PERIOD_EPOCH, index * PERIOD_DAYS);

const ENTRY = /^(-?\d{1,5})([sudfk])(\d{0,2})$/;

function encodePeriods(periods: RecordPeriods): string {
  return [...periods]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([key, s]) => `${periodIndex(key)}${CODES[s.status]}${s.failures > 0 ? s.failures : ""}`)
    .join(" ");
}

function decodePeriods(text: string): RecordPeriods {
  const periods: RecordPeriods = new Map();
  for (const part of text.split(" ")) {
    const m = ENTRY.exec(part);
    const status = m ? STATUS_OF_CODE.get(m[2] ?? "") : undefined;
    if (!m || !status) continue;
    periods.set(periodKeyOf(Number(m[1])), { status, failures: Number(m[3] || 0) });
  }
  return periods;
}

/** Built on first parse, like every schema (sidebar-contract/schemas.ts). */
const serializedSchema = z.lazy(() =>
  z.object({
    v: z.literal(1),
    r: z._default(z.record(z.string(), z.string()), {}),
    n: z._default(z.record(z.string(), z.string()), {}),
    l: z._default(z.nullable(z.number().check(z.int())), null),
  }),
);

export function serializeSentRecord(record: SentRecord): string {
  const side = (m: Map<string, RecordPeriods>) =>
    Object.fromEntries([...m].filter(([, p]) => p.size > 0).map(([k, p]) => [k, encodePeriods(p)]));
  return JSON.stringify({
    v: 1,
    r: side(record.reviews),
    n: side(record.nudges),
    l: record.logSheetId,
  });
}

/** The record from its JSON; an unreadable record reads as empty (the log still holds the past). */
export function parseSentRecord(json: string | null): SentRecord {
  if (!json) return emptySentRecord();
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return emptySentRecord();
  }
  const parsed = serializedSchema.safeParse(raw);
  if (!parsed.success) return emptySentRecord();
  const side = (o: Record<string, string>) =>
    new Map(Object.entries(o).map(([k, text]) => [k, decodePeriods(text)]));
  return {
    reviews: side(parsed.data.r),
    nudges: side(parsed.data.n),
    logSheetId: parsed.data.l,
  };
}

/** Where a ledger entry's state is kept: reviews by recipient, nudges by plan id. */
function slotOf(
  record: SentRecord,
  entry: LedgerEntry,
): { side: Map<string, RecordPeriods>; key: string } | null {
  if (entry.kind === "nudge") {
    const planId = entry.planIds[0];
    return planId ? { side: record.nudges, key: planId } : null;
  }
  // Problem rows (a pair without a valid reviewer) name no one who could be emailed.
  return isValidEmail(entry.recipient) ? { side: record.reviews, key: entry.recipient } : null;
}

/** Records what a log row says about an email (in the order rows are written). */
export function recordEntry(record: SentRecord, entry: LedgerEntry): void {
  const slot = slotOf(record, entry);
  if (!slot) return;
  let periods = slot.side.get(slot.key);
  if (!periods) {
    periods = new Map();
    slot.side.set(slot.key, periods);
  }
  const before = periods.get(entry.periodKey);
  // Sent stays sent whatever a later row says (never twice). "sending" is followed by the
  // send's outcome (sent or failed) or by a note on it (still sending).
  if (before?.status === "sent") return;
  periods.set(entry.periodKey, {
    status: entry.status,
    failures: (before?.failures ?? 0) + (entry.status === "failed" ? 1 : 0),
  });
}

const isClosed = (status: LedgerStatus) => status === "sent" || status === "sending";

function closedIn(ledger: readonly LedgerEntry[]): {
  closed: Set<string>;
  failures: Map<string, number>;
  known: Set<string>;
} {
  const closed = new Set<string>();
  const failures = new Map<string, number>();
  const known = new Set<string>();
  for (const e of ledger) {
    const ids = e.kind === "nudge" ? e.planIds : [e.recipient];
    for (const id of ids) {
      const key = `${e.kind}\u0000${id}\u0000${e.periodKey}`;
      known.add(key);
      if (isClosed(e.status)) closed.add(key);
      if (e.status === "failed") failures.set(key, (failures.get(key) ?? 0) + 1);
    }
  }
  return { closed, failures, known };
}

/**
 * The log's entries, followed by entries standing for what only the record knows: an email the
 * record has as sent (or possibly sent) that the log does not, failures the log lost, deferred or
 * skipped emails of a log that was deleted. Added entries have no row.
 */
export function ledgerWithRecord(log: readonly LedgerEntry[], record: SentRecord): LedgerEntry[] {
  const seen = closedIn(log);
  const added: LedgerEntry[] = [];
  const add = (kind: LedgerEntry["kind"], id: string, periodKey: string, state: RecordState) => {
    const key = `${kind}\u0000${id}\u0000${periodKey}`;
    if (seen.closed.has(key)) return;
    const entry = (status: LedgerStatus): LedgerEntry => ({
      row: null,
      time: null,
      kind,
      periodKey,
      recipient: kind === "review" ? id : "",
      planIds: kind === "nudge" ? [id] : [],
      status,
      reason: "",
      completion: new Map(),
      run: null,
    });
    for (let i = seen.failures.get(key) ?? 0; i < state.failures; i++) added.push(entry("failed"));
    if (isClosed(state.status) || state.status === "skipped" || !seen.known.has(key)) {
      if (state.status !== "failed") added.push(entry(state.status));
    }
  };
  for (const [email, periods] of record.reviews) {
    for (const [periodKey, state] of periods) add("review", email, periodKey, state);
  }
  for (const [planId, periods] of record.nudges) {
    for (const [periodKey, state] of periods) add("nudge", planId, periodKey, state);
  }
  return [...log, ...added];
}

/** The record made from a log alone (a log written before the record existed). */
export function sentRecordOf(log: readonly LedgerEntry[]): SentRecord {
  const record = emptySentRecord();
  for (const e of log) recordEntry(record, e);
  return record;
}

function newestIndex(record: SentRecord): number | null {
  let newest: number | null = null;
  for (const side of [record.reviews, record.nudges]) {
    for (const periods of side.values()) {
      for (const key of periods.keys()) {
        const i = periodIndex(key);
        if (newest === null || i > newest) newest = i;
      }
    }
  }
  return newest;
}

/** UTF-8 bytes of a code point (how the properties store counts its limits). */
const charBytes = (char: string) => {
  const cp = char.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
};

/** UTF-8 length without TextEncoder (absent from Apps Script). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const char of text) n += charBytes(char);
  return n;
}
const byteLength = utf8Length;

/**
 * Keeps the newest RECORD_PERIODS_KEPT periods of every key (fewer while the record is over
 * RECORD_BUDGET_BYTES), and drops keys left empty. Older periods are settled: a run never sends a
 * reviewer a period older than their newest (review-run.ts).
 */
export function pruneSentRecord(record: SentRecord, budget = RECORD_BUDGET_BYTES): SentRecord {
  const newest = newestIndex(record);
  if (newest === null) return record;
  for (let kept = RECORD_PERIODS_KEPT; kept >= 1; kept--) {
    const oldest = newest - kept + 1;
    for (const side of [record.reviews, record.nudges]) {
      for (const [id, periods] of side) {
        for (const key of [...periods.keys()]) if (periodIndex(key) < oldest) periods.delete(key);
        if (periods.size === 0) side.delete(id);
      }
    }
    if (byteLength(serializeSentRecord(record)) <= budget) return record;
  }
  // Still too big with one period each: drop nudges' keys first (a repeated reminder costs
  // less than a repeated digest), then reviewers', each key's bytes counted once.
  let size = byteLength(serializeSentRecord(record));
  for (const side of [record.nudges, record.reviews]) {
    for (const [id, periods] of [...side].sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (size <= budget) return record;
      // "id":"entries", and the comma between members.
      size -=
        byteLength(JSON.stringify(id)) + byteLength(JSON.stringify(encodePeriods(periods))) + 2;
      side.delete(id);
    }
  }
  return record;
}

/**
 * The JSON cut into pieces of at most RECORD_CHUNK_BYTES UTF-8 bytes each (never inside a
 * character), to be stored as consecutive property values and joined back in order.
 */
export function sentRecordChunks(json: string): string[] {
  const chunks: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of json) {
    const size = charBytes(char);
    if (bytes + size > RECORD_CHUNK_BYTES) {
      chunks.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  if (current !== "" || chunks.length === 0) chunks.push(current);
  return chunks;
}
