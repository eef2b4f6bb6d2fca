/**
 * "Suggest matches": for every mentee without a mentor, the mentor the assignment gives them
 * (assignment.ts, on the scores of match-score.ts) and up to three alternatives the coordinator
 * may swap to, each with its score and reasons in words. Pure: the roster and the pairs that
 * exist or existed come in, the suggestions go out; nothing here reads or writes a sheet.
 */
import { assignMentors } from "./assignment";
import type { IntakeSettings } from "./intake-settings";
import { exclusion, type MatchContext, matchPoints, scoreMatch } from "./match-score";
import { isMentee, isMentor, type Participant } from "./participant";

/** A pair that exists (active: it holds one of the mentor's places) or existed. */
export interface PairRecord {
  menteeEmail: string;
  mentorEmail: string;
  /** False once the pair ended or was rejected: history that is never suggested again. */
  active: boolean;
}

export interface MentorOption {
  mentor: Participant;
  score: number;
  reasons: string;
  /** Places the mentor has left once this round's suggestions are taken. */
  placesAfter: number;
}

export interface Suggestion {
  mentee: Participant;
  /** null when no mentor can take this mentee; `note` says why. */
  choice: MentorOption | null;
  alternatives: MentorOption[];
  note: string;
}

/** How many other mentors a suggestion lists to swap to. */
export const ALTERNATIVES_SHOWN = 3;

export const REASON_SEPARATOR = " · ";

const pairKey = (mentee: string, mentor: string) => `${mentee}\n${mentor}`;

/** Mentees (and "both") without an active pair, in roster order. */
export function unmatchedMentees(
  participants: readonly Participant[],
  pairs: readonly PairRecord[],
): Participant[] {
  const matched = new Set(pairs.filter((p) => p.active).map((p) => p.menteeEmail));
  return participants.filter((p) => isMentee(p) && !matched.has(p.email));
}

/** Each mentor's places left: capacity minus the active pairs they are in. */
export function placesLeft(
  participants: readonly Participant[],
  pairs: readonly PairRecord[],
): Map<string, number> {
  const taken = new Map<string, number>();
  for (const p of pairs)
    if (p.active) taken.set(p.mentorEmail, (taken.get(p.mentorEmail) ?? 0) + 1);
  const left = new Map<string, number>();
  for (const p of participants) {
    if (isMentor(p)) left.set(p.email, Math.max(0, p.capacity - (taken.get(p.email) ?? 0)));
  }
  return left;
}

export function suggestMatches(
  participants: readonly Participant[],
  pairs: readonly PairRecord[],
  settings: Pick<IntakeSettings, "department">,
): Suggestion[] {
  const mentees = unmatchedMentees(participants, pairs);
  const mentors = participants.filter(isMentor);
  const left = placesLeft(participants, pairs);
  const before = new Set(pairs.map((p) => pairKey(p.menteeEmail, p.mentorEmail)));
  const context = (mentee: Participant, mentor: Participant): MatchContext => ({
    department: settings.department,
    placesLeft: left.get(mentor.email) ?? 0,
    pairedBefore: before.has(pairKey(mentee.email, mentor.email)),
  });
  // Scores only (-1: never) for every pair; reasons are worked out for the few shown.
  const k = mentors.length;
  const points = new Int16Array(mentees.length * k);
  mentees.forEach((mentee, i) => {
    mentors.forEach((mentor, j) => {
      points[i * k + j] = matchPoints(mentee, mentor, context(mentee, mentor)) ?? -1;
    });
  });
  const at = (i: number, j: number) => points[i * k + j] as number;
  const places = mentors.map((m) => left.get(m.email) ?? 0);
  const assigned = assignMentors(mentees.length, places, (i, j) =>
    at(i, j) < 0 ? null : at(i, j),
  );
  const remaining = [...places];
  for (const j of assigned) if (j !== null) remaining[j] = (remaining[j] ?? 0) - 1;

  return mentees.map((mentee, i) => {
    const chosen = assigned[i] ?? null;
    const option = (j: number): MentorOption => {
      const mentor = mentors[j] as Participant;
      const s = scoreMatch(mentee, mentor, context(mentee, mentor));
      return {
        mentor,
        score: s.eligible ? s.score : 0,
        reasons: s.eligible ? s.reasons.join(REASON_SEPARATOR) : s.reason,
        placesAfter: remaining[j] ?? 0,
      };
    };
    // Alternatives with a place left come first; a full one is still worth listing, since
    // rejecting one of its suggestions frees a place (the review checks capacity on Accept).
    const others: number[] = [];
    for (let j = 0; j < k; j++) if (j !== chosen && at(i, j) >= 0) others.push(j);
    const room = (j: number) => ((remaining[j] ?? 0) > 0 ? 1 : 0);
    others.sort((a, b) => room(b) - room(a) || at(i, b) - at(i, a) || a - b);
    const alternatives = others.slice(0, ALTERNATIVES_SHOWN).map(option);
    if (chosen !== null) return { mentee, choice: option(chosen), alternatives, note: "" };
    const excluded = mentors.map((mentor) => exclusion(mentee, mentor, context(mentee, mentor)));
    return { mentee, choice: null, alternatives, note: whyUnmatched(excluded) };
  });
}

/** Why a mentee got no mentor, from what ruled each mentor out (null: not ruled out). */
function whyUnmatched(excluded: readonly (string | null)[]): string {
  if (excluded.length === 0) return "No mentor on the roster yet.";
  if (excluded.some((e) => e === null)) {
    return "Every mentor who could take this mentee has been given to others: add a mentor or raise a capacity.";
  }
  const counts = new Map<string, number>();
  for (const e of excluded) if (e !== null) counts.set(e, (counts.get(e) ?? 0) + 1);
  const parts = [...counts].map(
    ([reason, n]) => `${n} ${n === 1 ? "mentor" : "mentors"} ${EXCLUSION_WORDS[reason] ?? reason}`,
  );
  return `No mentor can take this mentee: ${parts.join(", ")}.`;
}

/** The exclusions of match-score.ts, said of a mentor. */
const EXCLUSION_WORDS: Record<string, string> = {
  "same person": "(the mentee themself)",
  "is the mentee's manager": "(their manager)",
  "already paired": "already paired with them",
  "no place left": "with no place left",
};
