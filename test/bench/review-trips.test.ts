/**
 * A review run's round trips (scripts/bench/targets.ts, docs/performance.md "Reviews"), through
 * the built bundle on generated programs with one digest per reviewer: each more email costs at
 * most TARGETS.reviewTripsPerEmail round trips (the sent record stored, the email sent: the
 * per-email safety of src/app/review-ledger.ts), and the run's own trips stay under
 * RUN_TRIPS_CEILING. The target for those is TARGETS.reviewTripsPerRun; the bench prints the gap.
 */
import { beforeAll, describe, expect, test } from "vitest";
import {
  BENCH_SETTINGS,
  buildPrograms,
  expectedReviewers,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import { TARGETS } from "../../scripts/bench/targets";

const SIZES = [20, 50] as const;
/**
 * The trips a run makes whatever it sends (docs/performance.md "Reviews"): the lock and its
 * release; one read of the document's properties (settings and the sent record, under the lock);
 * the coordinator check (the user, the owner and their address); the time zone, the metadata
 * search, the Review log, the feed, the Dashboard, the mail quota and the spreadsheet's URL; the
 * log's rows (one run of writes), the record's last store, the flush before the lock is released
 * and the notice. Two above the target when the spreadsheet's owner runs it: looking the owner up
 * (two calls) has no cheaper source. A listed coordinator needs no owner lookup: the target.
 */
const RUN_TRIPS_CEILING = 17;

let build: ProgramBuild;
beforeAll(() => {
  build = buildPrograms(SIZES);
});

/** A coordinator listed in settings (the bench's own user is the spreadsheet's owner). */
const DEPUTY = "deputy@example.org";

function reviewRun(n: number, options: { byListedCoordinator?: boolean } = {}) {
  const snapshot = build.snapshots.get(n);
  if (!snapshot) throw new Error(`no program of ${n} plans`);
  const { env, bundle } = restoreProgram(snapshot);
  if (options.byListedCoordinator) {
    const saved = bundle.call<{ ok: boolean }>("saveSettings", {
      ...BENCH_SETTINGS,
      coordinators: [DEPUTY],
    });
    expect(saved.ok).toBe(true);
    env.setUser(DEPUTY);
  }
  bundle.call("refreshDashboard");
  // The first run makes the Review log; measure a run of a program that has one.
  bundle.call("sendReviewsNow");
  env.clock.advance(14 * 24 * 3_600_000);
  bundle.call("refreshDashboard");
  env.calls.reset();
  const run = env.calls.measure(() =>
    bundle.call<{ sent: number; failed: number }>("sendReviewsNow"),
  );
  const reviewers = expectedReviewers(build.pairs.slice(0, n));
  expect(run.result).toMatchObject({ sent: reviewers, failed: 0 });
  return { trips: run.roundTrips, emails: run.byMethod["MailApp.sendEmail"] ?? 0, env, bundle };
}

describe("a review run's round trips", () => {
  test("each more email costs at most two round trips; the run's own stay under the ceiling", () => {
    const small = reviewRun(SIZES[0]);
    const large = reviewRun(SIZES[1]);
    expect(large.emails).toBeGreaterThan(small.emails);
    const perEmail = (large.trips - small.trips) / (large.emails - small.emails);
    expect(perEmail).toBeLessThanOrEqual(TARGETS.reviewTripsPerEmail);
    expect(small.trips - TARGETS.reviewTripsPerEmail * small.emails).toBeLessThanOrEqual(
      RUN_TRIPS_CEILING,
    );
    // The same period again sends nothing.
    const again = large.env.calls.measure(() =>
      large.bundle.call<{ sent: number }>("sendReviewsNow"),
    );
    expect(again.result.sent).toBe(0);
    expect(again.byMethod["MailApp.sendEmail"] ?? 0).toBe(0);
  }, 180_000);

  test("run by a coordinator listed in settings (no owner lookup), the run's own meet the target", () => {
    const run = reviewRun(SIZES[0], { byListedCoordinator: true });
    expect(run.emails).toBeGreaterThan(0);
    expect(run.trips - TARGETS.reviewTripsPerEmail * run.emails).toBeLessThanOrEqual(
      TARGETS.reviewTripsPerRun,
    );
  }, 120_000);
});
