/**
 * A plan as read back from its tab: what the roll-up, health and review digests work on.
 * Dates are JavaScript Dates (the instant Sheets returns); "days" are computed in the
 * spreadsheet's time zone by the functions in calendar.ts.
 */
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
}

export interface Goal {
  /** The goal's number as written in the # column. */
  number: number;
  text: string;
  successCriteria: string;
  targetDate: Date | null;
  status: GoalStatus;
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
  problems: Problem[];
}
