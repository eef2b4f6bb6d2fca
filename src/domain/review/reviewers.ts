/**
 * Who reviews which pairs. Each pair goes to its own reviewer; program reviewers (settings) get
 * every pair. A pair without a usable reviewer email is flagged, never fatal: the other
 * reviewers' emails go out regardless.
 */
import type { PlanSummary } from "../plan/plan-summary";
import * as z from "../sidebar-contract/zod";

interface ReviewerProblem {
  planId: string;
  message: "no reviewer email" | "reviewer email is not valid";
  /** The cell's text, when there was one. */
  value: string;
}

const validEmail = z.email();

/**
 * The tab parser (plan-reading/read-plan-header.ts) leaves an unreadable reviewer email empty and names what
 * was typed in the plan's problems: that pair has an invalid reviewer, not a missing one.
 */
const INVALID_REVIEWER_PROBLEM = /^Reviewer email "(.*)" in row \d+ is not an email address$/;

function typedInvalidReviewer(summary: PlanSummary): string | null {
  for (const p of summary.problems) {
    const m = INVALID_REVIEWER_PROBLEM.exec(p.message);
    if (m) return m[1] ?? "";
  }
  return null;
}

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
    const typed = email === "" ? typedInvalidReviewer(s) : null;
    if (typed !== null) {
      problems.push({ planId: s.planId, message: "reviewer email is not valid", value: typed });
    } else if (email === "") {
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
