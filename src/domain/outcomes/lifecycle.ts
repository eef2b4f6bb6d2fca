/**
 * A plan's lifecycle: Active → Paused → Closed (completed, or ended early with a reason) →
 * Archived (tab hidden, still counted in Outcomes). The Plan status row of a plan tab carries it:
 * the status word in B, the day it took effect in C, the reason in D (docs/design.md
 * "Plan lifecycle"). The status words name the stage and, once closed, how the plan closed, so an
 * archived plan still says whether it was completed.
 */

export const PLAN_STAGES = ["Active", "Paused", "Closed", "Archived"] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

export const CLOSURES = ["Completed", "Ended early"] as const;
export type Closure = (typeof CLOSURES)[number];

/** The Plan status dropdown, in lifecycle order. */
export const LIFECYCLE_STATUSES = [
  "Active",
  "Paused",
  "Closed – completed",
  "Closed – ended early",
  "Archived – completed",
  "Archived – ended early",
] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

/** Words earlier plan tabs used, read as today's statuses. */
export const LEGACY_STATUSES: Readonly<Record<string, LifecycleStatus>> = {
  Complete: "Closed – completed",
  Completed: "Closed – completed",
  Closed: "Closed – completed",
  "Ended early": "Closed – ended early",
  Archived: "Archived – completed",
};

export interface Lifecycle {
  stage: PlanStage;
  /** How a closed or archived plan ended; null while Active or Paused. */
  closure: Closure | null;
  /** The day the current status took effect, when recorded. */
  since: Date | null;
  /** Why it was paused or ended early (free text, may be empty). */
  reason: string;
}

const STAGE_OF: Record<LifecycleStatus, [PlanStage, Closure | null]> = {
  Active: ["Active", null],
  Paused: ["Paused", null],
  "Closed – completed": ["Closed", "Completed"],
  "Closed – ended early": ["Closed", "Ended early"],
  "Archived – completed": ["Archived", "Completed"],
  "Archived – ended early": ["Archived", "Ended early"],
};

/** Stage and closure of a status word; a blank or unknown status reads as Active. */
export function lifecycleOf(
  status: LifecycleStatus | null,
  since: Date | null = null,
  reason = "",
): Lifecycle {
  const [stage, closure] = STAGE_OF[status ?? "Active"];
  return { stage, closure, since, reason };
}

/** The status word for a stage and closure. */
export function statusWord(stage: PlanStage, closure: Closure | null): LifecycleStatus {
  if (stage === "Active" || stage === "Paused") return stage;
  const how = closure === "Ended early" ? "ended early" : "completed";
  return `${stage} – ${how}` as LifecycleStatus;
}

/** Only an Active plan gets reminders, checkpoint nudges and "needs attention". */
export function isLive(lifecycle: Pick<Lifecycle, "stage">): boolean {
  return lifecycle.stage === "Active";
}

/**
 * The health a plan's stage decides on its own, null while Active: a paused or closed plan is
 * not followed up, so it is never Stalled or At risk (docs/design.md "Plan lifecycle"). A plan
 * closed or archived as completed shows Complete; one ended early shows Closed.
 */
export function stageHealth(
  lifecycle: Pick<Lifecycle, "stage" | "closure">,
): "Paused" | "Complete" | "Closed" | null {
  if (lifecycle.stage === "Active") return null;
  if (lifecycle.stage === "Paused") return "Paused";
  return lifecycle.closure === "Ended early" ? "Closed" : "Complete";
}

/** What a coordinator asks for: the stage to move to, and for closing how and why. */
export interface StatusChange {
  to: PlanStage;
  closure?: Closure;
  reason?: string;
}

/** Moves the lifecycle allows: pause and resume, close, archive and unarchive, reopen. */
const ALLOWED: Record<PlanStage, readonly PlanStage[]> = {
  Active: ["Paused", "Closed"],
  Paused: ["Active", "Closed"],
  Closed: ["Archived", "Active"],
  Archived: ["Closed"],
};

export const MAX_REASON_LENGTH = 300;

/**
 * The lifecycle after a change, or the sentence that says why it is not allowed. Closing needs a
 * closure, ending early needs a reason; archiving and unarchiving keep how the plan closed.
 */
export function changeLifecycle(
  current: Lifecycle,
  change: StatusChange,
  today: Date,
): { ok: true; lifecycle: Lifecycle } | { ok: false; message: string } {
  const reason = (change.reason ?? "").replace(/\s+/g, " ").trim();
  if (reason.length > MAX_REASON_LENGTH) {
    return { ok: false, message: `Keep the reason under ${MAX_REASON_LENGTH} characters.` };
  }
  if (change.to === current.stage) {
    return { ok: false, message: `The plan is already ${current.stage.toLowerCase()}.` };
  }
  if (!ALLOWED[current.stage].includes(change.to)) {
    const from = current.stage.toLowerCase();
    const hint = change.to === "Archived" ? " Close it first." : "";
    return {
      ok: false,
      message: `A ${from} plan cannot be ${change.to.toLowerCase()}.${hint}`,
    };
  }
  if (change.to === "Closed" && current.stage !== "Archived") {
    if (!change.closure) {
      return { ok: false, message: "Say whether the plan was completed or ended early." };
    }
    if (change.closure === "Ended early" && reason === "") {
      return { ok: false, message: "Give a reason for ending the plan early." };
    }
    return {
      ok: true,
      lifecycle: { stage: "Closed", closure: change.closure, since: today, reason },
    };
  }
  const keepsClosure = change.to === "Archived" || change.to === "Closed";
  return {
    ok: true,
    lifecycle: {
      stage: change.to,
      closure: keepsClosure ? current.closure : null,
      since: today,
      reason: keepsClosure && reason === "" ? current.reason : reason,
    },
  };
}
