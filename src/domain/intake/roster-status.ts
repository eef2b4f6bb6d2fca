/**
 * The Roster's Status column after a round of matching: how the row was read, then where the
 * person stands ("matched with Sam Lee", "suggested: Sam Lee (72)", "2 of 3 places taken").
 */
import { isMentee, isMentor, type Participant } from "./participant";
import type { MatchesReview } from "./review-matches";
import type { RosterRowStatus } from "./roster-read";
import type { Suggestion } from "./suggest-matches";

export function rosterStatuses(
  rows: readonly RosterRowStatus[],
  participants: readonly Participant[],
  review: MatchesReview,
  suggestions: readonly Suggestion[],
): Map<number, string> {
  const names = new Map(participants.map((p) => [p.email, p.name]));
  const nameOf = (email: string) => names.get(email) ?? email;
  const matchedWith = new Map<string, string>();
  const taken = new Map<string, number>();
  for (const pair of review.pairs) {
    if (!pair.active) continue;
    matchedWith.set(pair.menteeEmail, pair.mentorEmail);
    taken.set(pair.mentorEmail, (taken.get(pair.mentorEmail) ?? 0) + 1);
  }
  const suggested = new Map(suggestions.map((s) => [s.mentee.email, s]));
  const byRow = new Map(participants.map((p) => [p.row, p]));
  const out = new Map<number, string>();
  for (const r of rows) {
    const p = byRow.get(r.row);
    if (!r.ok || !p) {
      out.set(r.row, r.status);
      continue;
    }
    const parts: string[] = [];
    if (isMentee(p)) {
      const mentor = matchedWith.get(p.email);
      const s = suggested.get(p.email);
      if (mentor) parts.push(`Matched with ${nameOf(mentor)}.`);
      else if (s?.choice) parts.push(`Suggested: ${s.choice.mentor.name} (${s.choice.score}).`);
      else parts.push("No mentor yet.");
    }
    if (isMentor(p)) parts.push(`${taken.get(p.email) ?? 0} of ${p.capacity} places taken.`);
    out.set(r.row, `${r.status} ${parts.join(" ")}`);
  }
  return out;
}
