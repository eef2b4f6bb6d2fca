/**
 * A plan as read back from its tab: what the roll-up, health and review digests work on.
 * Dates are JavaScript Dates (the instant Sheets returns); "days" are computed in the
 * spreadsheet's time zone by the functions in calendar.ts.
 */
import type { CheckpointRow } from "../outcomes/checkpoint";
import type { Attainment, CareerOutcome, SkillRating } from "../outcomes/evaluation";
import type { FeedbackEntry } from "../outcomes/feedback";
import type { ActionStatus, Cadence, GoalStatus, Owner, PlanStatus } from "./vocabulary";

export interface Person {
  name: string;
  email: string;
}

export interface PlanHeader {
  mentee: Person;
  mentor: Person;
  reviewerEmail: string;
  focusArea: string;
  startDate: Date | null;
  targetEndDate: Date | null;
  cadence: Cadence | null;
  mode: string;
  learningStyle: string;
  planStatus: PlanStatus | null;
  /** The day the plan status took effect (the status row's column C), when given. */
  statusSince: Date | null;
  /** Why the plan was paused or ended early (the status row's column D). */
  statusReason: string;
}

export interface Goal {
  /** The goal's number as written in the # column. */
  number: number;
  text: string;
  successCriteria: string;
  targetDate: Date | null;
  status: GoalStatus;
  /** Marked at the end of the plan: attained, partly, not. */
  attained: Attainment | null;
  doneOn: Date | null;
}

export interface Action {
  number: number | null;
  goalNumber: number | null;
  text: string;
  owner: Owner | null;
  dueDate: Date | null;
  resources: string;
  status: ActionStatus;
  doneOn: Date | null;
}

export interface CheckIn {
  date: Date;
  attended: string;
  discussed: string;
  progressNotes: string;
  blockers: string;
  /** 1–5, or null when not given. */
  menteeRating: number | null;
}

export interface NextStep {
  step: string;
  owner: string;
  byWhen: Date | null;
  done: boolean;
}

/** Something in a tab that could not be read, in words a coordinator understands. */
export interface Problem {
  message: string;
  /** 1-based sheet row, when the problem is in a row. */
  row?: number;
}

export interface ParsedPlan {
  planId: string;
  sheetName: string;
  header: PlanHeader;
  goals: Goal[];
  actions: Action[];
  checkIns: CheckIn[];
  nextSteps: NextStep[];
  /** STARTING POINT skills with their starting, target and end levels. */
  skills: SkillRating[];
  checkpointRows: CheckpointRow[];
  feedback: FeedbackEntry[];
  careerOutcomes: CareerOutcome[];
  problems: Problem[];
}
