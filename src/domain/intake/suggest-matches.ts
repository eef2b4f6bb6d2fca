/**
 * "Suggest matches": for every mentee without a mentor, the mentor the assignment gives them
 * (assignment.ts, on the scores of match-score.ts) and up to three alternatives the coordinator
 * may swap to, each with its score and reasons in words. Pure: the roster and the pairs that
 * exist or existed come in, the suggestions go out; nothing here reads or writes a sheet.
 */
import { assignMentors } from "./assignment";
import type { IntakeSettings } from "./intake-settings";
import { type MatchScore, scoreMatch } from "./match-score";
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
  const scores: MatchScore[][] = mentees.map((mentee) =>
    mentors.map((mentor) =>
      scoreMatch(mentee, mentor, {
        department: settings.department,
        placesLeft: left.get(mentor.email) ?? 0,
        pairedBefore: before.has(pairKey(mentee.email, mentor.email)),
      }),
    ),
  );
  const places = mentors.map((m) => left.get(m.email) ?? 0);
  const assigned = assignMentors(mentees.length, places, (i, j) => {
    const s = scores[i]?.[j];
    return s?.eligible ? s.score : null;
  });
  const remaining = [...places];
  for (const j of assigned) if (j !== null) remaining[j] = (remaining[j] ?? 0) - 1;

  return mentees.map((mentee, i) => {
    const row = scores[i] ?? [];
    const chosen = assigned[i] ?? null;
    const option = (j: number): MentorOption => {
      const s = row[j] as MatchScore & { eligible: true };
      return {
        mentor: mentors[j] as Participant,
        score: s.score,
        reasons: s.reasons.join(REASON_SEPARATOR),
      };
    };
    const alternatives = row
      .map((s, j) => ({ s, j }))
      .filter(({ s, j }) => s.eligible && j !== chosen && (remaining[j] ?? 0) > 0)
      .sort((a, b) => score(b.s) - score(a.s) || a.j - b.j)
      .slice(0, ALTERNATIVES_SHOWN)
      .map(({ j }) => option(j));
    if (chosen !== null) return { mentee, choice: option(chosen), alternatives, note: "" };
    return { mentee, choice: null, alternatives, note: whyUnmatched(row, mentors.length) };
  });
}

/** The exclusions of match-score.ts, said of a mentor. */
const EXCLUSION_WORDS: Record<string, string> = {
  "same person": "(the mentee themself)",
  "is the mentee's manager": "(their manager)",
  "already paired": "already paired with them",
  "no place left": "with no place left",
};

const score = (s: MatchScore) => (s.eligible ? s.score : -1);

/** Why a mentee got no mentor, from what ruled each mentor out. */
function whyUnmatched(row: readonly MatchScore[], mentorCount: number): string {
  if (mentorCount === 0) return "No mentor on the roster yet.";
  if (row.some((s) => s.eligible)) {
    return "Every mentor who could take this mentee has been given to others: add a mentor or raise a capacity.";
  }
  const counts = new Map<string, number>();
  for (const s of row) if (!s.eligible) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  const parts = [...counts].map(
    ([reason, n]) => `${n} ${n === 1 ? "mentor" : "mentors"} ${EXCLUSION_WORDS[reason] ?? reason}`,
  );
  return `No mentor can take this mentee: ${parts.join(", ")}.`;
}
