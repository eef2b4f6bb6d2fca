/**
 * One pair's outcomes, rolled up from its plan tab: the row the Outcomes tab shows for it, and
 * what the program totals and the impact report add up. Every figure comes from metrics.ts.
 */

import type { CheckIn, ParsedPlan, Person, Problem } from "../plan/plan";
import type { Cadence } from "../plan/vocabulary";
import type { DayKey } from "../sheet/calendar";
import type { CheckpointRow, CheckpointState } from "./checkpoint";
import type { CareerOutcome, EvaluatedGoal, SkillRating } from "./evaluation";
import type { FeedbackEntry, FitAnswer, Respondent } from "./feedback";
import { latestFit } from "./feedback";
import { isLive, type Lifecycle, lifecycleOf } from "./lifecycle";
import {
  type CheckInActivity,
  checkInActivity,
  daysToGoals,
  type GoalAttainment,
  goalAttainment,
  mean,
  median,
  type Satisfaction,
  type SkillGrowth,
  satisfaction,
  skillGrowth,
} from "./metrics";
import { type Duty, planCheckpointProgress } from "./plan-checkpoints";

/** What the outcome roll-up reads from a plan tab (a ParsedPlan provides all of it). */
export interface OutcomePlan {
  planId: string;
  sheetName: string;
  header: {
    mentee: Person;
    mentor: Person;
    startDate: Date | null;
    targetEndDate: Date | null;
    cadence: Cadence | null;
  };
  lifecycle: Lifecycle;
  goals: readonly EvaluatedGoal[];
  checkIns: readonly CheckIn[];
  skills: readonly SkillRating[];
  checkpointRows: readonly CheckpointRow[];
  feedback: readonly FeedbackEntry[];
  careerOutcomes: readonly CareerOutcome[];
}

/** A parsed plan as the outcome roll-up reads it: its status row gives the lifecycle. */
export function outcomePlanOf(plan: ParsedPlan): OutcomePlan {
  const { planStatus, statusSince, statusReason } = plan.header;
  return { ...plan, lifecycle: lifecycleOf(planStatus, statusSince, statusReason) };
}

export interface DueCheckpoint {
  name: string;
  due: DayKey | null;
  state: CheckpointState;
  /** 1-based row of its CHECKPOINTS row, null when missing. */
  row: number | null;
  waitingFor: Duty[];
}

export interface Quote {
  text: string;
  respondent: Respondent;
  checkpoint: string;
}

export interface PairOutcomes {
  planId: string;
  sheetName: string;
  sheetId: number | null;
  menteeName: string;
  mentorName: string;
  lifecycle: Lifecycle;
  startDate: Date | null;
  targetEndDate: Date | null;
  nextCheckpoint: { name: string; due: DayKey | null; state: CheckpointState } | null;
  overdueCheckpoints: number;
  /** Checkpoints Due or Overdue with something still owed (none for a plan not Active). */
  dueCheckpoints: DueCheckpoint[];
  checkIns: CheckInActivity;
  skills: (SkillRating & SkillGrowth)[];
  /** Mean growth (levels) of the re-rated skills; null when none is. */
  meanGrowth: number | null;
  /** Mean share of the target gap closed over the skills that have one. */
  meanGapClosed: number | null;
  attainment: GoalAttainment;
  daysToGoal: number[];
  medianDaysToGoal: number | null;
  satisfaction: Record<Respondent, Satisfaction>;
  /** Each person's 0–10 answers in checkpoint order. */
  satisfactionScores: Record<Respondent, number[]>;
  /** Every 0–10 answer of the pair (both people), for the NPS-style score. */
  scores: number[];
  /** Each person's latest fit answer. */
  latestFit: Record<Respondent, FitAnswer | null>;
  fitAnswers: FitAnswer[];
  careerOutcomes: CareerOutcome[];
  quotes: Quote[];
  problems: Problem[];
}

export function pairOutcomes(
  plan: OutcomePlan,
  sheetId: number | null,
  today: DayKey,
  timeZone: string,
): PairOutcomes {
  const { header } = plan;
  const progress = planCheckpointProgress(
    {
      startDate: header.startDate,
      targetEndDate: header.targetEndDate,
      checkIns: plan.checkIns,
      checkpointRows: plan.checkpointRows,
      feedback: plan.feedback,
      goals: plan.goals,
      skills: plan.skills,
    },
    today,
    timeZone,
  );
  const skills = plan.skills
    .filter((s) => s.skill.trim() !== "")
    .map((s) => ({ ...s, ...skillGrowth(s) }));
  const days = daysToGoals(plan.goals, header.startDate, timeZone);
  const scoresOf = (who: Respondent) =>
    progress.answers.flatMap(({ entry }) =>
      entry.respondent === who && entry.satisfaction !== null ? [entry.satisfaction] : [],
    );
  const fit = latestFit(progress.answers);
  const live = isLive(plan.lifecycle);
  const next = live ? progress.next : null;
  return {
    planId: plan.planId,
    sheetName: plan.sheetName,
    sheetId,
    menteeName: header.mentee.name,
    mentorName: header.mentor.name,
    lifecycle: plan.lifecycle,
    startDate: header.startDate,
    targetEndDate: header.targetEndDate,
    nextCheckpoint: next ? { name: next.name, due: next.due, state: next.state } : null,
    overdueCheckpoints: live ? progress.overdue.length : 0,
    dueCheckpoints: live
      ? progress.checkpoints
          .filter((c) => (c.state === "Due" || c.state === "Overdue") && c.waitingFor.length > 0)
          .map((c) => ({
            name: c.name,
            due: c.due,
            state: c.state,
            row: c.row,
            waitingFor: c.waitingFor,
          }))
      : [],
    checkIns: checkInActivity(
      {
        ...header,
        checkIns: plan.checkIns,
        stoppedOn: live ? null : (plan.lifecycle.since ?? null),
      },
      today,
      timeZone,
    ),
    skills,
    meanGrowth: mean(skills.flatMap((s) => (s.growth === null ? [] : [s.growth]))),
    meanGapClosed: mean(skills.flatMap((s) => (s.gapClosed === null ? [] : [s.gapClosed]))),
    attainment: goalAttainment(plan.goals),
    daysToGoal: days,
    medianDaysToGoal: median(days),
    satisfaction: {
      Mentee: satisfaction(scoresOf("Mentee")),
      Mentor: satisfaction(scoresOf("Mentor")),
    },
    satisfactionScores: { Mentee: scoresOf("Mentee"), Mentor: scoresOf("Mentor") },
    scores: progress.answers.flatMap(({ entry }) =>
      entry.satisfaction === null ? [] : [entry.satisfaction],
    ),
    latestFit: { Mentee: fit.Mentee?.fit ?? null, Mentor: fit.Mentor?.fit ?? null },
    fitAnswers: progress.answers.flatMap(({ entry }) => (entry.fit === null ? [] : [entry.fit])),
    careerOutcomes: [...plan.careerOutcomes],
    quotes: progress.answers.flatMap(({ entry, checkpoint }) =>
      entry.helped.trim() === "" || entry.respondent === null
        ? []
        : [
            {
              text: entry.helped.trim(),
              respondent: entry.respondent,
              checkpoint: checkpoint.name,
            },
          ],
    ),
    // Re-matching is a question for a plan still running (or paused), not a closed one.
    problems: [
      ...progress.problems,
      ...(plan.lifecycle.stage === "Active" || plan.lifecycle.stage === "Paused"
        ? progress.fitProblems
        : []),
    ],
  };
}
