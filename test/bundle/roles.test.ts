/**
 * Roles (docs/design.md, "Roles"): once the add-on is used in a spreadsheet every editor sees
 * its menu, so the add-on decides who may run a coordinator's action: the spreadsheet's owner
 * and the coordinators listed in settings. Anyone else gets one sentence and nothing changes.
 */
import { describe, expect, it } from "vitest";
import type {
  InsertPlanResult,
  ReviewRunResult,
  SaveSettingsResult,
} from "../../src/domain/sidebar-contract/replies";
import { COORDINATOR, planForm, ReviewProgram } from "./review-fixture";

const REFUSED =
  /^Only the program's coordinators can .+: nothing was changed\. Ask the spreadsheet's owner to add you as a coordinator in Settings\.$/;

function program() {
  const p = new ReviewProgram();
  const pair = p.insert({ mentee: "Ann", mentor: "Mo", reviewer: "rita@example.com" });
  p.scheduleReviews();
  p.env.sharing.addEditor(pair.menteeEmail);
  return { p, pair };
}

describe("a mentee with the add-on's menu", () => {
  it("clicks Send reviews now: nothing is sent, nothing is logged, and the sheet says why", () => {
    const { p, pair } = program();
    const logBefore = p.env.inspect.sheetNames().includes("Review log") ? p.reviewLog() : [];
    p.env.setUser(pair.menteeEmail);
    const result = p.bundle.call<ReviewRunResult>("sendReviewsNow");
    expect(result).toMatchObject({ sent: 0, deferred: 0, failed: 0 });
    expect(result.message).toMatch(REFUSED);
    expect(p.env.outbox).toEqual([]);
    expect(p.env.ui.toasts.at(-1)?.message).toBe(result.message);
    p.env.setUser(COORDINATOR);
    const logAfter = p.env.inspect.sheetNames().includes("Review log") ? p.reviewLog() : [];
    expect(logAfter).toEqual(logBefore);
  });

  it("cannot insert plans or change settings (which would also take the scheduler over)", () => {
    const { p, pair } = program();
    const tabs = p.env.inspect.sheetNames();
    const triggers = p.env.triggers;
    p.env.setUser(pair.menteeEmail);
    const insert = p.bundle.call<InsertPlanResult>(
      "insertPlan",
      planForm({ mentee: "Eve", mentor: "Ed", reviewer: "x@example.com" }),
    );
    expect(insert).toMatchObject({ ok: false, fieldErrors: {} });
    expect(insert.message).toMatch(REFUSED);
    const save = p.bundle.call<SaveSettingsResult>("saveSettings", {
      programName: "Hijacked",
      reviewsEnabled: false,
    });
    expect(save.ok).toBe(false);
    expect(save.message).toMatch(REFUSED);
    expect(p.env.inspect.sheetNames()).toEqual(tabs);
    expect(p.env.triggers).toEqual(triggers);
    const state = p.sidebar();
    expect(state.isCoordinator).toBe(false);
    expect(state.settings.programName).toBe("Leaders 2026");
  });

  it("may still open the sidebar, see the plans and the review status, and refresh the Dashboard", () => {
    const { p, pair } = program();
    p.env.setUser(pair.menteeEmail);
    const state = p.sidebar();
    expect(state.plans.map((plan) => plan.sheetName)).toEqual([pair.sheetName]);
    expect(state.schedule.running).toBe(true);
    expect(p.bundle.call("refreshDashboard")).toMatchObject({ plans: 1, problems: 0 });
  });
});

describe("coordinators listed in settings", () => {
  it("are let in on the list alone: the spreadsheet's owner is not looked up for them", () => {
    const { p } = program();
    p.scheduleReviews({ coordinators: ["deputy@example.org"] });
    p.env.setUser("deputy@example.org");
    const run = p.env.calls.measure(() => p.sendNow());
    expect(run.result.sent).toBeGreaterThan(0);
    const sidebar = p.env.calls.measure(() => p.sidebar());
    expect(sidebar.result.isCoordinator).toBe(true);
    expect(run.byMethod["Spreadsheet.getOwner"]).toBeUndefined();
    expect(sidebar.byMethod["Spreadsheet.getOwner"]).toBeUndefined();
    // Inserting a plan still asks whether they own the file (the owner is never added to a
    // protection as an editor; anyone else is).
    const insert = p.env.calls.measure(() =>
      p.bundle.call<InsertPlanResult>(
        "insertPlan",
        planForm({ mentee: "Eve", mentor: "Ed", reviewer: "x@example.com" }),
      ),
    );
    expect(insert.result.ok).toBe(true);
    expect(insert.byMethod["Spreadsheet.getOwner"]).toBe(1);
    // Anyone not listed is still checked against the owner.
    p.env.setUser(COORDINATOR);
    const owner = p.env.calls.measure(() => p.sendNow());
    expect(owner.result.message).not.toMatch(REFUSED);
    expect(owner.byMethod["Spreadsheet.getOwner"]).toBe(1);
  });

  it("act as the owner does; removed from the list, their scheduler stops sending from their account", () => {
    const { p } = program();
    p.scheduleReviews({ coordinators: ["deputy@example.org"] });
    p.env.setUser("deputy@example.org");
    expect(p.sidebar().isCoordinator).toBe(true);
    const inserted = p.bundle.call<InsertPlanResult>(
      "insertPlan",
      planForm({ mentee: "Eve", mentor: "Ed", reviewer: "x@example.com" }),
    );
    expect(inserted.ok).toBe(true);
    // The owner's scheduler stops; the deputy takes it over, then is removed from the list.
    p.env.setUser(COORDINATOR);
    p.saveSettings({
      programName: "Leaders 2026",
      reviewsEnabled: false,
      coordinators: ["deputy@example.org"],
    });
    p.env.setUser("deputy@example.org");
    p.scheduleReviews({ coordinators: ["deputy@example.org"] });
    expect(p.env.triggers.map((t) => t.owner)).toEqual(["deputy@example.org"]);
    p.env.setUser(COORDINATOR);
    p.scheduleReviews({ coordinators: [] });
    p.advanceTo("2026-01-12T10:00:00Z");
    expect(p.env.triggers.map((t) => t.owner)).toEqual([]);
    expect(p.sidebar().schedule.notRunning).toContain("No scheduler is running for this program");
    expect(p.runErrors()).toEqual([]);
  });
});
