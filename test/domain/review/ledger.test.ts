import { describe, expect, it } from "vitest";
import {
  type LedgerEntry,
  lastReviewPeriodKey,
  lastReviewRun,
  parseReviewLog,
  previousCompletion,
  REVIEW_LOG_HEADER,
  REVIEW_LOG_SHEET_NAME,
  reviewLogRow,
  UNKNOWN_OUTCOME_REASON,
} from "../../../src/domain/review/ledger";
import { dateOfDay, zonedInstant } from "../../../src/domain/sheet/calendar";

const TZ = "Europe/Berlin";
const run1 = zonedInstant("2026-01-12", TZ, 9, 12);
const run2 = zonedInstant("2026-01-26", TZ, 9, 3);

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    row: null,
    time: run1,
    kind: "review",
    periodKey: "2026-01-12",
    recipient: "rita@example.com",
    planIds: ["p1", "p2"],
    status: "sent",
    reason: "",
    completion: new Map([
      ["p1", 0.4],
      ["p2", 0.755],
    ]),
    run: run1,
    ...overrides,
  };
}

/** What the gas layer does: header, then one row per entry. */
const tab = (entries: LedgerEntry[]) => [[...REVIEW_LOG_HEADER], ...entries.map(reviewLogRow)];

describe("Review log rows", () => {
  it("has a named tab and a header matching the row layout", () => {
    expect(REVIEW_LOG_SHEET_NAME).toBe("Review log");
    expect(reviewLogRow(entry({}))).toHaveLength(REVIEW_LOG_HEADER.length);
  });

  it("round-trips entries through rows, with sheet row numbers", () => {
    const entries = [
      entry({}),
      entry({
        status: "deferred",
        recipient: "sam@example.com",
        reason: "daily mail quota exhausted",
        completion: new Map(),
      }),
      entry({
        kind: "nudge",
        recipient: "a@example.com, b@example.com",
        planIds: ["p3"],
        completion: new Map(),
      }),
    ];
    const parsed = parseReviewLog(tab(entries), TZ);
    expect(parsed.map((e) => e.row)).toEqual([2, 3, 4]);
    expect(parsed.map(({ row: _, ...rest }) => rest)).toEqual(
      entries.map(({ row: _, ...rest }) => ({
        ...rest,
        // Completion is kept to a tenth of a percent.
        completion: new Map([...rest.completion].map(([k, v]) => [k, Math.round(v * 1000) / 1000])),
      })),
    );
  });

  it("writes the period as text Sheets will not turn into a date, and the pair count", () => {
    const row = reviewLogRow(entry({}));
    expect(row[REVIEW_LOG_HEADER.indexOf("Period")]).toBe("2026-01-12 to 2026-01-25");
    expect(row[REVIEW_LOG_HEADER.indexOf("Pairs")]).toBe(2);
    expect(row[REVIEW_LOG_HEADER.indexOf("Plan ids")]).toBe("p1, p2");
    expect(row[REVIEW_LOG_HEADER.indexOf("Completion")]).toBe("p1=40; p2=75.5");
    expect(row[REVIEW_LOG_HEADER.indexOf("Time")]).toBe(run1);
  });

  it("keeps text that starts with = + - @ as text, and reads it back unchanged", () => {
    const e = entry({ status: "failed", reason: '=HYPERLINK("x")', recipient: "@bad" });
    const row = reviewLogRow(e);
    expect(row[REVIEW_LOG_HEADER.indexOf("Reason")]).toBe('\'=HYPERLINK("x")');
    expect(row[REVIEW_LOG_HEADER.indexOf("Recipient")]).toBe("'@bad");
    const [back] = parseReviewLog(tab([e]), TZ);
    expect(back?.reason).toBe('=HYPERLINK("x")');
    expect(back?.recipient).toBe("@bad");
  });
});

describe("parseReviewLog is tolerant", () => {
  it("skips the header, blank rows and rows it cannot understand, keeping row numbers", () => {
    const good = reviewLogRow(entry({}));
    const values: unknown[][] = [
      [...REVIEW_LOG_HEADER],
      ["", "", "", "", "", "", "", "", "", ""],
      good,
      [run1, "no period here", "review", "x@example.com", 1, "sent", "", "p1", "", ""],
      [run1, "2026-01-12 to 2026-01-25", "review", "y@example.com", 1, "maybe", "", "p1", "", ""],
      [run1, "2026-01-12 to 2026-01-25", "letter", "z@example.com", 1, "sent", "", "p1", "", ""],
      "not a row" as unknown as unknown[],
      [
        run2,
        "2026-01-26 to 2026-02-08",
        "",
        " Rita@Example.com ",
        1,
        " Sent ",
        "",
        "p1",
        "p1=50; junk; p2=abc; p3=140",
        "oops",
      ],
    ];
    const parsed = parseReviewLog(values, TZ);
    expect(parsed.map((e) => e.row)).toEqual([3, 8]);
    const last = parsed[1];
    expect(last?.kind).toBe("review");
    expect(last?.status).toBe("sent");
    expect(last?.recipient).toBe("rita@example.com");
    expect([...(last?.completion ?? [])]).toEqual([["p1", 0.5]]);
    expect(last?.run).toBeNull();
  });

  it("reads a period cell that Sheets turned into a date, in the spreadsheet's zone", () => {
    // Midnight 12 Jan in Berlin is 11 Jan 23:00 UTC: read in UTC it would be the wrong day.
    const values = [
      [run1, dateOfDay("2026-01-12", TZ), "review", "r@example.com", 1, "sent", "", "p1", "", run1],
    ];
    expect(parseReviewLog(values, TZ)[0]?.periodKey).toBe("2026-01-12");
    // A day inside a period maps to that period's key.
    const inside = [[run1, "2026-01-20", "review", "r@example.com", 1, "sent", "", "p1", "", ""]];
    expect(parseReviewLog(inside, TZ)[0]?.periodKey).toBe("2026-01-12");
  });

  it("returns nothing for an empty or header-only tab", () => {
    expect(parseReviewLog([], TZ)).toEqual([]);
    expect(parseReviewLog([[...REVIEW_LOG_HEADER]], TZ)).toEqual([]);
  });
});

describe("ledger queries", () => {
  const ledger = parseReviewLog(
    tab([
      entry({ periodKey: "2025-12-29", completion: new Map([["p1", 0.1]]) }),
      entry({}),
      entry({ recipient: "sam@example.com", status: "deferred", completion: new Map() }),
      entry({ periodKey: "2026-01-26", status: "failed", reason: "boom", run: run2, time: run2 }),
      entry({ periodKey: "2026-01-26", recipient: "sam@example.com", run: run2, time: run2 }),
      entry({
        periodKey: "2026-01-26",
        recipient: "tom@example.com",
        status: "sending",
        run: run2,
        time: run2,
        reason: UNKNOWN_OUTCOME_REASON,
      }),
      entry({ kind: "nudge", periodKey: "2026-02-09", run: run2 }),
    ]),
    TZ,
  );

  it("the last period a run started ignores nudges", () => {
    expect(lastReviewPeriodKey(ledger)).toBe("2026-01-26");
    expect(lastReviewPeriodKey([])).toBeNull();
  });

  it("previous completion comes from the reviewer's last sent digest before the period", () => {
    expect(previousCompletion(ledger, "RITA@example.com", "2026-01-26")).toEqual(
      new Map([
        ["p1", 0.4],
        ["p2", 0.755],
      ]),
    );
    expect(previousCompletion(ledger, "rita@example.com", "2026-01-12")).toEqual(
      new Map([["p1", 0.1]]),
    );
    // Sam's 2026-01-12 digest was only deferred, never sent.
    expect(previousCompletion(ledger, "sam@example.com", "2026-01-26").size).toBe(0);
  });

  it("summarizes the last run for the sidebar", () => {
    expect(lastReviewRun(ledger)).toEqual({
      ranAt: run2,
      periodKey: "2026-01-26",
      sent: 1,
      deferred: 0,
      failed: 1,
      skipped: 0,
      unknown: 1,
    });
    expect(lastReviewRun([])).toBeNull();
  });
});
