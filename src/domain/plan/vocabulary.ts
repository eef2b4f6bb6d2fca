/**
 * The words a plan tab is made of: status values, owners, cadences, modes.
 * One list each, shared by the sidebar form, the plan tab's dropdowns and the parser.
 */
export const GOAL_STATUSES = ["Not started", "In progress", "Done", "Dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ACTION_STATUSES = [
  "Not started",
  "In progress",
  "Blocked",
  "Done",
  "Dropped",
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type { LifecycleStatus as PlanStatus } from "../outcomes/lifecycle";
/** The plan lifecycle's statuses (outcomes/lifecycle.ts). */
export { LIFECYCLE_STATUSES as PLAN_STATUSES } from "../outcomes/lifecycle";

export const OWNERS = ["Mentee", "Mentor", "Both"] as const;
export type Owner = (typeof OWNERS)[number];

export const NEXT_STEP_DONE = ["Yes", "No"] as const;

/** Meeting cadence, with its length in days (used by the Stalled rule). */
export const CADENCES = {
  Weekly: 7,
  "Every two weeks": 14,
  Monthly: 30,
} as const;
export type Cadence = keyof typeof CADENCES;
export const CADENCE_NAMES = Object.keys(CADENCES) as Cadence[];

export const MEETING_MODES = ["In person", "Video", "Chat"] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const LEARNING_STYLES = [
  "Learning by doing",
  "Observing others",
  "Reading and research",
  "Discussion and feedback",
  "Structured courses",
] as const;
export type LearningStyle = (typeof LEARNING_STYLES)[number];

/** Stalled, At risk, On track and Complete are decided by health.ts; Paused and Closed follow
 * the plan's lifecycle stage (outcomes/lifecycle.ts stageHealth): such plans are not followed up. */
export const HEALTHS = ["Stalled", "At risk", "On track", "Complete", "Paused", "Closed"] as const;
export type Health = (typeof HEALTHS)[number];

export const RATINGS = [1, 2, 3, 4, 5] as const;
export const SKILL_LEVELS = [1, 2, 3, 4, 5] as const;
