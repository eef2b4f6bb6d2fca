/**
 * The naive baseline is a fair comparison only if it does the same work as the add-on: the same
 * plan tab, the same Dashboard figures, an email for every pair. These tests check that on a
 * small generated program (the baseline is benchmark code; the product does not use it).
 */
import { beforeAll, expect, test } from "vitest";
import { naiveInsertPlan, naiveRefresh, naiveReview } from "../../scripts/bench/naive-baseline";
import {
  buildPrograms,
  newPairForm,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import { PLAN_ID_METADATA_KEY } from "../../src/domain/plan-tab/sections";
import type { Snapshot } from "../emulator";
import { dashboardFigures } from "./dashboard-figures";

const N = 10;
let build: ProgramBuild;
let snapshot: Snapshot;
beforeAll(() => {
  build = buildPrograms([N]);
  const s = build.snapshots.get(N);
  if (!s) throw new Error("no snapshot");
  snapshot = s;
});

test("the naive insert writes the same plan tab, cell for cell, as insertPlan", () => {
  const form = newPairForm(build.today, N);
  const ours = restoreProgram(snapshot);
  const inserted = ours.bundle.call<{ ok: boolean; sheetName: string; planId: string }>(
    "insertPlan",
    form,
  );
  expect(inserted.ok).toBe(true);
  const naive = restoreProgram(snapshot);
  const m = naive.env.calls.measure(() =>
    naive.env.runExecution(() =>
      naiveInsertPlan(naive.env.globals, form, "plan-0000000000ff", naive.env.clock.now()),
    ),
  );
  expect(m.result).toBe(inserted.sheetName);
  // The same tab but for the plan id each shows in row 1 (ids are random per insert).
  const anyId = (values: unknown[][], id: string) =>
    values.map((row) => row.map((v) => (v === id ? "<plan id>" : v)));
  expect(anyId(naive.env.inspect.sheetValues(m.result), "plan-0000000000ff")).toEqual(
    anyId(ours.env.inspect.sheetValues(inserted.sheetName), inserted.planId),
  );
  // Cell by cell: at least one setValue per non-empty cell of the tab.
  const filled = ours.env.inspect
    .sheetValues(inserted.sheetName)
    .flat()
    .filter((v) => v !== "").length;
  expect(m.byMethod["Range.setValue"]).toBeGreaterThanOrEqual(filled);
});

test("the naive refresh reads every cell one by one and shows the same figures as ours", () => {
  const ours = restoreProgram(snapshot);
  ours.bundle.call("refreshDashboard");
  const naive = restoreProgram(snapshot);
  const m = naive.env.calls.measure(() =>
    naive.env.runExecution(() => naiveRefresh(naive.env.globals, naive.env.clock.now())),
  );
  const naiveRows = dashboardFigures(naive.env);
  const ourRows = dashboardFigures(ours.env);
  // The naive version does not list deleted tabs; every plan it does list matches ours.
  expect(naiveRows.size).toBe(m.result.plans);
  expect(naiveRows.size).toBeGreaterThan(0);
  for (const [id, figures] of naiveRows) expect(figures, id).toEqual(ourRows.get(id));
  const planTabCells = naive.env.inspect
    .sheetNames()
    .filter((name) => naive.env.inspect.metadata(name).some((d) => d.key === PLAN_ID_METADATA_KEY))
    .reduce((n, name) => n + naive.env.inspect.sheetValues(name).flat().length, 0);
  expect(m.byMethod["Range.getValue"]).toBe(planTabCells);
});

test("the naive review emails every pair's reviewer, one email per pair", () => {
  const naive = restoreProgram(snapshot);
  const m = naive.env.calls.measure(() =>
    naive.env.runExecution(() => naiveReview(naive.env.globals, naive.env.clock.now())),
  );
  const pairsWithTabs = build.pairs.filter((p) => p.malformation !== "tab deleted");
  expect(m.result.sent).toBe(pairsWithTabs.length);
  expect(naive.env.outbox.map((e) => e.to).sort()).toEqual(
    pairsWithTabs.map((p) => p.reviewerEmail).sort(),
  );
  expect(m.byMethod["SpreadsheetApp.flush"]).toBe(pairsWithTabs.length);
});
