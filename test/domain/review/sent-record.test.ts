/**
 * The record of what was sent, kept in document properties: compact, parsed with zod, within
 * the 9 KB per value and 500 KB per store limits
 * (https://developers.google.com/apps-script/guides/services/quotas), and joined with the log so
 * it can only hold an email back, never send one twice.
 */
import { describe, expect, it } from "vitest";
import { type LedgerEntry, newestPeriodKey } from "../../../src/domain/review/ledger";
import { NEWER_PERIOD_SENT_REASON, planReviewRun } from "../../../src/domain/review/review-run";
import { reviewRunScope } from "../../../src/domain/review/review-schedule";
import {
  emptySentRecord,
  ledgerWithRecord,
  parseSentRecord,
  pruneSentRecord,
  RECORD_BUDGET_BYTES,
  RECORD_CHUNK_BYTES,
  recordEntry,
  sentRecordChunks,
  sentRecordOf,
  serializeSentRecord,
  utf8Length,
} from "../../../src/domain/review/sent-record";
import { summary } from "./fixtures";

const P1 = "2026-01-12";
const P2 = "2026-01-26";
const P3 = "2026-02-09";
const P4 = "2026-02-23";

function entry(over: Partial<LedgerEntry>): LedgerEntry {
  return {
    row: null,
    time: new Date("2026-01-12T09:00:00Z"),
    kind: "review",
    periodKey: P1,
    recipient: "rita@example.com",
    planIds: ["plan-1"],
    status: "sent",
    reason: "",
    completion: new Map(),
    run: new Date("2026-01-12T09:00:00Z"),
    ...over,
  };
}

describe("the record", () => {
  it("round-trips through its compact JSON", () => {
    const record = sentRecordOf([
      entry({ status: "sending" }),
      entry({ status: "sent" }),
      entry({ recipient: "sam@example.com", status: "deferred" }),
      entry({ recipient: "tom@example.com", status: "failed" }),
      entry({ recipient: "tom@example.com", status: "failed" }),
      entry({ kind: "nudge", recipient: "a@x.org, b@x.org", planIds: ["plan-9"], periodKey: P2 }),
      // A problem row (no valid reviewer) is not an email: not recorded.
      entry({ recipient: "not an email", status: "skipped" }),
    ]);
    record.logSheetId = 42;
    const json = serializeSentRecord(record);
    expect(json).toBe(
      '{"v":1,"r":{"rita@example.com":"53s","sam@example.com":"53d","tom@example.com":"53f2"},"n":{"plan-9":"54s"},"l":42}',
    );
    expect(parseSentRecord(json)).toEqual(record);
  });

  it("reads a damaged or foreign value as empty, and drops entries it cannot read", () => {
    expect(parseSentRecord("not json")).toEqual(emptySentRecord());
    expect(parseSentRecord('{"v":2}')).toEqual(emptySentRecord());
    expect(parseSentRecord('{"v":1,"r":{"a@b.co":5}}')).toEqual(emptySentRecord());
    const partly = parseSentRecord('{"v":1,"r":{"a@b.co":"53s 54x 55"}}');
    expect([...(partly.reviews.get("a@b.co")?.keys() ?? [])]).toEqual([P1]);
  });

  it("keeps sent as sent; a send's outcome follows its 'sending'", () => {
    const record = emptySentRecord();
    recordEntry(record, entry({ status: "sending" }));
    recordEntry(record, entry({ status: "failed" }));
    expect(record.reviews.get("rita@example.com")?.get(P1)).toEqual({
      status: "failed",
      failures: 1,
    });
    recordEntry(record, entry({ status: "sent" }));
    recordEntry(record, entry({ status: "deferred" }));
    expect(record.reviews.get("rita@example.com")?.get(P1)?.status).toBe("sent");
  });
});

describe("joined with the log", () => {
  const reviewers = new Map([["rita@example.com", [summary()]]]);
  const plan = (ledger: LedgerEntry[]) =>
    planReviewRun({ period: P1, reviewers, ledger, remainingQuota: 10 });

  it("a log deleted or emptied by hand does not resend what the record has as sent", () => {
    const record = sentRecordOf([entry({ status: "sent" })]);
    expect(plan(ledgerWithRecord([], record)).toSend).toEqual([]);
    expect(plan([]).toSend).toHaveLength(1);
  });

  it("a row hand-edited from sent to deferred does not resend", () => {
    const record = sentRecordOf([entry({ status: "sent" })]);
    const edited = [entry({ row: 2, status: "deferred" })];
    expect(plan(ledgerWithRecord(edited, record)).toSend).toEqual([]);
  });

  it("a deferred email survives the log's deletion and is sent next run", () => {
    const record = sentRecordOf([entry({ status: "deferred", reason: "quota" })]);
    const next = planReviewRun({
      period: null,
      reviewers,
      ledger: ledgerWithRecord([], record),
      remainingQuota: 10,
    });
    expect(next.toSend.map((s) => [s.reviewerEmail, s.periodKey, s.retry])).toEqual([
      ["rita@example.com", P1, true],
    ]);
  });

  it("failures the log lost still count towards giving up", () => {
    const record = emptySentRecord();
    for (let i = 0; i < 3; i++) recordEntry(record, entry({ status: "failed" }));
    const next = planReviewRun({
      period: null,
      reviewers,
      ledger: ledgerWithRecord([], record),
      remainingQuota: 10,
    });
    expect(next.toSend).toEqual([]);
    expect(next.toSkip).toHaveLength(1);
  });

  it("adds nothing the log already says", () => {
    const log = [entry({ status: "sent" })];
    expect(ledgerWithRecord(log, sentRecordOf(log))).toEqual(log);
  });
});

describe("within the properties limits", () => {
  function manyReviewers(count: number, periods: string[]) {
    const record = emptySentRecord();
    for (let i = 0; i < count; i++) {
      for (const periodKey of periods) {
        recordEntry(
          record,
          entry({
            recipient: `reviewer.number.${String(i).padStart(5, "0")}@some-large-company.example.com`,
            periodKey,
          }),
        );
        recordEntry(
          record,
          entry({ kind: "nudge", planIds: [`plan-${String(i).padStart(12, "0")}`], periodKey }),
        );
      }
    }
    return record;
  }

  it("keeps the newest three periods of each reviewer and plan", () => {
    const record = pruneSentRecord(manyReviewers(2, [P1, P2, P3, P4]));
    for (const side of [record.reviews, record.nudges]) {
      for (const periods of side.values()) expect([...periods.keys()].sort()).toEqual([P2, P3, P4]);
    }
  });

  it.each([100, 1_000, 5_000])(
    "%i reviewers and as many plans: every piece under 9 KB, the whole under its budget",
    (count) => {
      const record = pruneSentRecord(manyReviewers(count, [P1, P2, P3, P4]));
      const json = serializeSentRecord(record);
      const chunks = sentRecordChunks(json);
      expect(chunks.join("")).toBe(json);
      for (const c of chunks) expect(utf8Length(c)).toBeLessThanOrEqual(RECORD_CHUNK_BYTES);
      expect(utf8Length(json)).toBeLessThanOrEqual(RECORD_BUDGET_BYTES);
      // The newest period is always kept whole for as many reviewers as fit the budget.
      const newest = [...record.reviews.values()].filter((p) => p.get(P4)?.status === "sent");
      expect(newest.length).toBe(record.reviews.size);
      if (count <= 1_000) expect(record.reviews.size).toBe(count);
    },
  );

  it("never cuts a character in two", () => {
    const json = `"${"é".repeat(RECORD_CHUNK_BYTES)}"`;
    const chunks = sentRecordChunks(json);
    expect(chunks.join("")).toBe(json);
    for (const c of chunks) expect(utf8Length(c)).toBeLessThanOrEqual(RECORD_CHUNK_BYTES);
    expect(utf8Length("é€😀")).toBe(2 + 3 + 4);
  });
});

describe("periods never go out of order", () => {
  const reviewers = new Map([["rita@example.com", [summary()]]]);

  it("an older period's deferred digest is given up once the reviewer has a newer one", () => {
    const ledger = [
      entry({ periodKey: P1, status: "deferred", reason: "quota" }),
      entry({ periodKey: P2, status: "sent" }),
    ];
    const run = planReviewRun({ period: null, reviewers, ledger, remainingQuota: 10 });
    expect(run.toSend).toEqual([]);
    expect(run.toSkip.map((s) => [s.periodKey, s.reason])).toEqual([
      [P1, `${NEWER_PERIOD_SENT_REASON} (${P2})`],
    ]);
  });

  it("'Send reviews now' after the clock or the time zone moved back keeps to the newest period", () => {
    const ledger = [entry({ periodKey: P2, status: "sent" })];
    const inP1 = new Date("2026-01-20T12:00:00Z");
    const scope = reviewRunScope(
      inP1,
      { reviewsEnabled: true, reviewWeekday: "MONDAY", reviewHour: 9 },
      ledger,
      "Europe/Berlin",
      "manual",
    );
    expect(scope.periodKey).toBe(P2);
    expect(newestPeriodKey([...ledger, entry({ kind: "nudge", periodKey: P3 })])).toBe(P3);
  });
});
