/**
 * The competent baseline is the bench's headline comparison only if it does the same work as
 * the add-on: the same plan tab, the same Dashboard figures, one digest per reviewer covering
 * the same pairs — in batched calls. These tests check that on a small generated program.
 */
import { beforeAll, expect, test } from "vitest";
import {
  competentInsertPlan,
  competentPreview,
  competentRefresh,
  competentReview,
} from "../../scripts/bench/competent-baseline";
import {
  buildPrograms,
  expectedReviewers,
  newPairForm,
  type ProgramBuild,
  restoreProgram,
} from "../../scripts/bench/program-generator";
import { PLAN_ID_METADATA_KEY } from "../../src/domain/plan-tab/sections";
import type { Environment, Snapshot } from "../emulator";
import { dashboardFigures } from "./dashboard-figures";

const N = 12;
let build: ProgramBuild;
let snapshot: Snapshot;
beforeAll(() => {
  build = buildPrograms([N]);
  const s = build.snapshots.get(N);
  if (!s) throw new Error("no snapshot");
  snapshot = s;
});

function planTabs(env: Environment): string[] {
  return env.inspect
    .sheetNames()
    .filter((name) => env.inspect.metadata(name).some((d) => d.key === PLAN_ID_METADATA_KEY));
}

test("the competent insert writes the same plan tab as insertPlan, in a handful of calls", () => {
  const form = newPairForm(build.today, N);
  const ours = restoreProgram(snapshot);
  const inserted = ours.bundle.call<{ ok: boolean; sheetName: string; planId: string }>(
    "insertPlan",
    form,
  );
  expect(inserted.ok).toBe(true);
  const other = restoreProgram(snapshot);
  const m = other.env.calls.measure(() =>
    other.env.runExecution(() =>
      competentInsertPlan(other.env.globals, form, "plan-0000000000ff", other.env.clock.now()),
    ),
  );
  expect(m.result).toBe(inserted.sheetName);
  // The same tab but for the plan id each shows in row 1 (ids are random per insert).
  const anyId = (values: unknown[][], id: string) =>
    values.map((row) => row.map((v) => (v === id ? "<plan id>" : v)));
  expect(anyId(other.env.inspect.sheetValues(m.result), "plan-0000000000ff")).toEqual(
    anyId(ours.env.inspect.sheetValues(inserted.sheetName), inserted.planId),
  );
  // Batched: one setValues for the tab, one appendRow for the Dashboard, under the lock.
  expect(m.byMethod).toMatchObject({
    "Range.setValues": 1,
    "Sheet.appendRow": 1,
    "Lock.waitLock": 1,
    "Lock.releaseLock": 1,
  });
  // Google's protection sample per label range (protect, addEditor, getEditors, removeEditors,
  // canDomainEdit) is most of it: 11 ranges.
  expect(m.calls).toBeLessThan(80);
});

test("the competent refresh reads each tab once and shows the same figures as ours", () => {
  const ours = restoreProgram(snapshot);
  ours.bundle.call("refreshDashboard");
  const other = restoreProgram(snapshot);
  const m = other.env.calls.measure(() =>
    other.env.runExecution(() => competentRefresh(other.env.globals, other.env.clock.now())),
  );
  const tabs = planTabs(other.env).length;
  expect(m.result.plans).toBe(tabs);
  // One getValues per plan tab (no per-cell reads), the Dashboard written in one setValues.
  expect(m.byMethod["Range.getValues"]).toBe(tabs);
  expect(m.byMethod["Range.getValue"]).toBeUndefined();
  expect(m.byMethod["Range.setValues"]).toBe(1);
  const theirs = dashboardFigures(other.env);
  const ourRows = dashboardFigures(ours.env);
  expect(theirs.size).toBe(tabs);
  for (const [id, figures] of theirs) expect(figures, id).toEqual(ourRows.get(id));
});

test("the competent review sends each reviewer one digest, as ours does, and logs in one write", () => {
  const ours = restoreProgram(snapshot);
  ours.bundle.call("refreshDashboard");
  ours.bundle.call("sendReviewsNow");
  const other = restoreProgram(snapshot);
  const m = other.env.calls.measure(() =>
    other.env.runExecution(() => competentReview(other.env.globals, other.env.clock.now())),
  );
  const reviewers = expectedReviewers(build.pairs);
  expect(m.result.sent).toBe(reviewers);
  expect(m.byMethod["MailApp.sendEmail"]).toBe(reviewers);
  const recipients = (env: Environment) => env.outbox.map((e) => e.to).sort();
  expect(recipients(other.env)).toEqual(recipients(ours.env));
  // Each digest covers the same pairs: its subject names the same count.
  const subjects = (env: Environment) => env.outbox.map((e) => `${e.to} ${e.subject}`).sort();
  expect(subjects(other.env)).toEqual(subjects(ours.env));
  expect(m.byMethod["SpreadsheetApp.flush"]).toBeUndefined();
});

test("the competent preview renders the reviewer's digest without writing", () => {
  const reviewer = build.pairs[0]?.reviewerEmail ?? "";
  const other = restoreProgram(snapshot);
  const m = other.env.calls.measure(() =>
    other.env.runExecution(() =>
      competentPreview(other.env.globals, reviewer, other.env.clock.now()),
    ),
  );
  const own = build.pairs.filter(
    (p) => p.reviewerEmail === reviewer && p.malformation !== "tab deleted",
  );
  expect(m.result.pairs).toBe(own.length);
  expect(m.byKind.write).toBe(0);
});
