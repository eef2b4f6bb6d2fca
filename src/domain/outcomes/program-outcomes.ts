/**
 * The program's outcomes: every pair's figures added up by the definitions in metrics.ts. Paused,
 * closed and archived pairs count (an archived plan is still part of what the program achieved).
 * Pooled figures (attainment, time to goal, skill growth, satisfaction, NPS) count every goal,
 * skill or answer once, whichever pair it belongs to; the check-in figures are means over the
 * pairs that have one, so a pair that meets often cannot hide one that does not.
 */

import type { CareerOutcomeKind } from "./evaluation";
import type { Respondent } from "./feedback";
import { type FitAnswer, RESPONDENTS } from "./feedback";
import { CLOSURES, type Closure, PLAN_STAGES, type PlanStage } from "./lifecycle";
import {
  careerOutcomeCounts,
  fitCounts,
  type GoalAttainment,
  mean,
  median,
  netPromoterScore,
} from "./metrics";
import type { PairOutcomes, Quote } from "./pair-outcomes";

/** The report quotes at most this many "what helped" answers, each at most QUOTE_LENGTH long. */
export const MAX_QUOTES = 5;
export const QUOTE_LENGTH = 240;

export interface ProgramOutcomes {
  pairs: number;
  byStage: Record<PlanStage, number>;
  /** How the closed and archived pairs ended. */
  closures: Record<Closure, number>;
  checkInsHeld: number;
  /** Mean of the pairs' check-in rates against their cadence. */
  checkInRate: number | null;
  /** Mean of the pairs' check-ins per month. */
  checkInsPerMonth: number | null;
  goals: GoalAttainment;
  /** Goals with a done-on day (the ones time to goal is measured on). */
  goalsTimed: number;
  medianDaysToGoal: number | null;
  skillsRerated: number;
  meanGrowth: number | null;
  meanGapClosed: number | null;
  satisfaction: Record<Respondent, { mean: number | null; count: number }>;
  nps: number | null;
  npsAnswers: number;
  fit: Record<FitAnswer, number>;
  careerOutcomes: Record<CareerOutcomeKind, number>;
  pairsWithCareerOutcome: number;
  quotes: Quote[];
}

const values = <T>(xs: readonly (T | null)[]): T[] => xs.filter((x): x is T => x !== null);

export function programOutcomes(pairs: readonly PairOutcomes[]): ProgramOutcomes {
  const byStage = Object.fromEntries(PLAN_STAGES.map((s) => [s, 0])) as Record<PlanStage, number>;
  const closures = Object.fromEntries(CLOSURES.map((c) => [c, 0])) as Record<Closure, number>;
  for (const p of pairs) {
    byStage[p.lifecycle.stage] += 1;
    if (p.lifecycle.closure) closures[p.lifecycle.closure] += 1;
  }
  const sum = (f: (p: PairOutcomes) => number) => pairs.reduce((n, p) => n + f(p), 0);
  const assessed = sum((p) => p.attainment.assessed);
  const attained = sum((p) => p.attainment.attained);
  const skills = pairs.flatMap((p) => p.skills);
  const scoresOf = (who: Respondent) => pairs.flatMap((p) => p.satisfactionScores[who]);
  const satisfaction = Object.fromEntries(
    RESPONDENTS.map((who) => {
      const scores = scoresOf(who);
      return [who, { mean: mean(scores), count: scores.length }];
    }),
  ) as ProgramOutcomes["satisfaction"];
  const scores = pairs.flatMap((p) => p.scores);
  return {
    pairs: pairs.length,
    byStage,
    closures,
    checkInsHeld: sum((p) => p.checkIns.held),
    checkInRate: mean(values(pairs.map((p) => p.checkIns.rate))),
    checkInsPerMonth: mean(values(pairs.map((p) => p.checkIns.perMonth))),
    goals: {
      assessed,
      attained,
      partly: sum((p) => p.attainment.partly),
      notAttained: sum((p) => p.attainment.notAttained),
      rate: assessed === 0 ? null : attained / assessed,
    },
    goalsTimed: sum((p) => p.daysToGoal.length),
    medianDaysToGoal: median(pairs.flatMap((p) => p.daysToGoal)),
    skillsRerated: skills.filter((s) => s.growth !== null).length,
    meanGrowth: mean(values(skills.map((s) => s.growth))),
    meanGapClosed: mean(values(skills.map((s) => s.gapClosed))),
    satisfaction,
    nps: netPromoterScore(scores),
    npsAnswers: scores.length,
    fit: fitCounts(pairs.flatMap((p) => p.fitAnswers)),
    careerOutcomes: careerOutcomeCounts(pairs.flatMap((p) => p.careerOutcomes)),
    pairsWithCareerOutcome: pairs.filter((p) => p.careerOutcomes.length > 0).length,
    quotes: pickQuotes(pairs),
  };
}

const CHECKPOINT_RANK = (name: string) =>
  name === "Final review" ? 0 : name === "Mid-point" ? 1 : name === "Fit check" ? 2 : 3;

/**
 * A few "what helped" answers for the report: from the latest checkpoints first (Final review,
 * Mid-point, Fit check), the fuller answer first, at most one per pair while others remain, each
 * clipped, none repeated.
 */
export function pickQuotes(pairs: readonly PairOutcomes[], max = MAX_QUOTES): Quote[] {
  const candidates = pairs.flatMap((p, pairIndex) =>
    p.quotes.map((q) => ({ q, pairIndex, planId: p.planId })),
  );
  candidates.sort(
    (a, b) =>
      CHECKPOINT_RANK(a.q.checkpoint) - CHECKPOINT_RANK(b.q.checkpoint) ||
      b.q.text.length - a.q.text.length ||
      (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0),
  );
  const chosen: Quote[] = [];
  const seenText = new Set<string>();
  const usedPairs = new Set<number>();
  for (const round of [true, false]) {
    for (const c of candidates) {
      if (chosen.length >= max) return chosen;
      const key = c.q.text.toLowerCase();
      if (seenText.has(key) || (round && usedPairs.has(c.pairIndex))) continue;
      seenText.add(key);
      usedPairs.add(c.pairIndex);
      const text =
        c.q.text.length > QUOTE_LENGTH ? `${c.q.text.slice(0, QUOTE_LENGTH - 1)}…` : c.q.text;
      chosen.push({ ...c.q, text });
    }
  }
  return chosen;
}
