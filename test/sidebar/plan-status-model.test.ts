import { describe, expect, it } from "vitest";
import { planStatusModel } from "../../sidebar/plan-status-model";
import { LIFECYCLE_STATUSES } from "../../src/domain/outcomes/lifecycle";
import type { SidebarState } from "../../src/domain/sidebar-contract/replies";

type ListedPlan = SidebarState["plans"][number];

const plan = (overrides: Partial<ListedPlan> = {}): ListedPlan => ({
  planId: "plan-0000000a",
  sheetName: "Plan · Ana",
  menteeName: "Ana",
  mentorName: "Mo",
  health: "On track",
  status: "Active",
  nextCheckpoint: "Mid-point · due 2026-04-06 (overdue)",
  ...overrides,
});

const moves = (status: ListedPlan["status"]) =>
  planStatusModel(plan({ status }), true).actions.map((a) => [a.label, a.to, a.asksClosure]);

describe("the plan list's status and checkpoint", () => {
  it("says the status and the next checkpoint, overdue in words", () => {
    expect(planStatusModel(plan(), false)).toEqual({
      statusLine: "Status: Active",
      checkpointLine: "Next checkpoint: Mid-point · due 2026-04-06 (overdue)",
      actions: [],
    });
    expect(planStatusModel(plan({ status: "", nextCheckpoint: "" }), true)).toEqual({
      statusLine: null,
      checkpointLine: null,
      actions: [],
    });
  });

  it("offers a coordinator exactly the moves the lifecycle allows; only closing asks how it ended", () => {
    expect(moves("Active")).toEqual([
      ["Pause", "Paused", false],
      ["Close", "Closed", true],
    ]);
    expect(moves("Paused")).toEqual([
      ["Resume", "Active", false],
      ["Close", "Closed", true],
    ]);
    expect(moves("Closed – ended early")).toEqual([
      ["Archive", "Archived", false],
      ["Reopen", "Active", false],
    ]);
    expect(moves("Archived – completed")).toEqual([["Unarchive", "Closed", false]]);
    for (const status of LIFECYCLE_STATUSES) {
      for (const a of planStatusModel(plan({ status }), true).actions) {
        expect(a.busyLabel).toMatch(/^[A-Z][a-z]+ing…$/);
      }
    }
  });
});
