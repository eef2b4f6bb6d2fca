/**
 * Re-matching: a pair that ended early, or whose fit check said "no", goes back to the roster
 * as unmatched. Its Matches row stays (decision "Ended", plan link kept) as history, so the
 * mentee gets a new suggestion on the next "Suggest matches", never with the same mentor, and
 * the mentor's place is free again.
 */
import type { MatchRow } from "./match-row";
import { suggestionRow } from "./match-row";
import { hasPlan } from "./review-matches";
import type { Suggestion } from "./suggest-matches";

/** What the program knows of a plan's end (plan status and fit answers, read elsewhere). */
export interface PlanEnding {
  planId: string;
  endedEarly: boolean;
  fitNo: boolean;
}

/** The rows whose pair ended, turned to "Ended" with a note saying why; others unchanged. */
export function endPairs(rows: readonly MatchRow[], endings: readonly PlanEnding[]): MatchRow[] {
  const byId = new Map(endings.map((e) => [e.planId, e]));
  return rows.map((r) => {
    const ending = r.planId === "" ? undefined : byId.get(r.planId);
    const active = r.decision === "Accept" || r.decision === "Swap";
    if (!ending || !active || !hasPlan(r) || !(ending.endedEarly || ending.fitNo)) return r;
    const why = ending.endedEarly ? "The plan ended early" : 'The fit check said "no"';
    return { ...r, decision: "Ended", note: `${why}: the mentee is back among the unmatched.` };
  });
}

/**
 * The Matches tab after a new round of suggestions: every decided row kept as it is (accepted,
 * rejected, ended: the history), earlier undecided suggestions replaced by the new ones.
 */
export function nextMatchesRows(
  rows: readonly MatchRow[],
  suggestions: readonly Suggestion[],
): MatchRow[] {
  return [...rows.filter((r) => r.decision !== "Suggested"), ...suggestions.map(suggestionRow)];
}
