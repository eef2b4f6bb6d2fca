/**
 * How well a mentor suits a mentee, as a score out of 100 and the reasons in words, so a
 * coordinator can see why ("offers 3 of 4 skills to grow · different department · 2 of 3 places
 * left") and disagree. Some pairs are never suggested at all: the mentee's own manager, the same
 * person, a pair that was already together (or rejected), a mentor without a place left.
 * The rule is described in docs/design.md (Intake).
 */

import { CADENCE_NAMES } from "../plan/vocabulary";
import { focusTheme, focusWords } from "./focus-theme";
import type { DepartmentPreference } from "./intake-settings";
import type { Participant } from "./participant";
import { skillKey } from "./skills";
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

/** Why the pair must never be suggested, or null when it may be. */
export function exclusion(
  mentee: Participant,
  mentor: Participant,
  ctx: MatchContext,
): string | null {
  if (mentee.email === mentor.email) return "same person";
  if (mentee.managerEmail !== "" && mentee.managerEmail === mentor.email) {
    return "is the mentee's manager";
  }
  if (ctx.pairedBefore) return "already paired";
  if (ctx.placesLeft <= 0) return "no place left";
  return null;
}

/** The score of `mentor` for `mentee` with its reasons, or why the pair is never suggested. */
export function scoreMatch(
  mentee: Participant,
  mentor: Participant,
  ctx: MatchContext,
): MatchScore {
  const excluded = exclusion(mentee, mentor, ctx);
  if (excluded !== null) return { eligible: false, reason: excluded };
  const facts = pairFacts(mentee, mentor, ctx);
  return { eligible: true, score: points(facts, ctx), reasons: reasons(facts, ctx) };
}

/**
 * The score alone, or null for an excluded pair: what the assignment needs for every pair,
 * without building 100,000 sentences nobody reads (only the suggested and alternative
 * mentors' reasons are shown).
 */
export function matchPoints(
  mentee: Participant,
  mentor: Participant,
  ctx: MatchContext,
): number | null {
  return exclusion(mentee, mentor, ctx) === null
    ? points(pairFacts(mentee, mentor, ctx), ctx)
    : null;
}

/** What the score is made of, as plain facts; points() and reasons() read them. */
interface PairFacts {
  wanted: number;
  shared: number;
  focus: { theme: string } | { word: string } | null;
  /** null when a department is not given. */
  sameDepartment: boolean | null;
  /** null when a zone is unknown. */
  hoursApart: number | null;
  mentee: Participant;
  mentor: Participant;
  capacity: number;
}

function pairFacts(mentee: Participant, mentor: Participant, ctx: MatchContext): PairFacts {
  const a = profileOf(mentee);
  const b = profileOf(mentor);
  let shared = 0;
  for (const k of a.growKeys) if (b.offerKeys.has(k)) shared++;
  return {
    wanted: a.growKeys.length,
    shared,
    focus: focusMeeting(a, b),
    sameDepartment:
      a.department === "" || b.department === "" ? null : a.department === b.department,
    hoursApart:
      mentee.utcOffset === null || mentor.utcOffset === null
        ? null
        : hoursApart(mentee.utcOffset, mentor.utcOffset),
    mentee,
    mentor,
    capacity: Math.max(mentor.capacity, ctx.placesLeft),
  };
}

function points(f: PairFacts, ctx: MatchContext): number {
  let score = f.wanted > 0 ? (SCORE_WEIGHTS.skills * f.shared) / f.wanted : 0;
  if (f.focus) score += SCORE_WEIGHTS.focus;
  if (ctx.department !== "any" && f.sameDepartment !== null) {
    if (f.sameDepartment === (ctx.department === "same")) score += SCORE_WEIGHTS.department;
  }
  if (f.hoursApart !== null) {
    if (f.hoursApart <= CLOSE_HOURS) score += SCORE_WEIGHTS.timeZone;
    else if (f.hoursApart <= FAR_HOURS) score += SCORE_WEIGHTS.timeZone / 2;
  }
  score += SCORE_WEIGHTS.cadence * cadenceFit(f.mentee, f.mentor);
  score += (SCORE_WEIGHTS.capacity * ctx.placesLeft) / f.capacity;
  return Math.round(score);
}

function reasons(f: PairFacts, ctx: MatchContext): string[] {
  const out: string[] = [];
  out.push(
    f.wanted > 0
      ? `offers ${f.shared} of ${f.wanted} skill${f.wanted === 1 ? "" : "s"} to grow`
      : "no skills to grow listed",
  );
  if (f.focus) {
    out.push(
      "theme" in f.focus
        ? `same focus (${f.focus.theme.replace(/-/g, " ")})`
        : `focus in common ("${f.focus.word}")`,
    );
  }
  if (ctx.department !== "any") {
    out.push(
      f.sameDepartment === null
        ? "department not given"
        : f.sameDepartment
          ? "same department"
          : "different department",
    );
  }
  out.push(
    f.hoursApart === null
      ? "time zone unknown"
      : f.hoursApart === 0
        ? "same time zone"
        : `${formatHours(f.hoursApart)} h apart`,
  );
  const { cadence: a } = f.mentee;
  const { cadence: b } = f.mentor;
  out.push(
    a === null || b === null
      ? "cadence open"
      : a === b
        ? `both ${a.toLowerCase()}`
        : `${a.toLowerCase()} vs ${b.toLowerCase()}`,
  );
  out.push(`${ctx.placesLeft} of ${f.capacity} place${f.capacity === 1 ? "" : "s"} left`);
  return out;
}

/**
 * What scoring compares, worked out once per person (a round of 500 mentees × 200 mentors
 * scores 100,000 pairs: comparing prepared keys keeps it to milliseconds).
 */
interface Profile {
  growKeys: string[];
  offerKeys: Set<string>;
  hasFocus: boolean;
  theme: string | null;
  focusWords: string[];
  /** Words of the focus and skills offered, for a mentor's side of a focus match. */
  offerWords: Set<string>;
  department: string;
}

const profiles = new WeakMap<Participant, Profile>();

function profileOf(p: Participant): Profile {
  let profile = profiles.get(p);
  if (!profile) {
    profile = {
      growKeys: [...new Set(p.skillsToGrow.map(skillKey))],
      offerKeys: new Set(p.skillsToOffer.map(skillKey)),
      hasFocus: p.focus !== "",
      theme: focusTheme(p.focus),
      focusWords: [...focusWords(p.focus)],
      offerWords: focusWords(`${p.focus} ${p.skillsToOffer.join(" ")}`),
      department: p.department.trim().toLowerCase(),
    };
    profiles.set(p, profile);
  }
  return profile;
}

/** How the two focuses meet: a shared theme, else a shared meaningful word; null if neither. */
function focusMeeting(mentee: Profile, mentor: Profile): PairFacts["focus"] {
  if (!mentee.hasFocus || !mentor.hasFocus) return null;
  if (mentee.theme !== null && mentee.theme === mentor.theme) return { theme: mentee.theme };
  const word = mentee.focusWords.find((w) => mentor.offerWords.has(w));
  return word === undefined ? null : { word };
}

const formatHours = (h: number) => (Number.isInteger(h) ? String(h) : h.toFixed(1));

/** 1 when cadences agree or one is open, ½ for neighbours (weekly / every two weeks), else 0. */
function cadenceFit(mentee: Participant, mentor: Participant): number {
  if (mentee.cadence === null || mentor.cadence === null || mentee.cadence === mentor.cadence)
    return 1;
  const steps = Math.abs(
    CADENCE_NAMES.indexOf(mentee.cadence) - CADENCE_NAMES.indexOf(mentor.cadence),
  );
  return steps === 1 ? 0.5 : 0;
}
