/**
 * What the plan list shows of a plan's lifecycle and what a coordinator may do to it
 * (docs/design.md "Plan lifecycle"). The moves and their words come from the domain's
 * lifecycle (src/domain/outcomes/lifecycle.ts), so the sidebar never offers a move the server
 * would refuse; the server still decides.
 */
import {
  allowedChanges,
  changeLabel,
  lifecycleOf,
  type PlanStage,
} from "../src/domain/outcomes/lifecycle";
import type { SidebarState } from "../src/domain/sidebar-contract/replies";

type ListedPlan = SidebarState["plans"][number];

export interface StatusAction {
  label: string;
  to: PlanStage;
  /** Closing asks how the plan ended (and why, when early) before it is sent. */
  asksClosure: boolean;
  /** The button's label while the server works ("Pausing…"). */
  busyLabel: string;
}

export interface PlanStatusModel {
  /** "Status: Paused", or null before the Dashboard shows a status. */
  statusLine: string | null;
  /** "Next checkpoint: Mid-point · due 2026-04-06 (overdue)", or null when none. */
  checkpointLine: string | null;
  /** The moves a coordinator may make now; none for others or before a status is known. */
  actions: StatusAction[];
}

const BUSY: Record<string, string> = {
  Pause: "Pausing…",
  Resume: "Resuming…",
  Close: "Closing…",
  Archive: "Archiving…",
  Unarchive: "Unarchiving…",
  Reopen: "Reopening…",
};

export function planStatusModel(plan: ListedPlan, isCoordinator: boolean): PlanStatusModel {
  const checkpointLine = plan.nextCheckpoint ? `Next checkpoint: ${plan.nextCheckpoint}` : null;
  if (plan.status === "") return { statusLine: null, checkpointLine, actions: [] };
  const { stage } = lifecycleOf(plan.status);
  const actions = isCoordinator
    ? allowedChanges(stage).map((to) => {
        const label = changeLabel(stage, to);
        return {
          label,
          to,
          asksClosure: to === "Closed" && stage !== "Archived",
          busyLabel: BUSY[label] ?? "Saving…",
        };
      })
    : [];
  return { statusLine: `Status: ${plan.status}`, checkpointLine, actions };
}
