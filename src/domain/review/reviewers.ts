/**
 * Who reviews which pairs. Each pair goes to its own reviewer; program reviewers (settings) get
 * every pair. A pair without a usable reviewer email is flagged, never fatal: the other
 * reviewers' emails go out regardless.
 */
import * as z from "zod";
import type { PlanSummary } from "../plan-summary";

export interface ReviewerProblem {
  planId: string;
  message: "no reviewer email" | "reviewer email is not valid";
  /** The cell's text, when there was one. */
  value: string;
}

const validEmail = z.email();

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && validEmail.safeParse(value).success;
}

/**
 * Reviewer email → that reviewer's pairs (in the order given), reviewers sorted by email so
 * runs are deterministic. A program reviewer who also reviews a pair directly gets it once.
 */
export function pairsByReviewer(
  summaries: readonly PlanSummary[],
  programReviewers: readonly string[],
): { reviewers: Map<string, PlanSummary[]>; problems: ReviewerProblem[] } {
  const problems: ReviewerProblem[] = [];
  const sets = new Map<string, Set<string>>();
  const program = [...new Set(programReviewers.map(normalizeEmail).filter((e) => isValidEmail(e)))];
  for (const s of summaries) {
    const email = normalizeEmail(s.reviewerEmail ?? "");
    const owners = [...program];
    if (email === "") {
      problems.push({ planId: s.planId, message: "no reviewer email", value: "" });
    } else if (!isValidEmail(email)) {
      problems.push({
        planId: s.planId,
        message: "reviewer email is not valid",
        value: s.reviewerEmail.trim(),
      });
    } else {
      owners.push(email);
    }
    for (const owner of owners) {
      let set = sets.get(owner);
      if (!set) {
        set = new Set();
        sets.set(owner, set);
      }
      set.add(s.planId);
    }
  }
  const reviewers = new Map<string, PlanSummary[]>();
  for (const owner of [...sets.keys()].sort()) {
    const ids = sets.get(owner) ?? new Set<string>();
    reviewers.set(
      owner,
      summaries.filter((s) => ids.has(s.planId)),
    );
  }
  return { reviewers, problems };
}
