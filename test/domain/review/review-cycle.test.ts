/**
 * The review pieces composed the way a run uses them (ledger.ts, "How a run uses it"), with the
 * Review log kept as sheet values and read back through parseReviewLog on every run: eight weeks
 * of a weekly trigger, pairs progressing, a quota cut, a failing send, a manual "Send now".
 */
import { describe, expect, it } from "vitest";
import type { PlanSummary } from "../../../src/domain/plan/plan-summary";
import { buildDigest } from "../../../src/domain/review/digest";
import {
  type LedgerEntry,
  parseReviewLog,
  previousCompletion,
  REVIEW_LOG_HEADER,
  reviewLogRow,
} from "../../../src/domain/review/ledger";
import { periodFromKey } from "../../../src/domain/review/period";
import {
  planReviewRun,
  reviewEntry,
  reviewerProblemEntries,
} from "../../../src/domain/review/review-run";
import { reviewRunScope } from "../../../src/domain/review/review-schedule";
import { pairsByReviewer } from "../../../src/domain/review/reviewers";
import { addDays, zonedInstant } from "../../../src/domain/sheet/calendar";
import { settingsSchema } from "../../../src/domain/sidebar-contract/schemas";
import { SHEET_URL, summary, TZ } from "./fixtures";

interface Sent {
  to: string;
  subject: string;
  text: string;
  periodKey: string;
}

class Program {
  log: unknown[][] = [[...REVIEW_LOG_HEADER]];
  outbox: Sent[] = [];
  quota = 100;
  failNextSendTo: string | null = null;
  settings = settingsSchema.parse({
    programName: "Leaders 2026",
    reviewsEnabled: true,
    reviewWeekday: "MONDAY",
    reviewHour: 9,
    programReviewers: ["coord@example.com"],
  });
  constructor(public pairs: PlanSummary[]) {}

  private append(e: LedgerEntry): number {
    this.log.push(reviewLogRow(e));
    return this.log.length; // 1-based sheet row
  }

  private update(row: number, e: LedgerEntry): void {
    this.log[row - 1] = reviewLogRow(e);
  }

  run(now: Date, trigger: "scheduled" | "manual"): void {
    const ledger = parseReviewLog(this.log, TZ);
    const scope = reviewRunScope(now, this.settings, ledger, TZ, trigger);
    if (scope.periodKey === null && !scope.retryOutstanding) return;
    const { reviewers, problems } = pairsByReviewer(this.pairs, this.settings.programReviewers);
    const plan = planReviewRun({
      period: scope.periodKey,
      reviewers,
      ledger,
      remainingQuota: this.quota,
    });
    const at = { now, run: now };
    if (scope.periodKey) {
      for (const p of reviewerProblemEntries(problems, scope.periodKey, ledger, now, now)) {
        this.append(p);
      }
    }
    for (const d of plan.toDefer) this.append(reviewEntry(d, "deferred", at, d.reason));
    for (const s of plan.toSkip) this.append(reviewEntry(s, "skipped", at, s.reason));
    for (const s of plan.toSend) {
      const period = periodFromKey(s.periodKey);
      if (!period) throw new Error(`bad period ${s.periodKey}`);
      const digest = buildDigest({
        programName: this.settings.programName,
        reviewerEmail: s.reviewerEmail,
        period,
        pairs: reviewers.get(s.reviewerEmail) ?? [],
        previousCompletion: previousCompletion(ledger, s.reviewerEmail, s.periodKey),
        spreadsheetUrl: SHEET_URL,
        timeZone: TZ,
        today: s.periodKey,
      });
      const entry = reviewEntry(s, "sending", at, "", digest.completion);
      const row = this.append(entry);
      try {
        if (this.quota < 1) throw new Error("Service invoked too many times for one day: email.");
        if (this.failNextSendTo === s.reviewerEmail) {
          this.failNextSendTo = null;
          throw new Error("Mail service unavailable");
        }
        this.quota -= 1;
        this.outbox.push({
          to: s.reviewerEmail,
          subject: digest.subject,
          text: digest.text,
          periodKey: s.periodKey,
        });
        this.update(row, { ...entry, status: "sent" });
      } catch (err) {
        this.update(row, { ...entry, status: "failed", reason: (err as Error).message });
      }
    }
  }
}

const monday = (week: number, minute = 20) =>
  zonedInstant(addDays("2026-01-12", 7 * week), TZ, 9, minute);

describe("eight weeks of reviews", () => {
  it("every reviewer gets exactly four periods, with their own pairs and the progress between", () => {
    const a = summary({
      planId: "a",
      menteeName: "Ann",
      reviewerEmail: "rita@example.com",
      completion: 0.1,
    });
    const b = summary({
      planId: "b",
      menteeName: "Bea",
      reviewerEmail: "rita@example.com",
      completion: 0.2,
    });
    const c = summary({
      planId: "c",
      menteeName: "Cal",
      reviewerEmail: "sam@example.com",
      completion: 0.3,
    });
    const orphan = summary({ planId: "d", menteeName: "Dee", reviewerEmail: "" });
    const program = new Program([a, b, c, orphan]);

    for (let week = 0; week < 8; week++) {
      program.run(monday(week, (week * 13) % 60), "scheduled");
      if (week === 3)
        program.run(zonedInstant(addDays("2026-01-12", 7 * week + 2), TZ, 15), "manual");
      // The pairs make progress between runs.
      for (const p of program.pairs) p.completion = Math.min(1, p.completion + 0.05);
    }

    const byReviewer = (to: string) => program.outbox.filter((m) => m.to === to);
    for (const to of ["rita@example.com", "sam@example.com", "coord@example.com"]) {
      expect(byReviewer(to).map((m) => m.periodKey)).toEqual([
        "2026-01-12",
        "2026-01-26",
        "2026-02-09",
        "2026-02-23",
      ]);
    }
    // Only their own pairs; the program reviewer sees all, including the pair with no reviewer.
    expect(
      byReviewer("sam@example.com").every((m) => m.text.includes("Cal") && !m.text.includes("Ann")),
    ).toBe(true);
    expect(byReviewer("coord@example.com")[0]?.text).toContain("Dee");
    // Progress since the last review: two weekly steps of 5 points per period.
    expect(byReviewer("rita@example.com")[0]?.text).toContain("(first review)");
    expect(byReviewer("rita@example.com")[1]?.text).toContain(
      "Completion: 20% (completion +10 points since the last review)",
    );
    // The pair without a reviewer is logged once per period, never blocking the others.
    const skipped = parseReviewLog(program.log, TZ).filter((e) => e.status === "skipped");
    expect(skipped.map((e) => [e.periodKey, e.planIds[0], e.reason])).toEqual(
      ["2026-01-12", "2026-01-26", "2026-02-09", "2026-02-23"].map((k) => [
        k,
        "d",
        "no reviewer email",
      ]),
    );
  });

  it("a quota cut defers the rest to the next run, and a failed send is retried; nothing doubles", () => {
    const pairs = ["r1", "r2", "r3", "r4"].map((r) =>
      summary({ reviewerEmail: `${r}@example.com` }),
    );
    const program = new Program(pairs);
    program.settings.programReviewers = [];
    program.quota = 2;
    program.failNextSendTo = "r1@example.com";
    program.run(monday(0), "scheduled");
    expect(program.outbox.map((m) => m.to)).toEqual(["r2@example.com"]);
    program.quota = 100;
    program.run(monday(1), "scheduled"); // the period's second weekly run: retries only
    program.run(monday(1, 50), "manual"); // "Send now" right after: nothing new
    program.run(monday(2), "scheduled"); // next period
    const first = program.outbox.filter((m) => m.periodKey === "2026-01-12").map((m) => m.to);
    expect(first.sort()).toEqual([
      "r1@example.com",
      "r2@example.com",
      "r3@example.com",
      "r4@example.com",
    ]);
    expect(program.outbox.filter((m) => m.periodKey === "2026-01-26")).toHaveLength(4);
    const log = parseReviewLog(program.log, TZ).filter((e) => e.periodKey === "2026-01-12");
    const history = (to: string) => log.filter((e) => e.recipient === to).map((e) => e.status);
    expect(history("r1@example.com")).toEqual(["failed", "sent"]);
    expect(history("r3@example.com")).toEqual(["deferred", "sent"]);
    expect(history("r4@example.com")).toEqual(["deferred", "sent"]);
  });
});
