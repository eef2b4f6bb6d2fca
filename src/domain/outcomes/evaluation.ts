/**
 * The end-of-plan evaluation, written by the pair in their tab at the Final review
 * (docs/design.md "End-of-plan evaluation"): each STARTING POINT skill re-rated (level at the
 * end, beside the starting level and the target), each goal marked attained / partly / not with
 * the day it was done, and the career outcomes that followed, with the evidence of leadership
 * growth (input from colleagues, a project delivered).
 */
import type { GoalStatus } from "../plan/vocabulary";

export const ATTAINMENTS = ["Yes", "Partly", "No"] as const;
export type Attainment = (typeof ATTAINMENTS)[number];

/** Career outcomes a program reports, then the evidence of leadership growth. */
export const CAREER_OUTCOMES = [
  "Promotion",
  "New responsibilities",
  "Leadership opportunity",
  "Recognition",
  "Colleague feedback",
  "Project delivered",
] as const;
export type CareerOutcomeKind = (typeof CAREER_OUTCOMES)[number];
/** The outcomes that are evidence of leadership growth rather than a career step. */
export const LEADERSHIP_EVIDENCE: readonly CareerOutcomeKind[] = [
  "Colleague feedback",
  "Project delivered",
];

export interface SkillRating {
  skill: string;
  /** Level at the start (the STARTING POINT's current level), 1–5. */
  baseline: number | null;
  target: number | null;
  /** Level re-rated at the end, 1–5. */
  end: number | null;
  row?: number;
}

export interface EvaluatedGoal {
  number: number;
  text: string;
  status: GoalStatus;
  attained: Attainment | null;
  doneOn: Date | null;
}

export interface CareerOutcome {
  kind: CareerOutcomeKind;
  details: string;
  date: Date | null;
  row?: number;
}

/** Skills the evaluation must re-rate: those with a starting level. */
export const skillsToRerate = (skills: readonly SkillRating[]): SkillRating[] =>
  skills.filter((s) => s.skill.trim() !== "" && s.baseline !== null);

/** What is still missing from the mentee's evaluation (empty when it is complete). */
export function evaluationGaps(
  skills: readonly SkillRating[],
  goals: readonly EvaluatedGoal[],
): string[] {
  const gaps: string[] = [];
  const unrated = skillsToRerate(skills).filter((s) => s.end === null).length;
  if (unrated > 0) gaps.push(`${unrated} skill${unrated === 1 ? "" : "s"} to re-rate`);
  const unmarked = goals.filter((g) => g.status !== "Dropped" && g.attained === null).length;
  if (unmarked > 0) gaps.push(`${unmarked} goal${unmarked === 1 ? "" : "s"} to mark attained`);
  return gaps;
}
