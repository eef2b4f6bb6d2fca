/**
 * A plan snapshot: what a Dashboard row needs of a parsed plan, kept in the program feed
 * (docs/performance.md "Refresh") so that a refresh re-reads a plan tab only when the tab
 * changed. The snapshot is the ParsedPlan with the free text no Dashboard column shows left out
 * (goal and action wording, check-in notes, next steps, feedback comments, career details): the
 * Dashboard row built from it on any day is the row built from the whole plan
 * (test/domain/dashboard/plan-snapshot.test.ts checks this over generated programs and days).
 * Review digests and the Outcomes tab need the wording, so they never use snapshots.
 *
 * Stored as compact JSON (tuples; dates as epoch minutes, or milliseconds as a string when
 * they are not whole minutes; each status or other word of a fixed list as its index in that
 * list), stamped with what it was read under — the plan id, the spreadsheet's time zone and the add-on's build — and parsed with zod
 * on the way in: a snapshot that is not exactly ours for this plan, zone and build is ignored
 * and the tab is read again.
 */
import { CHECKPOINT_STATUSES } from "../outcomes/checkpoint";
import { ATTAINMENTS, CAREER_OUTCOMES } from "../outcomes/evaluation";
import { FIT_ANSWERS, RESPONDENTS } from "../outcomes/feedback";
import { LIFECYCLE_STATUSES } from "../outcomes/lifecycle";
import type { ParsedPlan } from "../plan/plan";
import { ACTION_STATUSES, CADENCES, GOAL_STATUSES, OWNERS } from "../plan/vocabulary";
import * as z from "../sidebar-contract/zod";

/** What a snapshot must have been taken under to be used. */
export interface SnapshotStamp {
  planId: string;
  timeZone: string;
  /** The add-on's build (a change of code may read tabs differently). */
  build: string;
}

/**
 * How the feed row that gave the snapshot proved its plan (program-feed.ts feedProof): a
 * "silent" one (a tab made before tabs showed their id) is trusted only while the Dashboard's
 * last word names the same pair.
 */
export type SnapshotProof = "proven" | "silent";

export interface PlanSnapshot {
  plan: ParsedPlan;
  proof: SnapshotProof;
}

const FORMAT = 2;
const MINUTE = 60_000;

/** An instant: whole minutes as a number, anything finer as its milliseconds in a string. */
const instant = z.union([z.number(), z.string().check(z.regex(/^-?\d+$/))]);
const day = z.nullable(instant);
const str = z.string();
const num = z.nullable(z.number());
/** A word of a fixed list, by its index. */
const oneOf = (values: readonly string[]) => z.int().check(z.gte(0), z.lte(values.length - 1));
const maybe = <T extends z.ZodMiniType>(schema: T) => z.nullable(schema);
const CADENCE_WORDS = Object.keys(CADENCES) as (keyof typeof CADENCES)[];
/** A 1-based sheet row, null when the reading gave none. */
const row = z.nullable(z.number());

const schema = z.object({
  v: z.literal(FORMAT),
  id: str,
  tz: str,
  b: str,
  p: z.enum(["proven", "silent"]),
  // mentee name, email, mentor name, email, reviewer, focus, start, end, cadence, status, since,
  // reason
  h: z.tuple([
    str,
    str,
    str,
    str,
    str,
    str,
    day,
    day,
    maybe(oneOf(CADENCE_WORDS)),
    maybe(oneOf(LIFECYCLE_STATUSES)),
    day,
    str,
  ]),
  // number, target date, status, attained, done on
  g: z.array(z.tuple([z.number(), day, oneOf(GOAL_STATUSES), maybe(oneOf(ATTAINMENTS)), day])),
  // number, goal, owner, due, status, done on
  a: z.array(z.tuple([num, num, maybe(oneOf(OWNERS)), day, oneOf(ACTION_STATUSES), day])),
  // date, mentee rating
  c: z.array(z.tuple([instant, num])),
  // skill, baseline, target, end, row
  s: z.array(z.tuple([str, num, num, num, row])),
  // name, goal, month, status, done on, row
  k: z.array(z.tuple([str, num, num, maybe(oneOf(CHECKPOINT_STATUSES)), day, row])),
  // checkpoint, respondent, fit, satisfaction, said something in words, row
  f: z.array(
    z.tuple([str, maybe(oneOf(RESPONDENTS)), maybe(oneOf(FIT_ANSWERS)), num, z.boolean(), row]),
  ),
  // kind, date, row
  o: z.array(z.tuple([oneOf(CAREER_OUTCOMES), day, row])),
  // message, row
  x: z.array(z.tuple([str, row])),
});

function time(d: Date | null): number | string | null {
  if (!d) return null;
  const t = d.getTime();
  return t % MINUTE === 0 ? t / MINUTE : String(t);
}
function date(t: number | string | null): Date | null {
  if (t === null) return null;
  return new Date(typeof t === "number" ? t * MINUTE : Number(t));
}
/**
 * A word's index in its list (encode), and back (decode). A word not in its list would be -1,
 * which the schema refuses: such a snapshot is never used and the plan is read from its text.
 */
const code = <T>(values: readonly T[], v: T): number => values.indexOf(v);
const codeOrNull = <T>(values: readonly T[], v: T | null): number | null =>
  v === null ? null : code(values, v);
const word = <T>(values: readonly T[], i: number): T => values[i] as T;
const wordOrNull = <T>(values: readonly T[], i: number | null): T | null =>
  i === null ? null : word(values, i);
/** Words left out of the snapshot: kept non-empty where "said something" matters. */
const SAID = "…";

/** The snapshot of a parsed plan, as the text kept in the feed. */
export function encodePlanSnapshot(
  plan: ParsedPlan,
  proof: SnapshotProof,
  stamp: SnapshotStamp,
): string {
  const h = plan.header;
  const encoded: z.infer<typeof schema> = {
    v: FORMAT,
    id: stamp.planId,
    tz: stamp.timeZone,
    b: stamp.build,
    p: proof,
    h: [
      h.mentee.name,
      h.mentee.email,
      h.mentor.name,
      h.mentor.email,
      h.reviewerEmail,
      h.focusArea,
      time(h.startDate),
      time(h.targetEndDate),
      codeOrNull(CADENCE_WORDS, h.cadence),
      codeOrNull(LIFECYCLE_STATUSES, h.planStatus),
      time(h.statusSince),
      h.statusReason,
    ],
    g: plan.goals.map((g) => [
      g.number,
      time(g.targetDate),
      code(GOAL_STATUSES, g.status),
      codeOrNull(ATTAINMENTS, g.attained),
      time(g.doneOn),
    ]),
    a: plan.actions.map((a) => [
      a.number,
      a.goalNumber,
      codeOrNull(OWNERS, a.owner),
      time(a.dueDate),
      code(ACTION_STATUSES, a.status),
      time(a.doneOn),
    ]),
    c: plan.checkIns.map((c) => [time(c.date) as number | string, c.menteeRating]),
    s: plan.skills.map((s) => [s.skill, s.baseline, s.target, s.end, s.row ?? null]),
    k: plan.checkpointRows.map((k) => [
      k.name,
      k.goalNumber,
      k.month,
      codeOrNull(CHECKPOINT_STATUSES, k.status),
      time(k.doneOn),
      k.row ?? null,
    ]),
    f: plan.feedback.map((f) => [
      f.checkpoint,
      codeOrNull(RESPONDENTS, f.respondent),
      codeOrNull(FIT_ANSWERS, f.fit),
      f.satisfaction,
      f.helped.trim() !== "" || f.change.trim() !== "",
      f.row ?? null,
    ]),
    o: plan.careerOutcomes.map((o) => [code(CAREER_OUTCOMES, o.kind), time(o.date), o.row ?? null]),
    x: plan.problems.map((p) => [p.message, p.row ?? null]),
  };
  return JSON.stringify(encoded);
}

const withRow = <T extends object>(value: T, r: number | null): T =>
  r === null ? value : { ...value, row: r };

/**
 * The snapshot kept in a feed row, or null when it is not one taken under `stamp` (another
 * plan's, zone's or build's, hand-edited, cut, or not ours at all).
 */
export function decodePlanSnapshot(text: unknown, stamp: SnapshotStamp): PlanSnapshot | null {
  if (typeof text !== "string" || !text.startsWith("{")) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return null;
  const s = parsed.data;
  if (s.id !== stamp.planId || s.tz !== stamp.timeZone || s.b !== stamp.build) return null;
  const [menteeName, menteeEmail, mentorName, mentorEmail, reviewer, focus, ...dates] = s.h;
  const [start, end, cadence, planStatus, since, reason] = dates;
  const plan: ParsedPlan = {
    planId: s.id,
    sheetName: "",
    header: {
      mentee: { name: menteeName, email: menteeEmail },
      mentor: { name: mentorName, email: mentorEmail },
      reviewerEmail: reviewer,
      focusArea: focus,
      startDate: date(start),
      targetEndDate: date(end),
      cadence: wordOrNull(CADENCE_WORDS, cadence),
      mode: "",
      learningStyle: "",
      planStatus: wordOrNull(LIFECYCLE_STATUSES, planStatus),
      statusSince: date(since),
      statusReason: reason,
    },
    goals: s.g.map(([number, targetDate, status, attained, doneOn]) => ({
      number,
      text: "",
      successCriteria: "",
      targetDate: date(targetDate),
      status: word(GOAL_STATUSES, status),
      attained: wordOrNull(ATTAINMENTS, attained),
      doneOn: date(doneOn),
    })),
    actions: s.a.map(([number, goalNumber, owner, dueDate, status, doneOn]) => ({
      number,
      goalNumber,
      text: "",
      owner: wordOrNull(OWNERS, owner),
      dueDate: date(dueDate),
      resources: "",
      status: word(ACTION_STATUSES, status),
      doneOn: date(doneOn),
    })),
    checkIns: s.c.map(([when, menteeRating]) => ({
      date: date(when) as Date,
      attended: "",
      discussed: "",
      progressNotes: "",
      blockers: "",
      menteeRating,
    })),
    nextSteps: [],
    skills: s.s.map(([skill, baseline, target, end, r]) =>
      withRow({ skill, baseline, target, end }, r),
    ),
    checkpointRows: s.k.map(([name, goalNumber, month, status, doneOn, r]) =>
      withRow(
        {
          name,
          goalNumber,
          month,
          status: wordOrNull(CHECKPOINT_STATUSES, status),
          doneOn: date(doneOn),
        },
        r,
      ),
    ),
    feedback: s.f.map(([checkpoint, respondent, fit, satisfaction, said, r]) =>
      withRow(
        {
          checkpoint,
          respondent: wordOrNull(RESPONDENTS, respondent),
          fit: wordOrNull(FIT_ANSWERS, fit),
          satisfaction,
          helped: said ? SAID : "",
          change: "",
        },
        r,
      ),
    ),
    careerOutcomes: s.o.map(([kind, when, r]) =>
      withRow({ kind: word(CAREER_OUTCOMES, kind), details: "", date: date(when) }, r),
    ),
    problems: s.x.map(([message, r]) => withRow({ message }, r)),
  };
  return { plan, proof: s.p };
}
