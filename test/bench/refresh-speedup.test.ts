/**
 * A Dashboard refresh against the competent baseline (scripts/bench/targets.ts refreshSpeedup,
 * docs/performance.md "The program feed"): the bench measures the ratio at 1,000 plans; this
 * guard measures what each more plan costs, in the same latency model, on two generated
 * programs. Once the feed holds every plan's snapshot, a plan nobody edited costs its mark and
 * snapshot, where the competent refresh reads its whole tab: each more plan must cost at most
 * 1/refreshSpeedup of the competent one's, at both ends of the model.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { competentRefresh } from "../../scripts/bench/competent-baseline";
import { modelTime } from "../../scripts/bench/latency-model";
import {
  buildPrograms,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import { TARGETS } from "../../scripts/bench/targets";

const SIZES = [20, 60] as const;

let build: ProgramBuild;
beforeAll(() => {
  build = buildPrograms(SIZES);
});

function snapshotOf(n: number) {
  const s = build.snapshots.get(n);
  if (!s) throw new Error(`no program of ${n} plans`);
  return s;
}

/** Our second refresh (the first wrote the feed), modelled. */
function oursAgain(n: number) {
  const { env, bundle } = restoreProgram(snapshotOf(n));
  bundle.call("refreshDashboard");
  env.calls.reset();
  env.calls.measure(() => bundle.call("refreshDashboard"));
  return modelTime(env.calls.log).seconds;
}

function competent(n: number) {
  const { env } = restoreProgram(snapshotOf(n));
  env.calls.measure(() => env.runExecution(() => competentRefresh(env.globals, env.clock.now())));
  return modelTime(env.calls.log).seconds;
}

describe("a refresh of a program nobody edited, against the competent baseline", () => {
  test(`each more plan costs at most 1/${TARGETS.refreshSpeedup} of the competent refresh's`, () => {
    const [small, large] = SIZES;
    const ours = [oursAgain(small), oursAgain(large)];
    const theirs = [competent(small), competent(large)];
    for (const end of ["low", "high"] as const) {
      const perPlanOurs = ((ours[1]?.[end] ?? 0) - (ours[0]?.[end] ?? 0)) / (large - small);
      const perPlanTheirs = ((theirs[1]?.[end] ?? 0) - (theirs[0]?.[end] ?? 0)) / (large - small);
      expect(perPlanTheirs, end).toBeGreaterThan(0.05);
      expect(perPlanOurs * TARGETS.refreshSpeedup, end).toBeLessThanOrEqual(perPlanTheirs);
    }
  });
});
