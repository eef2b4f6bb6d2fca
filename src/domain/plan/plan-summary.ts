/**
 * One plan rolled up: what a Dashboard row shows and what a reviewer's digest is made of.
 * Produced by summarizePlan (plan/summarize-plan.ts) from a ParsedPlan; the dashboard and the review emails
 * both read this, so the two can never disagree.
 */
import type { PairOutcomes } from "../outcomes/pair-outcomes";
import type { Problem } from "./plan";
import type { Health, Owner } from "./vocabulary";

export interface OverdueAction {
  goalNumber: number | null;
  text: string;
  owner: Owner | null;
  dueDate: Date;
  /** Whole days between the due date and today, in the spreadsheet's time zone (≥ 1). */
  daysLate: number;
}

export interface PlanSummary {
  planId: string;
  sheetName: string;
  /** Sheet id (gid) for links to the tab; null when the tab is gone. */
  sheetId: number | null;
  menteeName: string;
  menteeEmail: string;
  mentorName: string;
  mentorEmail: string;
  reviewerEmail: string;
  focusArea: string;
  startDate: Date | null;
  targetEndDate: Date | null;
  goalsDone: number;
  goalsActive: number;
  actionsDone: number;
  actionsActive: number;
  /** 0..1: mean progress of active goals (docs/design.md "Definitions"). */
  completion: number;
  overdueActions: OverdueAction[];
  lastCheckIn: Date | null;
  daysSinceCheckIn: number | null;
  /** Mentee rating of the last check-in that has one. */
  lastRating: number | null;
  health: Health;
  /** Why, in a few words (plan/health-reason.ts); "" when there is nothing to add. */
  healthReason: string;
  /** Open next steps (not done), in sheet order. */
  nextSteps: { step: string; owner: string; byWhen: Date | null }[];
  problems: Problem[];
  /** Checkpoints, feedback, evaluation and lifecycle rolled up (outcomes/pair-outcomes.ts). */
  outcomes: PairOutcomes;
}
