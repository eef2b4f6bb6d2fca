/**
 * The call-count targets (scripts/bench/targets.ts, docs/performance.md), checked through the
 * built bundle on small generated programs, so a regression fails CI (the full `npm run bench`
 * reports time; this guards calls): inserting a plan into a program (after its first insert,
 * which also builds the template tab and the Dashboard) stays within TARGETS.insertCalls service calls, the same
 * for every program size; a Dashboard refresh stays within N + 10 calls for N plans; the
 * sidebar paints from one execution of at most TARGETS.sidebarCalls calls; a preview costs the same at any size.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { modelTime } from "../../scripts/bench/latency-model";
import {
  buildPrograms,
  newPairForm,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import { TARGETS } from "../../scripts/bench/targets";
import { servedSidebarState } from "../bundle/served-sidebar-state";
import type { Snapshot } from "../emulator";

const SIZES = [10, 50] as const;
const INSERT_MAX_CALLS = TARGETS.insertCalls;

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
    expect(m.calls).toBeLessThanOrEqual(n + TARGETS.refreshExtraCalls);
  });
});

test("an insert costs the same number of calls in a program of 10 plans as in one of 50", () => {
  expect(insertCalls(10)).toBe(insertCalls(50));
});

/** The sidebar from the menu click to its first paint: the served page must carry its state. */
function sidebarOpen(n: number, options: { afterReviews?: boolean } = {}) {
  const { env, bundle } = restoreProgram(snapshotOf(n));
  bundle.call("refreshDashboard");
  // A program that has sent its reviews has a Review log, which the first paint leaves out.
  if (options.afterReviews) bundle.call("sendReviewsNow");
  let executions = 0;
  const begin = env.beginExecution;
  const counting = env as { beginExecution: typeof begin };
  counting.beginExecution = (options) => {
    executions++;
    return begin.call(env, options);
  };
  const m = env.calls.measure(() => bundle.call("showSidebar"));
  Reflect.deleteProperty(counting, "beginExecution");
  const state = servedSidebarState(env.ui.lastSidebar?.html ?? "");
  return { calls: m.calls, executions, state, env, bundle };
}

describe.each(SIZES)("the sidebar of a program of %i plans", (n) => {
  test(`paints from one execution of at most ${TARGETS.sidebarCalls} calls`, () => {
    const open = sidebarOpen(n);
    expect(open.executions).toBe(TARGETS.sidebarExecutions);
    expect(open.calls).toBeLessThanOrEqual(TARGETS.sidebarCalls);
    // The page holds what the Plans view lists: no call back before it can paint.
    // (deleted tabs included: the Dashboard keeps their rows).
    expect(open.state?.plans).toHaveLength(n);
    expect(open.state?.checking).toBe(true);
  });

  test("with a Review log, paints from as few calls, and the check after it brings the last review", () => {
    const open = sidebarOpen(n, { afterReviews: true });
    expect(open.executions).toBe(TARGETS.sidebarExecutions);
    expect(open.calls).toBeLessThanOrEqual(TARGETS.sidebarCalls);
    expect(open.state).toMatchObject({ checking: true, lastReview: null });
    const checked = open.bundle.call<{ lastReview: { sent: number } | null }>("getSidebarState");
    expect(checked.lastReview?.sent).toBeGreaterThan(0);
  });
});

test("a preview reads about as much in a program of 50 plans as in one of 10 (its reviewer's)", () => {
  const preview = (n: number) => {
    const { env, bundle } = restoreProgram(snapshotOf(n));
    bundle.call("refreshDashboard");
    // The first reviewer has the same 10 pairs in both programs.
    const reviewer = build.pairs[0]?.reviewerEmail ?? "";
    const from = env.calls.log.length;
    const m = env.calls.measure(() => bundle.call("previewReview", reviewer));
    return { calls: m.calls, cells: modelTime(env.calls.log.slice(from)).cellsRead };
  };
  const small = preview(10);
  const large = preview(50);
  expect(large.calls).toBe(small.calls);
  // Only the Dashboard's Plan id and Reviewer columns grow with the program (2 cells a plan;
  // its whole table, 22 a plan, would be about 1.08× here; the whole program 5×).
  expect(large.cells).toBeLessThan(1.03 * small.cells);
});
