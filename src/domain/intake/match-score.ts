/**
 * How well a mentor suits a mentee, as a score out of 100 and the reasons in words, so a
 * coordinator can see why ("offers 3 of 4 skills to grow · different department · 2 of 3 places
 * left") and disagree. Some pairs are never suggested at all: the mentee's own manager, the same
 * person, a pair that was already together (or rejected), a mentor without a place left.
 * The rule is described in docs/design.md (Intake).
 */

import { CADENCE_NAMES } from "../vocabulary";
import { focusTheme, focusWords } from "./focus-theme";
import type { DepartmentPreference } from "./intake-settings";
import type { Participant } from "./participant";
import { sharedSkills } from "./skills";
import { hoursApart } from "./time-zone";

/** Points each part can give; they add up to 100. */
export const SCORE_WEIGHTS = {
  skills: 40,
  focus: 20,
  department: 15,
  timeZone: 10,
  cadence: 10,
  capacity: 5,
} as const;

/** Working days this far apart still overlap well enough to meet. */
const CLOSE_HOURS = 3;
const FAR_HOURS = 6;

export interface MatchContext {
  department: DepartmentPreference;
  /** Places the mentor has left before this round (capacity minus current mentees). */
  placesLeft: number;
  /** True when the two were paired before (or the coordinator rejected the pair). */
  pairedBefore: boolean;
}

export type MatchScore =
  | { eligible: true; score: number; reasons: string[] }
  | { eligible: false; reason: string };

/** The score of `mentor` for `mentee`, or why the pair is never suggested. */
export function scoreMatch(
  mentee: Participant,
  mentor: Participant,
  ctx: MatchContext,
): MatchScore {
  if (mentee.email === mentor.email) return { eligible: false, reason: "same person" };
  if (mentee.managerEmail !== "" && mentee.managerEmail === mentor.email) {
    return { eligible: false, reason: "is the mentee's manager" };
  }
  if (ctx.pairedBefore) return { eligible: false, reason: "already paired" };
  if (ctx.placesLeft <= 0) return { eligible: false, reason: "no place left" };

  let score = 0;
  const reasons: string[] = [];

  const wanted = mentee.skillsToGrow.length;
  if (wanted > 0) {
    const shared = sharedSkills(mentee.skillsToGrow, mentor.skillsToOffer).length;
    score += (SCORE_WEIGHTS.skills * shared) / wanted;
    reasons.push(`offers ${shared} of ${wanted} skill${wanted === 1 ? "" : "s"} to grow`);
  } else {
    reasons.push("no skills to grow listed");
  }

  const focus = focusMeeting(mentee, mentor);
  if (focus) {
    score += SCORE_WEIGHTS.focus;
    reasons.push(focus);
  }

  const department = departmentPart(mentee.department, mentor.department, ctx.department);
  score += department.points;
  if (department.reason) reasons.push(department.reason);

  const zone = timeZonePart(mentee.utcOffset, mentor.utcOffset);
  score += zone.points;
  reasons.push(zone.reason);

  const cadence = cadencePart(mentee, mentor);
  score += cadence.points;
  reasons.push(cadence.reason);

  const capacity = Math.max(mentor.capacity, ctx.placesLeft);
  score += (SCORE_WEIGHTS.capacity * ctx.placesLeft) / capacity;
  reasons.push(`${ctx.placesLeft} of ${capacity} place${capacity === 1 ? "" : "s"} left`);

  return { eligible: true, score: Math.round(score), reasons };
}

/** "same focus: …" when the two focuses share a theme or a meaningful word; else null. */
function focusMeeting(mentee: Participant, mentor: Participant): string | null {
  if (mentee.focus === "" || mentor.focus === "") return null;
  const theme = focusTheme(mentee.focus);
  if (theme !== null && theme === focusTheme(mentor.focus)) {
    return `same focus (${theme.replace(/-/g, " ")})`;
  }
  const theirs = focusWords(`${mentor.focus} ${mentor.skillsToOffer.join(" ")}`);
  const common = [...focusWords(mentee.focus)].filter((w) => theirs.has(w));
  return common.length > 0 ? `focus in common ("${common[0]}")` : null;
}

function departmentPart(
  a: string,
  b: string,
  preference: DepartmentPreference,
): { points: number; reason: string | null } {
  if (preference === "any") return { points: 0, reason: null };
  if (a === "" || b === "") return { points: 0, reason: "department not given" };
  const same = a.trim().toLowerCase() === b.trim().toLowerCase();
  const wanted = preference === "same" ? same : !same;
  return {
    points: wanted ? SCORE_WEIGHTS.department : 0,
    reason: same ? "same department" : "different department",
  };
}

function timeZonePart(a: number | null, b: number | null): { points: number; reason: string } {
  if (a === null || b === null) return { points: 0, reason: "time zone unknown" };
  const apart = hoursApart(a, b);
  const reason = apart === 0 ? "same time zone" : `${formatHours(apart)} h apart`;
  if (apart <= CLOSE_HOURS) return { points: SCORE_WEIGHTS.timeZone, reason };
  if (apart <= FAR_HOURS) return { points: SCORE_WEIGHTS.timeZone / 2, reason };
  return { points: 0, reason };
}

const formatHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

function cadencePart(mentee: Participant, mentor: Participant): { points: number; reason: string } {
  if (mentee.cadence === null || mentor.cadence === null) {
    return { points: SCORE_WEIGHTS.cadence, reason: "cadence open" };
  }
  if (mentee.cadence === mentor.cadence) {
    return { points: SCORE_WEIGHTS.cadence, reason: `both ${mentee.cadence.toLowerCase()}` };
  }
  const steps = Math.abs(
    CADENCE_NAMES.indexOf(mentee.cadence) - CADENCE_NAMES.indexOf(mentor.cadence),
  );
  return {
    points: steps === 1 ? SCORE_WEIGHTS.cadence / 2 : 0,
    reason: `${mentee.cadence.toLowerCase()} vs ${mentor.cadence.toLowerCase()}`,
  };
}
