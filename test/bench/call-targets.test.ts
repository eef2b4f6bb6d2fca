/**
 * The call-count targets (docs/performance.md, "Targets"), checked through the built bundle on small generated
 * programs, so a regression fails CI (the full `npm run bench` reports time; this guards calls):
 * inserting a plan into a program (after its first insert, which also builds the template tab
 * and the Dashboard) stays within 15 service calls, the same for every program size, and a
 * Dashboard refresh stays within N + 10 calls for N plans.
 */
import { beforeAll, describe, expect, test } from "vitest";
import {
  buildPrograms,
  newPairForm,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import type { Snapshot } from "../emulator";

const SIZES = [10, 50] as const;
const INSERT_MAX_CALLS = 15;

let build: ProgramBuild;
beforeAll(() => {
  build = buildPrograms(SIZES);
});

function snapshotOf(n: number): Snapshot {
  const snapshot = build.snapshots.get(n);
  if (!snapshot) throw new Error(`no program of ${n} plans`);
  return snapshot;
}

function insertCalls(n: number): number {
  const { env, bundle } = restoreProgram(snapshotOf(n));
  const tabsBefore = env.inspect.sheetNames().length;
  const m = env.calls.measure(() =>
    bundle.call<{ ok: boolean; message: string }>("insertPlan", newPairForm(build.today, n)),
  );
  expect(m.result.ok, m.result.message).toBe(true);
  expect(env.inspect.sheetNames()).toHaveLength(tabsBefore + 1);
  return m.calls;
}

describe.each(SIZES)("a program of %i generated plans", (n) => {
  test(`inserting one more plan makes at most ${INSERT_MAX_CALLS} service calls`, () => {
    expect(insertCalls(n)).toBeLessThanOrEqual(INSERT_MAX_CALLS);
  });

  test("refreshing the Dashboard makes at most N + 10 service calls and lists every plan", () => {
    const { env, bundle } = restoreProgram(snapshotOf(n));
    const m = env.calls.measure(() =>
      bundle.call<{ plans: number; complete: boolean }>("refreshDashboard"),
    );
    expect(m.result).toMatchObject({ plans: n, complete: true });
    expect(m.calls).toBeLessThanOrEqual(n + 10);
  });
});

test("an insert costs the same number of calls in a program of 10 plans as in one of 50", () => {
  expect(insertCalls(10)).toBe(insertCalls(50));
});
