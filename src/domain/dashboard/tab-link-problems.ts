/**
 * What the Dashboard says when a plan's link to its tab is not one-to-one, in coordinator words
 * with the fix offered: a tab that lost its hidden plan id (linked again when it still shows the
 * pair), and a plan carried by two tabs (a tab duplicated by hand keeps the plan id).
 */
import type { PlanSummary } from "../plan/plan-summary";

/** The tab still shows the pair the Dashboard knew: the add-on links it to its plan again. */
export function relinkedNote(tabName: string): string {
  return `The tab "${tabName}" had lost its hidden plan id (removed by another script or a copy); it still shows the same pair, so the add-on linked it to its plan again.`;
}

/** The tab is there but shows another pair than the plan the Dashboard listed. */
export function unlinkedTabProblem(tabName: string, shows: string, was: string): string {
  return `the tab "${tabName}" is still there but lost its hidden plan id and now shows ${shows || "no pair"}, so it is not read as this plan; if it is, put back ${was || "its pair's names"} in its header and refresh`;
}

/** Two or more tabs carry the same plan: which one is read, and how to choose another. */
export function duplicatePlanTabsProblem(read: string, others: readonly string[]): string {
  const list = others.map((o) => `"${o}"`).join(", ");
  return `${others.length + 1} tabs carry this plan (a tab was duplicated): "${read}" is read, as the one with the latest check-in; ${list} ${others.length === 1 ? "is" : "are"} not. Delete the tab the pair does not use, so their work is never split`;
}

/** "Ann & Mo": the pair a summary shows. */
export const pairOf = (s: Pick<PlanSummary, "menteeName" | "mentorName">): string =>
  [s.menteeName, s.mentorName].filter((n) => n.trim() !== "").join(" & ");

/**
 * Of the tabs carrying one plan, the one the pair works in: the latest check-in, then the most
 * actions done; the first found on a tie (the original, as duplicates come after it).
 */
export function pickPlanTab<T extends { summary: PlanSummary }>(tabs: readonly T[]): T {
  const score = (t: T) => [t.summary.lastCheckIn?.getTime() ?? -1, t.summary.actionsDone];
  let best = tabs[0] as T;
  for (const t of tabs.slice(1)) {
    const [a, b] = score(t);
    const [x, y] = score(best);
    if ((a ?? -1) > (x ?? -1) || ((a ?? -1) === (x ?? -1) && (b ?? 0) > (y ?? 0))) best = t;
  }
  return best;
}
