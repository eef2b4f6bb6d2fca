import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../../../src/domain/plan/plan-summary";
import {
  type LedgerEntry,
  QUOTA_REASON,
  UNKNOWN_OUTCOME_REASON,
} from "../../../src/domain/review/ledger";
import {
  MAX_FAILED_ATTEMPTS,
  outstandingReviews,
  type PlannedReview,
  planReviewRun,
  type ReviewRunPlan,
  reviewEntry,
  reviewerProblemEntries,
} from "../../../src/domain/review/review-run";
import { summary } from "./fixtures";

const P1 = "2026-01-12";
const P2 = "2026-01-26";
const P3 = "2026-02-09";
const NOW = new Date("2026-01-12T08:10:00Z");
const AT = { now: NOW, run: NOW };

function reviewers(...emails: string[]): Map<string, PlanSummary[]> {
  return new Map(
    emails.map((e) => [e, [summary({ reviewerEmail: e }), summary({ reviewerEmail: e })]]),
  );
}

const item = (reviewerEmail: string, periodKey: string): PlannedReview => ({
  reviewerEmail,
  periodKey,
  planIds: ["x"],
  retry: false,
});

const row = (email: string, periodKey: string, status: LedgerEntry["status"], reason = "") =>
  reviewEntry(item(email, periodKey), status, AT, reason);

const sendOrder = (plan: ReviewRunPlan) =>
  plan.toSend.map((s) => `${s.reviewerEmail} ${s.periodKey}`);

describe("planReviewRun", () => {
  const three = reviewers("cara@example.com", "ann@example.com", "bob@example.com");

  it("sends every reviewer the period once, with their plan ids, in a stable order", () => {
    const plan = planReviewRun({ period: P1, reviewers: three, ledger: [], remainingQuota: 100 });
    expect(sendOrder(plan)).toEqual([
      `cara@example.com ${P1}`,
      `ann@example.com ${P1}`,
      `bob@example.com ${P1}`,
    ]);
    expect(plan.toSend[1]?.planIds).toEqual(three.get("ann@example.com")?.map((s) => s.planId));
    expect(plan.toDefer).toEqual([]);
    expect(plan.toSend.every((s) => !s.retry)).toBe(true);
  });

  it("sends what fits in the quota and defers the rest with the reason", () => {
    const plan = planReviewRun({ period: P1, reviewers: three, ledger: [], remainingQuota: 2 });
    expect(plan.toSend).toHaveLength(2);
    expect(plan.toDefer.map((d) => [d.reviewerEmail, d.periodKey, d.reason])).toEqual([
      ["bob@example.com", P1, QUOTA_REASON],
    ]);
  });

  it("defers everything when the quota is zero, negative or unknown", () => {
    for (const q of [0, -3, Number.NaN]) {
      const plan = planReviewRun({ period: P1, reviewers: three, ledger: [], remainingQuota: q });
      expect(plan.toSend).toEqual([]);
      expect(plan.toDefer).toHaveLength(3);
    }
  });

  it("charges the quota per recipient", () => {
    const plan = planReviewRun({
      period: P1,
      reviewers: three,
      ledger: [],
      remainingQuota: 5,
      recipientsPerEmail: 2,
    });
    expect(plan.toSend).toHaveLength(2);
    expect(plan.toDefer).toHaveLength(1);
  });

  it("sends deferred emails first, as their own period, before the new period", () => {
    const ledger = [
      row("ann@example.com", P1, "sent"),
      row("cara@example.com", P1, "sent"),
      row("bob@example.com", P1, "deferred", QUOTA_REASON),
    ];
    const plan = planReviewRun({ period: P2, reviewers: three, ledger, remainingQuota: 2 });
    expect(sendOrder(plan)).toEqual([`bob@example.com ${P1}`, `cara@example.com ${P2}`]);
    expect(plan.toSend[0]?.retry).toBe(true);
    expect(plan.toDefer.map((d) => `${d.reviewerEmail} ${d.periodKey}`)).toEqual([
      `ann@example.com ${P2}`,
      `bob@example.com ${P2}`,
    ]);
  });

  it("retries deferred emails on a run with no period due (the period's second weekly run)", () => {
    const ledger = [
      row("ann@example.com", P1, "sent"),
      row("bob@example.com", P1, "deferred", QUOTA_REASON),
    ];
    const plan = planReviewRun({ period: null, reviewers: three, ledger, remainingQuota: 10 });
    expect(sendOrder(plan)).toEqual([`bob@example.com ${P1}`]);
  });

  it("a deferred email of the current period is planned once, not twice", () => {
    const ledger = [row("bob@example.com", P1, "deferred", QUOTA_REASON)];
    const plan = planReviewRun({ period: P1, reviewers: three, ledger, remainingQuota: 10 });
    expect(sendOrder(plan)).toEqual([
      `bob@example.com ${P1}`,
      `cara@example.com ${P1}`,
      `ann@example.com ${P1}`,
    ]);
  });

  it("retries a failed send, and gives up after the maximum number of failures", () => {
    const once = [row("ann@example.com", P1, "failed", "Service unavailable")];
    expect(
      sendOrder(planReviewRun({ period: null, reviewers: three, ledger: once, remainingQuota: 5 })),
    ).toEqual([`ann@example.com ${P1}`]);
    const many = Array.from({ length: MAX_FAILED_ATTEMPTS }, () =>
      row("ann@example.com", P1, "failed", "Service unavailable"),
    );
    const plan = planReviewRun({ period: P1, reviewers: three, ledger: many, remainingQuota: 5 });
    expect(plan.toSend.map((s) => s.reviewerEmail)).not.toContain("ann@example.com");
    expect(plan.toSkip).toEqual([
      expect.objectContaining({
        reviewerEmail: "ann@example.com",
        periodKey: P1,
        reason: `gave up after ${MAX_FAILED_ATTEMPTS} failed attempts: Service unavailable`,
      }),
    ]);
    // Once logged as skipped, it is neither retried nor planned again for that period.
    const after = [...many, row("ann@example.com", P1, "skipped", "gave up")];
    const again = planReviewRun({ period: P1, reviewers: three, ledger: after, remainingQuota: 5 });
    expect(again.toSend.map((s) => s.reviewerEmail)).not.toContain("ann@example.com");
    expect(again.toSkip).toEqual([]);
  });

  it("never sends a period the ledger marks sent", () => {
    const ledger = [
      row("ann@example.com", P1, "deferred", QUOTA_REASON),
      row("ann@example.com", P1, "sent"),
    ];
    const plan = planReviewRun({ period: P1, reviewers: three, ledger, remainingQuota: 10 });
    expect(plan.alreadySent).toEqual(["ann@example.com"]);
    expect(sendOrder(plan)).not.toContain(`ann@example.com ${P1}`);
    expect(outstandingReviews(ledger)).toEqual([]);
  });

  it("treats a 'sending' row with no outcome as possibly sent: not resent, flagged once", () => {
    const stale = row("bob@example.com", P1, "sending");
    const plan = planReviewRun({
      period: P1,
      reviewers: three,
      ledger: [stale],
      remainingQuota: 10,
    });
    expect(plan.alreadySent).toEqual(["bob@example.com"]);
    expect(sendOrder(plan)).not.toContain(`bob@example.com ${P1}`);
    expect(plan.unknownOutcome).toEqual([stale]);
    const flagged = { ...stale, reason: UNKNOWN_OUTCOME_REASON };
    const later = planReviewRun({
      period: null,
      reviewers: three,
      ledger: [flagged],
      remainingQuota: 10,
    });
    expect(later.unknownOutcome).toEqual([]);
    expect(later.toSend).toEqual([]);
  });

  it("skips an outstanding email whose reviewer no longer has pairs", () => {
    const ledger = [row("gone@example.com", P1, "deferred", QUOTA_REASON)];
    const plan = planReviewRun({ period: null, reviewers: three, ledger, remainingQuota: 10 });
    expect(plan.toSend).toEqual([]);
    expect(plan.toSkip.map((s) => [s.reviewerEmail, s.reason])).toEqual([
      ["gone@example.com", "no pairs to review any more"],
    ]);
  });

  it("ignores nudge rows when deciding digests", () => {
    const nudge = { ...row("ann@example.com", P1, "sent"), kind: "nudge" as const };
    const plan = planReviewRun({
      period: P1,
      reviewers: three,
      ledger: [nudge],
      remainingQuota: 10,
    });
    expect(plan.toSend.map((s) => s.reviewerEmail)).toContain("ann@example.com");
  });
});

/**
 * Carries a plan out the way the gas layer does (ledger.ts): flag unknown outcomes, log skips and
 * deferrals, then per email log "sending", send, and update the row. A run may die after a send
 * (the row stays "sending") and a send may throw (the row becomes "failed").
 */
function execute(
  plan: ReviewRunPlan,
  ledger: LedgerEntry[],
  delivered: string[],
  faults: { failing: Set<string>; dieAt: number | null; diedBeforeSend: boolean },
): void {
  for (const e of plan.unknownOutcome) e.reason = UNKNOWN_OUTCOME_REASON;
  for (const s of plan.toSkip) ledger.push(reviewEntry(s, "skipped", AT, s.reason));
  for (const d of plan.toDefer) ledger.push(reviewEntry(d, "deferred", AT, d.reason));
  for (const [i, s] of plan.toSend.entries()) {
    const r = reviewEntry(s, "sending", AT);
    ledger.push(r);
    if (faults.dieAt === i) {
      if (!faults.diedBeforeSend) delivered.push(`${s.reviewerEmail} ${s.periodKey}`);
      return;
    }
    if (faults.failing.has(s.reviewerEmail)) {
      r.status = "failed";
      r.reason = "Service unavailable: Gmail";
      continue;
    }
    delivered.push(`${s.reviewerEmail} ${s.periodKey}`);
    r.status = "sent";
  }
}

describe("never lost, never doubled (simulated runs)", () => {
  it("quota cut below the reviewer count: the rest arrive next run; the log shows deferred → sent", () => {
    const five = reviewers("a@x.org", "b@x.org", "c@x.org", "d@x.org", "e@x.org");
    const ledger: LedgerEntry[] = [];
    const delivered: string[] = [];
    const noFaults = { failing: new Set<string>(), dieAt: null, diedBeforeSend: false };
    execute(
      planReviewRun({ period: P1, reviewers: five, ledger, remainingQuota: 3 }),
      ledger,
      delivered,
      noFaults,
    );
    expect(delivered).toHaveLength(3);
    execute(
      planReviewRun({ period: null, reviewers: five, ledger, remainingQuota: 100 }),
      ledger,
      delivered,
      noFaults,
    );
    expect([...delivered].sort()).toEqual([...five.keys()].map((e) => `${e} ${P1}`).sort());
    const history = ledger.filter((e) => e.recipient === "d@x.org").map((e) => e.status);
    expect(history).toEqual(["deferred", "sent"]);
  });

  it("property: any quotas, failures and crashes: no email twice; everything sent or flagged", () => {
    const emails = ["a@x.org", "b@x.org", "c@x.org", "d@x.org"];
    const map = reviewers(...emails);
    const runArb = fc.record({
      quota: fc.integer({ min: 0, max: 6 }),
      failing: fc.subarray(emails),
      dieAt: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      diedBeforeSend: fc.boolean(),
      /** The next run: a new period due, the same period again ("Send now"), or retries only. */
      next: fc.constantFrom("new", "same", "none"),
    });
    fc.assert(
      fc.property(fc.array(runArb, { minLength: 1, maxLength: 12 }), (runs) => {
        const ledger: LedgerEntry[] = [];
        const delivered: string[] = [];
        const periods = [P1, P2, P3, "2026-02-23", "2026-03-09", "2026-03-23", "2026-04-06"];
        let p = 0;
        let due: string | null = P1;
        for (const r of runs) {
          const plan = planReviewRun({
            period: due,
            reviewers: map,
            ledger,
            remainingQuota: r.quota,
          });
          execute(plan, ledger, delivered, {
            failing: new Set(r.failing),
            dieAt: r.dieAt,
            diedBeforeSend: r.diedBeforeSend,
          });
          if (r.next === "new" && p + 1 < periods.length) p += 1;
          due = r.next === "none" ? null : (periods[p] ?? null);
        }
        // Calm runs afterwards: ample quota, no faults, nothing new due.
        for (let i = 0; i < 3; i++) {
          const plan = planReviewRun({ period: null, reviewers: map, ledger, remainingQuota: 100 });
          execute(plan, ledger, delivered, {
            failing: new Set(),
            dieAt: null,
            diedBeforeSend: false,
          });
        }
        expect(new Set(delivered).size).toBe(delivered.length);
        const keys = new Set(ledger.map((e) => `${e.recipient} ${e.periodKey}`));
        for (const key of keys) {
          const rows = ledger.filter((e) => `${e.recipient} ${e.periodKey}` === key);
          const accounted =
            delivered.includes(key) ||
            rows.some((e) => e.status === "sending" && e.reason === UNKNOWN_OUTCOME_REASON) ||
            rows.some((e) => e.status === "skipped");
          expect(accounted, key).toBe(true);
          // Anything not delivered is visible in the log as unknown or given up, never silent.
          if (!delivered.includes(key)) expect(rows.at(-1)?.status).not.toBe("sent");
        }
        expect(outstandingReviews(ledger)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("reviewerProblemEntries", () => {
  it("logs each pair without a usable reviewer once per period", () => {
    const problems = [
      { planId: "p1", message: "no reviewer email" as const, value: "" },
      { planId: "p2", message: "reviewer email is not valid" as const, value: "Bob@" },
    ];
    const first = reviewerProblemEntries(problems, P1, [], NOW, NOW);
    expect(first.map((e) => [e.planIds, e.status, e.reason, e.recipient])).toEqual([
      [["p1"], "skipped", "no reviewer email", ""],
      [["p2"], "skipped", "reviewer email is not valid", "bob@"],
    ]);
    expect(reviewerProblemEntries(problems, P1, first, NOW, NOW)).toEqual([]);
    expect(reviewerProblemEntries(problems, P2, first, NOW, NOW)).toHaveLength(2);
  });
});
