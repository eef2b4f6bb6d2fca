import { describe, expect, it } from "vitest";
import {
  allowedChanges,
  changeLabel,
  changeLifecycle,
  isLive,
  LIFECYCLE_STATUSES,
  type Lifecycle,
  lifecycleOf,
  PLAN_STAGES,
  statusWord,
} from "../../../src/domain/outcomes/lifecycle";
import { day } from "./fixtures";

const today = day("2026-05-01");
const active = lifecycleOf("Active");

function ok(result: ReturnType<typeof changeLifecycle>): Lifecycle {
  if (!result.ok) throw new Error(result.message);
  return result.lifecycle;
}

describe("plan lifecycle", () => {
  it("every status word round-trips through its stage and closure", () => {
    for (const word of LIFECYCLE_STATUSES) {
      const l = lifecycleOf(word);
      expect(statusWord(l.stage, l.closure)).toBe(word);
    }
    expect(lifecycleOf(null)).toEqual({ stage: "Active", closure: null, since: null, reason: "" });
  });

  it("only Active plans are live (get reminders, can need attention)", () => {
    expect(LIFECYCLE_STATUSES.filter((w) => isLive(lifecycleOf(w)))).toEqual(["Active"]);
  });

  it("Active → Paused → Active → Closed (completed) → Archived → Closed, keeping how it closed", () => {
    const paused = ok(
      changeLifecycle(active, { to: "Paused", reason: " parental  leave " }, today),
    );
    expect(paused).toEqual({
      stage: "Paused",
      closure: null,
      since: today,
      reason: "parental leave",
    });
    const resumed = ok(changeLifecycle(paused, { to: "Active" }, today));
    expect(resumed.stage).toBe("Active");
    const closed = ok(changeLifecycle(resumed, { to: "Closed", closure: "Completed" }, today));
    expect(closed).toMatchObject({ stage: "Closed", closure: "Completed" });
    const archived = ok(changeLifecycle(closed, { to: "Archived" }, today));
    expect(statusWord(archived.stage, archived.closure)).toBe("Archived – completed");
    const unarchived = ok(changeLifecycle(archived, { to: "Closed" }, today));
    expect(unarchived).toMatchObject({ stage: "Closed", closure: "Completed" });
  });

  it("ending early needs a reason, which archiving keeps", () => {
    const refused = changeLifecycle(active, { to: "Closed", closure: "Ended early" }, today);
    expect(refused).toEqual({
      ok: false,
      message: "Give a reason for ending the plan early.",
      field: "reason",
    });
    const ended = ok(
      changeLifecycle(
        active,
        { to: "Closed", closure: "Ended early", reason: "Mentor left" },
        today,
      ),
    );
    const archived = ok(changeLifecycle(ended, { to: "Archived" }, today));
    expect(archived).toMatchObject({ closure: "Ended early", reason: "Mentor left" });
  });

  it("refuses moves the lifecycle does not allow, saying why", () => {
    expect(changeLifecycle(active, { to: "Archived" }, today)).toEqual({
      ok: false,
      message: "An active plan cannot be archived. Close it first.",
    });
    expect(changeLifecycle(active, { to: "Active" }, today)).toEqual({
      ok: false,
      message: "The plan is already active.",
    });
    expect(changeLifecycle(active, { to: "Closed" }, today)).toEqual({
      ok: false,
      message: "Say whether the plan was completed or ended early.",
      field: "closure",
    });
    expect(changeLifecycle(lifecycleOf("Paused"), { to: "Archived" }, today)).toMatchObject({
      message: "A paused plan cannot be archived. Close it first.",
    });
    expect(changeLifecycle(active, { to: "Paused", reason: "x".repeat(301) }, today)).toEqual({
      ok: false,
      message: "Keep the reason under 300 characters.",
      field: "reason",
    });
  });

  it("names each allowed move in the coordinator's words, and allows exactly those", () => {
    const offered = PLAN_STAGES.map((from) => [
      from,
      allowedChanges(from).map((to) => changeLabel(from, to)),
    ]);
    expect(offered).toEqual([
      ["Active", ["Pause", "Close"]],
      ["Paused", ["Resume", "Close"]],
      ["Closed", ["Archive", "Reopen"]],
      ["Archived", ["Unarchive"]],
    ]);
    for (const from of PLAN_STAGES) {
      const current = lifecycleOf(
        statusWord(from, from === "Active" || from === "Paused" ? null : "Completed"),
      );
      for (const to of PLAN_STAGES) {
        const result = changeLifecycle(current, { to, closure: "Completed" }, today);
        expect(result.ok).toBe(allowedChanges(from).includes(to));
      }
    }
  });
});
