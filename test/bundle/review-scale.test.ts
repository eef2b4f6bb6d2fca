/**
 * A scheduled review run at the size the product is built for — 500 pairs, 50 reviewers (one per 10 pairs) —
 * through the bundle, measured with the emulator's call counter (docs/design.md "How performance is
 * counted"): exactly one MailApp.sendEmail per reviewer, the program read through the feed (a
 * getValues per 200 plans, src/gas/program-feed-tab.ts), and the Review
 * log written in batches and flushed once; what is being sent is stored in the document's
 * properties before each email goes out (src/app/review-ledger.ts).
 * The measured figures are printed beside those of docs/performance.md.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { modelTime } from "../../scripts/bench/latency-model";
import type { Measurement } from "../emulator";
import { ReviewProgram } from "./review-fixture";

const PAIRS = 500;
const PER_REVIEWER = 10;
const REVIEWERS = PAIRS / PER_REVIEWER;

const reviewerOf = (i: number) =>
  `reviewer${String(Math.floor(i / PER_REVIEWER)).padStart(2, "0")}@example.com`;

let p: ReviewProgram;
let run: Measurement<unknown>;

beforeAll(() => {
  p = new ReviewProgram({ mailQuota: 1500 }); // a Workspace account's daily recipients
  for (let i = 0; i < PAIRS; i++) {
    p.insert({ mentee: `Mentee ${i}`, mentor: `Mentor ${i}`, reviewer: reviewerOf(i) });
  }
  p.scheduleReviews({ programReviewers: [] });
  p.bundle.call("refreshDashboard");
  p.advanceTo("2026-01-12T08:59:00Z");
  // The trigger fires at 9:00 inside this span: everything it does is counted.
  const from = p.env.calls.log.length;
  run = p.env.calls.measure(() => p.env.advanceTime(2 * 60_000));
  const modeled = modelTime(p.env.calls.log.slice(from));
  console.log(
    `Scheduled review run, ${PAIRS} pairs / ${REVIEWERS} reviewers: ${run.calls} service calls, ` +
      `${run.roundTrips} round trips; modeled ${modeled.seconds.low.toFixed(1)}–${modeled.seconds.high.toFixed(1)} s ` +
      `(scripts/bench/latency-model.ts) ${JSON.stringify(modeled.secondsByKind)}`,
    JSON.stringify(run.byMethod),
  );
}, 60_000);

describe(`a scheduled run for ${PAIRS} pairs and ${REVIEWERS} reviewers`, () => {
  it("sends exactly one email per reviewer, each with that reviewer's ten pairs", () => {
    expect(p.runErrors()).toEqual([]);
    expect(run.byMethod["MailApp.sendEmail"]).toBe(REVIEWERS);
    expect(p.env.outbox).toHaveLength(REVIEWERS);
    expect(new Set(p.env.outbox.map((m) => m.to)).size).toBe(REVIEWERS);
    const third = p.env.outbox.find((m) => m.to === reviewerOf(20));
    expect(third?.body).toContain("· 10 pairs");
    for (let i = 20; i < 30; i++) expect(third?.body).toContain(`Mentee ${i} & Mentor ${i} — `);
    expect(third?.body).not.toContain("Mentee 30 & ");
  });

  it("reads the program in blocks of 200 plans and the log once, stores the record before each email", () => {
    // The feed a refresh wrote, its plans' words, 200 rows then as many as make ~2 MB a read;
    // the Dashboard (deleted tabs). The Review log is made by this run, so there is nothing to
    // read from it.
    expect(run.byMethod["Range.getValues"]).toBeLessThanOrEqual(Math.ceil(PAIRS / 200) + 1);
    expect(run.byMethod["Range.getValues"]).toBeGreaterThanOrEqual(2 + 1);
    // The document's properties (the scheduler's records, the settings, what was sent) in one
    // read, and once more under the run's lock (another execution may have written meanwhile);
    // never one property at a time. What was sent is stored before each email.
    expect(run.byMethod["Properties.getProperties"]).toBe(2);
    expect(run.byMethod["Properties.getProperty"]).toBeUndefined();
    expect(run.byMethod["Properties.setProperties"]).toBe(REVIEWERS + 1);
    // Plan tabs, the feed and the Dashboard by their metadata, in one search.
    expect(run.byMethod["DeveloperMetadataFinder.find"]).toBe(1);
    // The log is the audit trail: flushed once, at the end of the run.
    expect(run.byMethod["SpreadsheetApp.flush"]).toBe(1);
    expect(run.byMethod["MailApp.getRemainingDailyQuota"]).toBe(1);
    // The new Review log's header; the queued rows in one write; "sending" and "sent" per email.
    expect(run.byMethod["Range.setValues"]).toBe(1 + 1 + 2 * REVIEWERS);
    // Reads: the feed, the Dashboard and a few handles; then two trips per email (the record
    // and the email itself).
    expect(run.roundTrips).toBeLessThanOrEqual(2 * REVIEWERS + 35);
  });

  it("logs one sent row per reviewer", () => {
    const log = p.reviewLog();
    expect(log).toHaveLength(REVIEWERS);
    expect(log.every((r) => r.Status === "sent" && r.Pairs === PER_REVIEWER)).toBe(true);
  });
});
