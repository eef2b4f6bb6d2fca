/**
 * The outcome metrics, ONE definition each (docs/design.md "Outcome metrics"). The Outcomes tab,
 * the impact report, the Dashboard's columns and the digests all call these.
 */

import type { CheckIn } from "../plan/plan";
import { CADENCES, type Cadence } from "../plan/vocabulary";
import { type DayKey, dayKey, daysBetween, earliestDay } from "../sheet/calendar";
import type {
  Attainment,
  CareerOutcome,
  CareerOutcomeKind,
  EvaluatedGoal,
  SkillRating,
} from "./evaluation";
import { CAREER_OUTCOMES } from "./evaluation";
import { FIT_ANSWERS, type FitAnswer } from "./feedback";

/** Days in a "month" for rates (the Monthly cadence's length). */
export const DAYS_PER_MONTH = CADENCES.Monthly;
/** An unknown cadence is read as the longest one, as health.ts does. */
const FALLBACK_CADENCE: Cadence = "Monthly";

export const mean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;

/** Middle value (mean of the two middle ones for an even count); null for none. */
export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface SkillGrowth {
  /** Level at the end minus the starting level; null until both are rated. */
  growth: number | null;
  /**
   * Growth over the gap the target set (target − start), at most 1: the share of the gap closed.
   * Null without growth or when the target was not above the start.
   */
  gapClosed: number | null;
}

export function skillGrowth(skill: SkillRating): SkillGrowth {
  if (skill.baseline === null || skill.end === null) return { growth: null, gapClosed: null };
  const growth = skill.end - skill.baseline;
  const gap = skill.target === null ? 0 : skill.target - skill.baseline;
  return { growth, gapClosed: gap > 0 ? Math.min(1, growth / gap) : null };
}

export interface GoalAttainment {
  /** Active (not Dropped) goals marked Yes, Partly or No. */
  assessed: number;
  attained: number;
  partly: number;
  notAttained: number;
  /** attained ÷ assessed; null when none is assessed. */
  rate: number | null;
}

export function goalAttainment(goals: readonly EvaluatedGoal[]): GoalAttainment {
  const count = (a: Attainment) =>
    goals.filter((g) => g.status !== "Dropped" && g.attained === a).length;
  const attained = count("Yes");
  const partly = count("Partly");
  const notAttained = count("No");
  const assessed = attained + partly + notAttained;
  return {
    assessed,
    attained,
    partly,
    notAttained,
    rate: assessed === 0 ? null : attained / assessed,
  };
}

/**
 * Days from the plan's start to a goal's done-on day, for active goals with a done-on day on or
 * after the start (a day before it is a typo, not a result).
 */
export function daysToGoals(
  goals: readonly EvaluatedGoal[],
  startDate: Date | null,
  timeZone: string,
): number[] {
  if (!startDate) return [];
  const start = dayKey(startDate, timeZone);
  return goals.flatMap((g) => {
    if (g.status === "Dropped" || !g.doneOn) return [];
    const days = daysBetween(start, dayKey(g.doneOn, timeZone));
    return days >= 0 ? [days] : [];
  });
}

export interface CheckInActivity {
  /** Check-ins dated from the start to the end of the window (inclusive). */
  held: number;
  /**
   * Days from the start to the window's end: the earliest of today, the target end date and the
   * day a paused, closed or archived plan stopped.
   */
  elapsedDays: number;
  /** held ÷ months elapsed, the first month counted whole; null before the start. */
  perMonth: number | null;
  /** Whole cadence periods elapsed: the check-ins the cadence asked for. */
  expected: number;
  /** held ÷ expected, at most 1; null while none is expected yet. */
  rate: number | null;
}

export function checkInActivity(
  plan: {
    startDate: Date | null;
    targetEndDate: Date | null;
    cadence: Cadence | null;
    checkIns: readonly CheckIn[];
    /** The day the plan stopped (paused, closed, archived); null while it runs. */
    stoppedOn?: Date | null;
  },
  today: DayKey,
  timeZone: string,
): CheckInActivity {
  if (!plan.startDate) return { held: 0, elapsedDays: 0, perMonth: null, expected: 0, rate: null };
  const start = dayKey(plan.startDate, timeZone);
  const ends: DayKey[] = [];
  if (plan.targetEndDate) ends.push(dayKey(plan.targetEndDate, timeZone));
  if (plan.stoppedOn) ends.push(dayKey(plan.stoppedOn, timeZone));
  const windowEnd = earliestDay(today, ...ends);
  const elapsedDays = Math.max(0, daysBetween(start, windowEnd));
  const held = plan.checkIns.filter((c) => {
    const d = dayKey(c.date, timeZone);
    return d >= start && d <= windowEnd;
  }).length;
  if (windowEnd < start) return { held, elapsedDays, perMonth: null, expected: 0, rate: null };
  const expected = Math.floor(elapsedDays / CADENCES[plan.cadence ?? FALLBACK_CADENCE]);
  return {
    held,
    elapsedDays,
    perMonth: held / Math.max(1, elapsedDays / DAYS_PER_MONTH),
    expected,
    rate: expected === 0 ? null : Math.min(1, held / expected),
  };
}

export interface Satisfaction {
  /** The answer at the latest checkpoint that has one. */
  latest: number | null;
  mean: number | null;
  count: number;
}

/** Satisfaction answers in checkpoint order. */
export function satisfaction(scores: readonly number[]): Satisfaction {
  return { latest: scores[scores.length - 1] ?? null, mean: mean(scores), count: scores.length };
}

/** 9–10 promote, 0–6 detract (7–8 are passive), as the Net Promoter Score counts. */
export const PROMOTER_MIN = 9;
export const DETRACTOR_MAX = 6;

/**
 * NPS-style score of 0–10 answers: % of 9–10 minus % of 0–6, from −100 to 100 (unrounded);
 * null with no answers.
 */
export function netPromoterScore(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const promoters = scores.filter((s) => s >= PROMOTER_MIN).length;
  const detractors = scores.filter((s) => s <= DETRACTOR_MAX).length;
  return (100 * (promoters - detractors)) / scores.length;
}

export function fitCounts(answers: readonly FitAnswer[]): Record<FitAnswer, number> {
  const counts = Object.fromEntries(FIT_ANSWERS.map((a) => [a, 0])) as Record<FitAnswer, number>;
  for (const a of answers) counts[a] += 1;
  return counts;
}

export function careerOutcomeCounts(
  outcomes: readonly Pick<CareerOutcome, "kind">[],
): Record<CareerOutcomeKind, number> {
  const counts = Object.fromEntries(CAREER_OUTCOMES.map((k) => [k, 0])) as Record<
    CareerOutcomeKind,
    number
  >;
  for (const o of outcomes) counts[o.kind] += 1;
  return counts;
}
