/**
 * "Refresh outcomes and impact report" within the Dashboard's budget (scripts/bench/targets.ts,
 * docs/performance.md): through the built bundle on generated programs, it makes at most
 * N + refreshExtraCalls + outcomesRefreshExtraCalls service calls (more the first time, when it
 * makes the two tabs), the same number over the Dashboard's whatever N, and reads the program
 * through the same feed as the Dashboard refresh.
 */
import { beforeAll, describe, expect, test } from "vitest";
import {
  buildPrograms,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import { TARGETS } from "../../scripts/bench/targets";
import { OUTCOME_TABS_CALLS } from "../../src/app/outcomes/write-outcome-tabs";

const SIZES = [10, 50] as const;

let build: ProgramBuild;
beforeAll(() => {
  build = buildPrograms(SIZES);
});

type Refreshed = { plans: number; complete: boolean; message: string };

function measureRefreshes(n: number) {
  const snapshot = build.snapshots.get(n);
  if (!snapshot) throw new Error(`no program of ${n} plans`);
  const { env, bundle } = restoreProgram(snapshot);
  // The first refresh writes the feed; the second reads the rows it appended and keeps their
  // snapshots; from the third on, every plan nobody edited costs its mark and snapshot.
  bundle.call<Refreshed>("refreshDashboard");
  bundle.call<Refreshed>("refreshDashboard");
  const dashboard = env.calls.measure(() => bundle.call<Refreshed>("refreshDashboard"));
  const first = env.calls.measure(() => bundle.call<Refreshed>("refreshOutcomes"));
  const again = env.calls.measure(() => bundle.call<Refreshed>("refreshOutcomes"));
  return { dashboard, first, again };
}

test("the bench's outcome budget is the tabs' own calls, the coordinator check and two notices", () => {
  expect(TARGETS.outcomesRefreshExtraCalls).toBe(OUTCOME_TABS_CALLS + 4 + 2);
});

describe.each(SIZES)("a program of %i generated plans", (n) => {
  test("refreshing Outcomes stays within the Dashboard's N + 10 plus the two tabs' calls", () => {
    const { dashboard, first, again } = measureRefreshes(n);
    for (const m of [first, again]) expect(m.result).toMatchObject({ plans: n, complete: true });
    const budget = n + TARGETS.refreshExtraCalls;
    expect(first.calls).toBeLessThanOrEqual(budget + TARGETS.outcomesFirstRefreshExtraCalls);
    expect(again.calls).toBeLessThanOrEqual(budget + TARGETS.outcomesRefreshExtraCalls);
    // Over the Dashboard's own refresh: the same fixed cost at every size.
    expect(again.calls - dashboard.calls).toBe(TARGETS.outcomesRefreshExtraCalls);
    // The same feed: the program costs the outcome refresh exactly the Dashboard's reads.
    for (const read of ["Range.getValues", "Range.getFormulas"]) {
      expect(again.byMethod[read]).toBe(dashboard.byMethod[read]);
    }
    // Widths in runs of equal widths: 2 calls for the Outcomes tab, 3 for the report.
    expect(first.byMethod["Sheet.setColumnWidths"]).toBe(5);
  });
});
