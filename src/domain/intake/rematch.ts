/**
 * Re-matching (docs/design.md, "Intake"): a pair that is over goes back to the roster as
 * unmatched while its Matches row stays, decision ENDED, plan link kept, as history. The mentee
 * gets a new suggestion on the next "Suggest matches", never with the same mentor, the mentor's
 * place is free again, and the plan tab stays (Outcomes counts it).
 *
 * What ends a pair: the coordinator setting the Decision to ENDED ("Re-match"), or the plan
 * closed as ended early, which "Suggest matches" turns to ENDED itself (the coordinator already
 * decided, with a reason, in the plan tab). A latest fit answer of "No" only flags the row: a
 * later "Yes" clears it, and a pair may talk it through, so the coordinator decides.
 */
import type { PlanSummary } from "../plan/plan-summary";
import { PLAN_CREATED_NOTE } from "./bulk-creation";
import { type MatchRow, suggestionRow } from "./match-row";
import { ENDED } from "./matches-columns";
import { hasPlan } from "./review-matches";
import type { Suggestion } from "./suggest-matches";

/** What the program knows of how a plan stands, read from its tab (through the program feed). */
export interface PlanEnding {
  planId: string;
  /** Closed or archived as ended early. */
  endedEarly: boolean;
  /** The reason written beside the plan's status ('' when none). */
  reason: string;
  /** Who answered "No" to the fit question at their latest answer (Mentee, Mentor). */
  fitNo: string[];
}

export function planEndingOf(summary: Pick<PlanSummary, "planId" | "outcomes">): PlanEnding {
  const { lifecycle, latestFit } = summary.outcomes;
  return {
    planId: summary.planId,
    endedEarly: lifecycle.closure === "Ended early",
    reason: lifecycle.reason,
    fitNo: (["Mentee", "Mentor"] as const).filter((who) => latestFit[who] === "No"),
  };
}

/** The note of a pair whose plan ended early, ENDED by "Suggest matches". */
export function endedEarlyNote(reason: string): string {
  const why = reason.trim() === "" ? "" : ` (${reason.trim()})`;
  return `The plan ended early${why}: the mentee is back among the unmatched.`;
}

const FIT_NO_START = 'The fit check said "No"';

/** The note that flags a "No" at the fit check, asking the coordinator to decide. */
export function fitNoNote(who: readonly string[]): string {
  return `${FIT_NO_START} (${who.join(" and ").toLowerCase()}): set the Decision to "${ENDED}" to match the mentee again.`;
}

/**
 * The rows after reading how their plans stand: an accepted pair whose plan ended early becomes
 * ENDED with a note saying why; one with a "No" at the fit check gets a note asking the
 * coordinator (cleared when the answer changes). Other rows are unchanged.
 */
export function endPairs(rows: readonly MatchRow[], endings: readonly PlanEnding[]): MatchRow[] {
  const byId = new Map(endings.map((e) => [e.planId, e]));
  return rows.map((r) => {
    const ending = r.planId === "" ? undefined : byId.get(r.planId);
    const active = r.decision === "Accept" || r.decision === "Swap";
    if (!ending || !active || !hasPlan(r)) return r;
    if (ending.endedEarly) return { ...r, decision: ENDED, note: endedEarlyNote(ending.reason) };
    const flagged = r.note.startsWith(FIT_NO_START);
    if (ending.fitNo.length > 0) {
      const note = fitNoNote(ending.fitNo);
      return note === r.note ? r : { ...r, note };
    }
    return flagged ? { ...r, note: PLAN_CREATED_NOTE } : r;
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
