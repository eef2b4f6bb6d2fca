/**
 * What the Matches tab's decisions amount to: which pairs are accepted (with the mentor after
 * any swap), which are history (rejected, ended), and what is wrong with a row that cannot be
 * accepted as it stands — the mentee's own manager, a mentor with no place left, a mentee
 * accepted twice, a swap to nobody. Rows whose plan is already made are facts and hold their
 * places first; the others are taken in the tab's order.
 */
import type { MatchRow } from "./match-row";
import { ENDED } from "./matches-columns";
import { isMentor, type Participant } from "./participant";
import type { PairRecord } from "./suggest-matches";

export type RowState = "suggested" | "accepted" | "rejected" | "ended" | "invalid";

export interface ReviewedRow {
  match: MatchRow;
  state: RowState;
  /** The mentor of an accepted row (after a swap); '' otherwise. */
  mentorEmail: string;
  /** Why an "invalid" row cannot be accepted; '' otherwise. */
  problem: string;
}

export interface MatchesReview {
  rows: ReviewedRow[];
  /** Every pair the tab and the program's other plans hold: active ones take a place. */
  pairs: PairRecord[];
}

/** True when the row's plan was made (its link written back). */
export const hasPlan = (m: MatchRow): boolean => m.planId !== "" && m.plan !== "";

/**
 * @param others pairs of plans made outside the Matches tab (inserted one at a time); they
 *   hold places and count as paired.
 */
export function reviewMatches(
  matches: readonly MatchRow[],
  participants: readonly Participant[],
  others: readonly PairRecord[] = [],
): MatchesReview {
  const people = new Map(participants.map((p) => [p.email, p]));
  const taken = new Map<string, number>();
  const acceptedRowOf = new Map<string, number | null>();
  for (const p of others) {
    if (!p.active) continue;
    taken.set(p.mentorEmail, (taken.get(p.mentorEmail) ?? 0) + 1);
    acceptedRowOf.set(p.menteeEmail, null);
  }
  const reviewed = new Map<MatchRow, ReviewedRow>();
  const order = [...matches.filter(hasPlan), ...matches.filter((m) => !hasPlan(m))];
  for (const match of order) {
    reviewed.set(match, reviewRow(match, people, taken, acceptedRowOf));
  }
  const rows = matches.map((m) => reviewed.get(m) as ReviewedRow);
  const pairs: PairRecord[] = [...others];
  for (const r of rows) {
    if (r.state === "accepted") {
      pairs.push({ menteeEmail: r.match.menteeEmail, mentorEmail: r.mentorEmail, active: true });
    } else if (r.state === "rejected" || r.state === "ended") {
      const mentor =
        r.state === "ended"
          ? swapTarget(r.match, people) || r.match.mentorEmail
          : r.match.mentorEmail;
      if (mentor !== "")
        pairs.push({ menteeEmail: r.match.menteeEmail, mentorEmail: mentor, active: false });
    }
  }
  return { rows, pairs };
}

function reviewRow(
  match: MatchRow,
  people: ReadonlyMap<string, Participant>,
  taken: Map<string, number>,
  acceptedRowOf: Map<string, number | null>,
): ReviewedRow {
  const invalid = (problem: string): ReviewedRow => ({
    match,
    state: "invalid",
    mentorEmail: "",
    problem,
  });
  const { decision } = match;
  if (decision === null) {
    return invalid(
      "The decision is not one of Accept, Reject or Swap: nothing is done for this row.",
    );
  }
  if (decision === "Suggested") return { match, state: "suggested", mentorEmail: "", problem: "" };
  if (decision === "Reject") return { match, state: "rejected", mentorEmail: "", problem: "" };
  if (decision === ENDED) return { match, state: "ended", mentorEmail: "", problem: "" };

  let mentorEmail = match.mentorEmail;
  if (match.swapTo !== "") {
    mentorEmail = swapTarget(match, people);
    if (mentorEmail === "")
      return invalid(`Swap to "${match.swapTo}" names no mentor of the roster.`);
  } else if (decision === "Swap") {
    return invalid("Swap: choose the new mentor in the Swap to column.");
  }
  if (mentorEmail === "") return invalid("No mentor suggested: choose one in the Swap to column.");

  const made = hasPlan(match);
  const earlier = acceptedRowOf.get(match.menteeEmail);
  if (!made && earlier !== undefined) {
    return invalid(
      earlier === null
        ? "This mentee already has a plan with a mentor."
        : `This mentee is already accepted on row ${earlier}.`,
    );
  }
  const mentee = people.get(match.menteeEmail);
  const mentor = people.get(mentorEmail);
  if (!made) {
    if (!mentee) return invalid("The mentee is no longer on the roster.");
    if (!mentor || !isMentor(mentor))
      return invalid(`${mentorEmail} is not a mentor on the roster.`);
    if (mentor.email === mentee.email) return invalid("A mentee cannot mentor themself.");
    if (mentee.managerEmail === mentor.email) {
      return invalid(`${mentor.name} is the mentee's manager: choose another mentor.`);
    }
    const used = taken.get(mentor.email) ?? 0;
    if (used >= mentor.capacity) {
      return invalid(
        `${mentor.name} has no place left (${used} of ${mentor.capacity} taken): choose another mentor.`,
      );
    }
  }
  taken.set(mentorEmail, (taken.get(mentorEmail) ?? 0) + 1);
  acceptedRowOf.set(match.menteeEmail, match.row);
  return { match, state: "accepted", mentorEmail, problem: "" };
}

const BRACKETED_EMAIL = /<([^<>\s]+@[^<>\s]+)>/;

/**
 * The mentor a Swap to cell names: "Name <email>", a bare email, or a name that only one of the
 * row's alternatives (or else one mentor of the roster) has. '' when it names nobody.
 */
export function swapTarget(match: MatchRow, people: ReadonlyMap<string, Participant>): string {
  const text = match.swapTo.trim();
  if (text === "") return "";
  const bracketed = BRACKETED_EMAIL.exec(text)?.[1];
  const email = (bracketed ?? (text.includes("@") ? text : "")).toLowerCase();
  if (email !== "")
    return people.has(email) || match.alternatives.some((a) => a.email === email) ? email : "";
  const name = text.toLowerCase();
  const listed = match.alternatives.filter((a) => a.name.toLowerCase() === name);
  if (listed.length === 1) return listed[0]?.email ?? "";
  const onRoster = [...people.values()].filter((p) => isMentor(p) && p.name.toLowerCase() === name);
  return onRoster.length === 1 ? (onRoster[0]?.email ?? "") : "";
}
