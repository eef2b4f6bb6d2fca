/**
 * A coordinator changes a plan's status from the sidebar (setPlanStatus), through the built
 * bundle: the plan tab's Plan status cells are the record, archiving hides the tab and
 * unarchiving shows it, the Dashboard (after the refresh the sidebar runs) and Outcomes follow,
 * and reminders stop for paused and closed plans while an active pair is still reminded of its
 * due checkpoint. Refused or invalid changes are one sentence and change nothing.
 */
import { describe, expect, it } from "vitest";
import { DASHBOARD_HEADER_ROW } from "../../src/domain/dashboard/layout";
import { dashboardColumn } from "../../src/domain/dashboard/row";
import { HEADER_LABELS } from "../../src/domain/plan-tab/sections";
import { columnLetter } from "../../src/domain/sheet/a1-notation";
import { dateOfDay } from "../../src/domain/sheet/calendar";
import type { PlanStatusResult, RefreshResult } from "../../src/domain/sidebar-contract/replies";
import { dashboardRowOf } from "./program-fixture";
import { COORDINATOR, type Pair, ReviewProgram, TZ } from "./review-fixture";

const REFUSED =
  /^Only the program's coordinators can change a plan's status: nothing was changed\./;

function program() {
  const p = new ReviewProgram();
  const ann = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  const bea = p.insert({ mentee: "Bea", mentor: "Max", reviewer: "rita@example.com" });
  const cy = p.insert({ mentee: "Cy", mentor: "Nia", reviewer: "rita@example.com" });
  return { p, ann, bea, cy };
}

const setStatus = (p: ReviewProgram, pair: Pair | string, change: unknown) =>
  p.bundle.call<PlanStatusResult>(
    "setPlanStatus",
    typeof pair === "string" ? pair : pair.planId,
    change,
  );

/** The Plan status row's status, since and reason cells (B:D). */
function statusCells(p: ReviewProgram, pair: Pair): unknown[] {
  const values = p.env.inspect.sheetValues(pair.sheetName);
  const row = values.find((r) => r[0] === HEADER_LABELS.planStatus);
  return (row ?? []).slice(1, 4);
}

const hidden = (p: ReviewProgram, pair: Pair) => p.env.inspect.sheetState(pair.sheetName).hidden;

const today = dateOfDay("2026-01-06", TZ);

describe("setPlanStatus", () => {
  it("pauses and resumes: the status cells say so, with the day and the reason", () => {
    const { p, ann } = program();
    const paused = setStatus(p, ann, { to: "Paused", reason: "Parental leave" });
    expect(paused).toEqual({
      ok: true,
      planId: ann.planId,
      status: "Paused",
      message: `Ann's plan is paused: no reminders and never "needs attention" until it is resumed.`,
      refreshDashboard: true,
    });
    expect(statusCells(p, ann)).toEqual(["Paused", today, "Parental leave"]);
    const resumed = setStatus(p, ann, { to: "Active" });
    expect(resumed).toMatchObject({ ok: true, status: "Active" });
    expect(statusCells(p, ann)).toEqual(["Active", today, ""]);
  });

  it("the Dashboard and the sidebar show the status and the next checkpoint after the refresh", () => {
    const { p, ann, bea } = program();
    setStatus(p, bea, { to: "Paused" });
    expect(p.bundle.call<RefreshResult>("refreshDashboard").complete).toBe(true);
    expect(dashboardRowOf(p.env, bea.planId).Status).toBe("Paused");
    expect(dashboardRowOf(p.env, ann.planId).Status).toBe("Active");
    const plans = p.sidebar().plans;
    expect(plans.find((x) => x.planId === bea.planId)).toMatchObject({
      status: "Paused",
      nextCheckpoint: "",
    });
    expect(plans.find((x) => x.planId === ann.planId)).toMatchObject({
      status: "Active",
      nextCheckpoint: "Fit check · due 2026-02-04",
    });
  });

  it("closes as completed, archives (tab hidden, still in Outcomes), unarchives (tab shown)", () => {
    const { p, cy } = program();
    const early = setStatus(p, cy, { to: "Archived" });
    expect(early).toEqual({
      ok: false,
      fieldErrors: {},
      message: "An active plan cannot be archived. Close it first. Nothing was changed.",
    });
    expect(setStatus(p, cy, { to: "Closed", closure: "Completed" })).toMatchObject({
      ok: true,
      status: "Closed – completed",
    });
    const archived = setStatus(p, cy, { to: "Archived" });
    expect(archived).toMatchObject({ ok: true, status: "Archived – completed" });
    expect(archived.message).toBe(
      "Cy's plan is archived: its tab is hidden, and it still counts in Outcomes.",
    );
    expect(hidden(p, cy)).toBe(true);
    expect(p.bundle.call<RefreshResult>("refreshOutcomes")).toMatchObject({
      plans: 3,
      complete: true,
    });
    const totals = new Map(
      p.env.inspect.sheetValues("Outcomes").map((r) => [String(r[0]), r[1]] as const),
    );
    expect([totals.get("Pairs"), totals.get("Archived"), totals.get("Active")]).toEqual([3, 1, 2]);
    const back = setStatus(p, cy, { to: "Closed" });
    expect(back).toMatchObject({ ok: true, status: "Closed – completed" });
    expect(back.message).toBe("Cy's plan is unarchived: its tab shows again.");
    expect(hidden(p, cy)).toBe(false);
  });

  it("ending early needs a reason, shown next to the reason field; nothing is written without it", () => {
    const { p, bea } = program();
    const before = p.env.inspect.sheetValues(bea.sheetName);
    const refused = setStatus(p, bea, { to: "Closed", closure: "Ended early", reason: "  " });
    expect(refused).toEqual({
      ok: false,
      fieldErrors: { reason: "Give a reason for ending the plan early." },
      message: "Give a reason for ending the plan early. Nothing was changed.",
    });
    expect(p.env.inspect.sheetValues(bea.sheetName)).toEqual(before);
    const ended = setStatus(p, bea, {
      to: "Closed",
      closure: "Ended early",
      reason: '=HYPERLINK("http://evil","x") moved team',
    });
    expect(ended).toMatchObject({ ok: true, status: "Closed – ended early" });
    // Typed text that looks like a formula is stored as text (docs/design.md, bad input).
    const [, , reason] = statusCells(p, bea);
    expect(reason).toBe('=HYPERLINK("http://evil","x") moved team');
    const row = p.env.inspect.sheetValues(bea.sheetName).findIndex((r) => r[3] === reason) + 1;
    expect(p.env.inspect.cell(bea.sheetName, `D${row}`).formula).toBe("");
  });

  it("bad input and unknown plans get one sentence, and nothing changes", () => {
    const { p, ann } = program();
    const before = p.env.inspect.sheetValues(ann.sheetName);
    expect(setStatus(p, ann, { to: "Deleted" })).toEqual({
      ok: false,
      fieldErrors: { to: "Choose what to do with the plan." },
      message: "Nothing was changed: please correct the highlighted fields.",
    });
    expect(setStatus(p, ann, "Paused")).toMatchObject({ ok: false });
    expect(setStatus(p, ann, { to: "Paused", reason: "x".repeat(301) })).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Keep the reason under 300 characters." },
    });
    expect(setStatus(p, "", { to: "Paused" })).toEqual({
      ok: false,
      fieldErrors: {},
      message: "Which plan? The sidebar sent no plan id.",
    });
    expect(setStatus(p, "plan-nope", { to: "Paused" }).message).toBe(
      "This plan's tab is no longer in the spreadsheet: refresh the Dashboard. Nothing was changed.",
    );
    expect(setStatus(p, ann, { to: "Active" }).message).toBe(
      "The plan is already active. Nothing was changed.",
    );
    expect(p.env.inspect.sheetValues(ann.sheetName)).toEqual(before);
  });

  it("a tab whose Plan status label was deleted says so and is not written", () => {
    const { p, ann } = program();
    const values = p.env.inspect.sheetValues(ann.sheetName);
    const row = values.findIndex((r) => r[0] === HEADER_LABELS.planStatus) + 1;
    p.env.userEdit(ann.sheetName, `A${row}`, "");
    const before = p.env.inspect.sheetValues(ann.sheetName);
    const result = setStatus(p, ann, { to: "Paused" });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^This plan's tab has no "Plan status" row/);
    expect(p.env.inspect.sheetValues(ann.sheetName)).toEqual(before);
  });

  it("the last visible tab cannot be hidden: archiving it is refused and its status is kept", () => {
    const { p, ann, bea, cy } = program();
    setStatus(p, ann, { to: "Closed", closure: "Completed" });
    const before = statusCells(p, ann);
    p.env.runExecution(() => {
      const book = p.env.globals.SpreadsheetApp.getActiveSpreadsheet();
      for (const sheet of book.getSheets()) {
        if (sheet.getName() !== ann.sheetName) sheet.hideSheet();
      }
    });
    expect([hidden(p, bea), hidden(p, cy)]).toEqual([true, true]);
    const result = setStatus(p, ann, { to: "Archived" });
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      message: "The plan's status was not changed: You can't hide all the sheets in a document.",
    });
    expect(statusCells(p, ann)).toEqual(before);
    expect(hidden(p, ann)).toBe(false);
  });

  it("a pair (not a coordinator) is refused, nothing is written; nor may they refresh Outcomes", () => {
    const { p, ann } = program();
    p.env.sharing.addEditor(ann.menteeEmail);
    const before = p.env.inspect.sheetValues(ann.sheetName);
    const tabs = p.env.inspect.sheetNames();
    p.env.setUser(ann.menteeEmail);
    const result = setStatus(p, ann, { to: "Paused" });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(REFUSED);
    const outcomes = p.bundle.call<RefreshResult>("refreshOutcomes");
    expect(outcomes).toMatchObject({ plans: 0, complete: false });
    expect(outcomes.message).toMatch(
      /^Only the program's coordinators can refresh the Outcomes tab and the impact report: nothing was changed\./,
    );
    expect(p.env.ui.toasts.at(-1)?.message).toBe(outcomes.message);
    expect(p.env.inspect.sheetNames()).toEqual(tabs);
    expect(p.env.inspect.sheetValues(ann.sheetName)).toEqual(before);
    p.env.setUser(COORDINATOR);
    expect(p.sidebar().isCoordinator).toBe(true);
  });
});

describe("a Dashboard made before the Status column", () => {
  it("is refreshed in place (not taken for one changed by hand) and gains the column", () => {
    const { p, ann } = program();
    p.bundle.call<RefreshResult>("refreshDashboard");
    // The earlier layout: the same table without its last column.
    const status = columnLetter(dashboardColumn("Status"));
    p.env.userDeleteColumns("Dashboard", dashboardColumn("Status"));
    expect(p.env.inspect.cell("Dashboard", `${status}${DASHBOARD_HEADER_ROW}`).value).toBe("");
    const tabs = p.env.inspect.sheetNames();
    const refreshed = p.bundle.call<RefreshResult>("refreshDashboard");
    expect(refreshed).toMatchObject({ complete: true, plans: 3 });
    expect(refreshed.message).not.toContain("changed by hand");
    expect(p.env.inspect.sheetNames()).toEqual(tabs);
    expect(dashboardRowOf(p.env, ann.planId).Status).toBe("Active");
  });
});

describe("reminders follow the status", () => {
  it("an active pair is reminded of its due checkpoint; paused and closed pairs get nothing", () => {
    const { p, ann, bea, cy } = program();
    for (const pair of [ann, bea, cy]) p.logCheckIn(pair.sheetName, "2026-01-06", "First meeting");
    setStatus(p, bea, { to: "Paused", reason: "Leave" });
    setStatus(p, cy, { to: "Closed", closure: "Ended early", reason: "Mentor left" });
    p.scheduleReviews({ nudgesEnabled: true });
    p.advanceTo("2026-01-12T12:00:00Z");
    const to = (pair: Pair) => [pair.menteeEmail, pair.mentorEmail].join(",");
    const nudged = p.nudges().map((m) => m.to);
    expect(nudged).toContain(to(ann));
    expect(nudged).not.toContain(to(bea));
    expect(nudged).not.toContain(to(cy));
    const annNudge = p.nudges().find((m) => m.to === to(ann));
    expect(annNudge?.body).toContain("- Checkpoint Fit check (due 13 Jan 2026):");
    expect(annNudge?.htmlBody).toMatch(/#gid=\d+&amp;range=A\d+|#gid=\d+&range=A\d+/);
    const digest = p.digestsTo("rita@example.com").at(-1);
    expect(digest?.body).toContain("Checkpoints due:");
    expect(digest?.body).toContain("    - Fit check (due 13 Jan 2026)");
    // Only Ann's block names the checkpoint.
    expect(digest?.body.match(/Checkpoints due:/g)).toHaveLength(1);
    // Resumed, Bea is reminded again in the next period.
    setStatus(p, bea, { to: "Active" });
    p.advanceTo("2026-01-26T12:00:00Z");
    expect(p.nudges().map((m) => m.to)).toContain(to(bea));
    expect(p.nudges().map((m) => m.to)).not.toContain(to(cy));
  });
});
