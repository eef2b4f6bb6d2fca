import { describe, expect, it } from "vitest";
import {
  changeLifecycle,
  isLive,
  LIFECYCLE_STATUSES,
  type Lifecycle,
  lifecycleOf,
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
    expect(refused).toEqual({ ok: false, message: "Give a reason for ending the plan early." });
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
      message: "A active plan cannot be archived. Close it first.",
    });
    expect(changeLifecycle(active, { to: "Active" }, today)).toEqual({
      ok: false,
      message: "The plan is already active.",
    });
    expect(changeLifecycle(active, { to: "Closed" }, today)).toEqual({
      ok: false,
      message: "Say whether the plan was completed or ended early.",
    });
    expect(changeLifecycle(active, { to: "Paused", reason: "x".repeat(301) }, today).ok).toBe(
      false,
    );
  });
});
