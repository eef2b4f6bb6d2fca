/**
 * Realistic mentoring programs for the benchmark: each plan is inserted through the bundle
 * (insertPlan, as the sidebar would) and then filled in the way its pair would, with the
 * emulator's uncounted user edits (goal and action statuses, done-on dates, check-ins, skill
 * levels, next steps). Plans come in a mix of states (on track, at risk, stalled, complete) and
 * some are malformed the ways docs/design.md lists (renamed header, text in a date cell, unknown
 * status, inserted blank rows and merged cells, a deleted tab). Everything is deterministic.
 *
 * One build grows a program plan by plan and snapshots it at each requested size, so a run needs
 * a single build for 10, 100, 500 and 1,000 plans (the smaller programs are its prefixes).
 */

import { CADENCES, type Cadence } from "../../src/domain/plan/vocabulary";
import { HEADER_LABELS, SECTION_TITLES } from "../../src/domain/plan-tab/sections";
import { currentPeriod } from "../../src/domain/review/period";
import { reviewMoment } from "../../src/domain/review/review-schedule";
import {
  addDays,
  type DayKey,
  dateOfDay,
  dayKey,
  daysBetween,
} from "../../src/domain/sheet/calendar";
import type {
  PlanFormInput,
  SettingsInput,
  TemplateId,
} from "../../src/domain/sidebar-contract/schemas";
import { TEMPLATES } from "../../src/domain/templates";
import {
  type Bundle,
  createEnvironment,
  type Environment,
  loadBundle,
  type Snapshot,
} from "../../test/emulator";

export const BENCH_TIME_ZONE = "Europe/London";
/** A Google Workspace account's daily recipients (docs/design.md "Limits the add-on lives within"): room for 1,000 pairs. */
export const BENCH_MAIL_QUOTA = 1500;
export const PAIRS_PER_REVIEWER = 10;

/** Reviews on, every other Monday at 9 in the spreadsheet's zone. */
export const BENCH_SETTINGS: SettingsInput = {
  programName: "Mentoring program 2026",
  reviewsEnabled: true,
  reviewWeekday: "MONDAY",
  reviewHour: 9,
  programReviewers: [],
  nudgesEnabled: false,
  dailyDashboardRefresh: false,
};

/**
 * The benchmark's "now": ten minutes after the review moment of the period holding
 * 2026-03-02, so a scheduled run finds a review due (schedule.ts isReviewDue).
 */
export function benchNow(): Date {
  const period = currentPeriod(new Date("2026-03-02T12:00:00Z"), BENCH_TIME_ZONE);
  const moment = reviewMoment(period, { reviewWeekday: "MONDAY", reviewHour: 9 }, BENCH_TIME_ZONE);
  return new Date(moment.getTime() + 10 * 60_000);
}

export const PLAN_STATES = ["on track", "at risk", "stalled", "complete"] as const;
export type PlanState = (typeof PLAN_STATES)[number];

export const MALFORMATIONS = [
  "header renamed",
  "text in date cell",
  "unknown status",
  "rows inserted and merged",
  "tab deleted",
] as const;
export type Malformation = (typeof MALFORMATIONS)[number];

interface ActionPlan {
  goal: number;
  dueDay: DayKey;
  status: string;
  doneOn: DayKey | null;
}

interface CheckIn {
  day: DayKey;
  attended: string;
  discussed: string;
  notes: string;
  blockers: string;
  rating: number;
}

/** One generated pair: the form the coordinator submits and what the pair later types in. */
export interface GeneratedPair {
  index: number;
  form: PlanFormInput;
  state: PlanState;
  malformation: Malformation | null;
  renamed: boolean;
  goalStatuses: string[];
  actions: ActionPlan[];
  checkIns: CheckIn[];
  skillLevels: [number, number][];
  reviewerEmail: string;
}

/** Mulberry32: a small deterministic PRNG, so every run builds the same program. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Ana",
  "Bea",
  "Carlos",
  "Dana",
  "Emeka",
  "Fatima",
  "Georg",
  "Hana",
  "Ivan",
  "Jia",
  "Kofi",
  "Lena",
  "Mateo",
  "Nadia",
  "Omar",
  "Priya",
  "Quentin",
  "Rosa",
  "Sami",
  "Tomasz",
  "Uma",
  "Viktor",
  "Wen",
  "Ximena",
  "Yusuf",
  "Zoe",
  "Aiko",
  "Bruno",
  "Chloé",
  "Diego",
  "Elif",
  "Farid",
  "Greta",
  "Hugo",
  "Ines",
  "Jonas",
  "Kaveh",
  "Leila",
  "Marta",
  "Nils",
]; // prettier-ignore
const LAST = [
  "López",
  "Okafor",
  "Schmidt",
  "Nakamura",
  "Haddad",
  "Kowalski",
  "Mensah",
  "Rossi",
  "Singh",
  "Dubois",
  "Andersen",
  "Costa",
  "Ivanova",
  "Murphy",
  "Tanaka",
  "Yilmaz",
  "Novak",
  "Fischer",
  "García",
  "Osei",
  "Larsen",
  "Moreau",
  "Pereira",
  "Kim",
  "Bauer",
  "Ahmed",
  "Silva",
  "Weber",
  "Lindqvist",
  "Romano",
  "Horvat",
  "Chen",
  "Nguyen",
  "Santos",
  "Vogel",
  "Eriksen",
  "Martín",
  "Popescu",
  "Adeyemi",
  "Keller",
]; // prettier-ignore

/**
 * Unique for the first 41,600 indexes: first name by index and surname shifted per round of 40
 * give 1,600 distinct names; past them, a middle initial per further 1,600 (A., B., …).
 */
function personName(index: number, salt: number): string {
  const first = FIRST[(index + salt) % FIRST.length] as string;
  const last = LAST[(7 * index + Math.floor(index / FIRST.length) + salt) % LAST.length] as string;
  const round = Math.floor(index / (FIRST.length * LAST.length));
  const middle = round === 0 ? "" : ` ${String.fromCharCode(64 + round)}.`;
  return `${first}${middle} ${last}`;
}

const emailOf = (name: string, index: number) =>
  `${name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z]+/g, ".")}.${index}@example.org`;

const WORKING_TEMPLATES = TEMPLATES.filter((t) => t.goals.length > 0);
const GOAL_POOL = WORKING_TEMPLATES.flatMap((t) => t.goals);
const ACTION_POOL = GOAL_POOL.flatMap((g) => g.actions);

const DISCUSSED = [
  "Reviewed the actions due this fortnight and agreed what to drop",
  "Debriefed the leadership meeting: how the decision was reached",
  "Walked through the delegation plan and who owns what",
  "Role-played a difficult feedback conversation",
  "Talked through the course module on one-to-ones",
  "Planned the pitch for the feature and its customer evidence",
];
const NOTES = [
  "Good progress: two actions done since last time",
  "Slower fortnight because of the release; back on track next week",
  "Tried the SBI model with a peer, it landed well",
  "Course 60% done; takeaways drafted",
  "Agreed to shadow one more meeting before the end of the month",
];
const BLOCKERS = [
  "",
  "",
  "",
  "Waiting for my manager to confirm the project scope",
  "No time this sprint",
];

const pick = <T>(r: () => number, items: readonly T[]): T =>
  items[Math.floor(r() * items.length)] as T;
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

function stateOf(r: () => number): PlanState {
  const x = r();
  return x < 0.45 ? "on track" : x < 0.7 ? "at risk" : x < 0.85 ? "stalled" : "complete";
}

/**
 * The pair at `index` of a program whose "today" is `today` (a day key in the bench zone).
 * Check-ins every cadence going back from the last one; the plan started a few days before the
 * first. Actions are spread over the plan; those due before today are done (on track), a few of
 * them are left open (at risk); a stalled pair has not met for over twice its cadence.
 */
export function generatePair(index: number, today: DayKey, seed = 2026): GeneratedPair {
  const r = rng(seed * 100_003 + index);
  const state = stateOf(r);
  const malformed = r() < 0.08;
  const malformation = malformed ? (MALFORMATIONS[index % MALFORMATIONS.length] ?? null) : null;
  const renamed = !malformed && r() < 0.03;
  const template = WORKING_TEMPLATES[
    index % WORKING_TEMPLATES.length
  ] as (typeof TEMPLATES)[number];
  const cadence: Cadence = pick(r, [
    "Weekly",
    "Weekly",
    "Every two weeks",
    "Every two weeks",
    "Monthly",
  ] as const);
  const cadenceDays = CADENCES[cadence];
  const checkInCount = between(r, 5, cadence === "Monthly" ? 10 : 20);
  const sinceLast =
    state === "stalled" ? 2 * cadenceDays + between(r, 2, 14) : between(r, 0, cadenceDays - 1);
  const lastCheckIn = addDays(today, -sinceLast);
  const firstCheckIn = addDays(lastCheckIn, -(checkInCount - 1) * cadenceDays);
  const start = addDays(firstCheckIn, -between(r, 3, 7));
  const elapsed = daysBetween(start, today);
  const planDays =
    state === "complete"
      ? Math.max(30, elapsed - between(r, 1, 20))
      : elapsed + between(r, 30, 150);
  const targetEnd = addDays(start, planDays);

  const goalCount = between(r, 3, 5);
  const actionCount = between(r, 8, 15);
  const goalDrafts = Array.from({ length: goalCount }, () => pick(r, GOAL_POOL));
  const perGoal = Array.from(
    { length: goalCount },
    (_, g) => Math.floor(actionCount / goalCount) + (g < actionCount % goalCount ? 1 : 0),
  );
  // Due dates spread evenly over the plan, in goal order.
  const span = Math.max(14, planDays - 7);
  const dueInDays = (k: number) =>
    Math.min(730, Math.round(7 + (k * (span - 7)) / Math.max(1, actionCount - 1)));
  const actions: ActionPlan[] = [];
  const goals = goalDrafts.map((goal, g) => {
    const drafts = Array.from({ length: perGoal[g] ?? 0 }, (_, j) => {
      const source = goal?.actions[j] ?? pick(r, ACTION_POOL);
      const k = actions.length;
      const due = dueInDays(k);
      actions.push({
        goal: g + 1,
        dueDay: addDays(start, due),
        status: "Not started",
        doneOn: null,
      });
      return {
        text: source.text,
        owner: source.owner,
        dueInDays: due,
        resources: source.resources,
      };
    });
    const last = Math.max(...drafts.map((d) => d.dueInDays));
    return {
      text: goal?.text ?? `Goal ${g + 1}`,
      successCriteria: goal?.successCriteria ?? "Agreed with my mentor",
      targetDate: addDays(start, last + 3),
      actions: drafts,
    };
  });

  // What the pair has done so far.
  for (const a of actions) {
    const past = a.dueDay < today;
    if (state === "complete" || past) {
      a.status = "Done";
      const done = addDays(a.dueDay, -between(r, 0, 3));
      a.doneOn = done < start ? start : done > today ? today : done;
    } else {
      a.status = daysBetween(today, a.dueDay) < 14 ? "In progress" : "Not started";
    }
  }
  const pastDue = actions.filter((a) => a.dueDay < today);
  const leaveOpen =
    state === "at risk" ? between(r, 1, 3) : state === "stalled" ? between(r, 0, 1) : 0;
  for (const a of leaveOpen > 0 ? pastDue.slice(-leaveOpen) : []) {
    a.status = r() < 0.5 ? "In progress" : "Blocked";
    a.doneOn = null;
  }
  if (state !== "complete" && actions.length > 9 && r() < 0.2) {
    const dropped = actions[actions.length - 1] as ActionPlan;
    dropped.status = "Dropped";
    dropped.doneOn = null;
  }
  const goalStatuses = goals.map((_, g) => {
    const own = actions.filter((a) => a.goal === g + 1 && a.status !== "Dropped");
    const done = own.filter((a) => a.status === "Done").length;
    if (state === "complete" || (own.length > 0 && done === own.length)) return "Done";
    return done > 0 ? "In progress" : "Not started";
  });

  const checkIns: CheckIn[] = Array.from({ length: checkInCount }, (_, k) => ({
    day: addDays(firstCheckIn, k * cadenceDays),
    attended: r() < 0.8 ? "Mentee and mentor" : "Mentee, mentor and manager",
    discussed: pick(r, DISCUSSED),
    notes: pick(r, NOTES),
    blockers: pick(r, BLOCKERS),
    rating: between(r, 3, 5),
  }));
  const skillLevels = template.skills.map((): [number, number] => {
    const current = between(r, 1, 3);
    return [current, between(r, current + 1, 5)];
  });

  const menteeName = personName(index, 0);
  const mentorName = personName(index, 17);
  const reviewerEmail = `reviewer.${Math.floor(index / PAIRS_PER_REVIEWER) + 1}@example.org`;
  return {
    index,
    state,
    malformation,
    renamed,
    goalStatuses,
    actions,
    checkIns,
    skillLevels,
    reviewerEmail,
    form: {
      menteeName,
      menteeEmail: emailOf(menteeName, index),
      mentorName,
      mentorEmail: emailOf(mentorName, index + 100_000),
      reviewerEmail,
      templateId: template.id as TemplateId,
      focusArea: template.focusArea,
      startDate: start,
      targetEndDate: targetEnd,
      cadence,
      mode: pick(r, ["In person", "Video", "Chat"] as const),
      learningStyle: pick(r, [
        "Learning by doing",
        "Observing others",
        "Reading and research",
        "Discussion and feedback",
        "Structured courses",
      ] as const),
      goals,
    },
  };
}

/** Rows of the fixed plan-tab shape, found by label in a real tab (uncounted inspection). */
export interface PlanTabRows {
  skillsFirst: number;
  strengths: number;
  goalsTitle: number;
  goalsFirst: number;
  actionsTitle: number;
  actionsFirst: number;
  progressFirst: number;
  nextStepsFirst: number;
  planStatus: number;
}

export function planTabRows(env: Environment, sheetName: string): PlanTabRows {
  const values = env.inspect.sheetValues(sheetName);
  const rowOf = (label: string) => {
    const i = values.findIndex((row) => row[0] === label);
    if (i < 0) throw new Error(`"${label}" not found in ${sheetName}.`);
    return i + 1;
  };
  return {
    skillsFirst: rowOf(SECTION_TITLES.startingPoint) + 2,
    strengths: rowOf("Strengths"),
    goalsTitle: rowOf(SECTION_TITLES.goals),
    goalsFirst: rowOf(SECTION_TITLES.goals) + 2,
    actionsTitle: rowOf(SECTION_TITLES.actions),
    actionsFirst: rowOf(SECTION_TITLES.actions) + 2,
    progressFirst: rowOf(SECTION_TITLES.progress) + 2,
    nextStepsFirst: rowOf(SECTION_TITLES.nextSteps) + 2,
    planStatus: rowOf(HEADER_LABELS.planStatus),
  };
}

/** Dates as the pair types them: midnight of that day in the spreadsheet's zone. */
const dateCell = (day: DayKey): Date => dateOfDay(day, BENCH_TIME_ZONE);

/** Everything the pair types into their tab, as a few pastes (user edits are not counted). */
export function fillPlanTab(
  env: Environment,
  sheetName: string,
  pair: GeneratedPair,
  rows: PlanTabRows,
): void {
  const edit = (a1: string, value: unknown) => env.userEdit(sheetName, a1, value);
  if (pair.skillLevels.length > 0) edit(`B${rows.skillsFirst}`, pair.skillLevels);
  edit(`B${rows.strengths}`, "Calm under pressure; trusted by the team");
  edit(`B${rows.strengths + 1}`, "Delegating; saying no to low-value work");
  edit(
    `E${rows.goalsFirst}`,
    pair.goalStatuses.map((s) => [s]),
  );
  edit(
    `G${rows.actionsFirst}`,
    pair.actions.map((a) => [a.status, a.doneOn ? dateCell(a.doneOn) : ""]),
  );
  edit(
    `A${rows.progressFirst}`,
    pair.checkIns.map((c) => [
      dateCell(c.day),
      c.attended,
      c.discussed,
      c.notes,
      c.blockers,
      c.rating,
    ]),
  );
  const lastCheckIn = pair.checkIns[pair.checkIns.length - 1];
  edit(`D${rows.nextStepsFirst}`, "Yes");
  if (lastCheckIn) {
    edit(`A${rows.nextStepsFirst + 1}`, [
      [
        "Book the next check-in and share the agenda",
        "Mentee",
        dateCell(addDays(lastCheckIn.day, 7)),
        "No",
      ],
    ]);
  }
  if (pair.state === "complete") edit(`B${rows.planStatus}`, "Complete");
  if (pair.renamed) env.userRenameSheet(sheetName, `${pair.form.menteeName}'s plan`);
  switch (pair.malformation) {
    case "header renamed":
      edit(`A${rows.actionsTitle}`, "TO DO LIST");
      break;
    case "text in date cell":
      edit(`A${rows.progressFirst}`, "last Tuesday");
      edit(`E${rows.actionsFirst}`, "soon");
      break;
    case "unknown status":
      edit(`G${rows.actionsFirst}`, "Almost done");
      edit(`E${rows.goalsFirst}`, "WIP");
      break;
    case "rows inserted and merged":
      env.userInsertRowsAfter(sheetName, rows.actionsFirst + 2, 2);
      env.userMerge(sheetName, `C${rows.progressFirst + 3}:E${rows.progressFirst + 3}`);
      break;
    case "tab deleted":
      env.userDeleteSheet(sheetName);
      break;
    case null:
      break;
  }
}

/**
 * The form of the pair that joins a program of `size` plans: the next pair the generator would
 * have made, so its tab name is new (names are unique for the first 41,600 pairs).
 */
export function newPairForm(today: DayKey, size: number, seed?: number): PlanFormInput {
  return generatePair(size, today, seed).form;
}

export interface ProgramBuild {
  env: Environment;
  bundle: Bundle;
  today: DayKey;
  pairs: GeneratedPair[];
  /** A snapshot at each requested size (plans inserted so far). */
  snapshots: Map<number, Snapshot>;
  timings: { insertMs: number; fillMs: number; snapshotMs: number; totalMs: number };
  /** Service calls of the program's first insert (it also builds the template tab and Dashboard). */
  firstInsertCalls: number;
}

export interface BuildOptions {
  seed?: number;
  /** Called after each plan (for progress lines). */
  onPlan?: (done: number, total: number) => void;
  /** Snapshot at each size (default: every size). */
  snapshot?: boolean;
}

/** A fresh emulated spreadsheet with the bench clock, zone and mail quota, settings saved. */
export function newBenchEnvironment(now = benchNow()): { env: Environment; bundle: Bundle } {
  const env = createEnvironment({ now, timeZone: BENCH_TIME_ZONE, mailQuota: BENCH_MAIL_QUOTA });
  const bundle = loadBundle(env);
  const saved = bundle.call<{ ok: boolean; message: string }>("saveSettings", BENCH_SETTINGS);
  if (!saved.ok) throw new Error(`saveSettings failed: ${saved.message}`);
  return { env, bundle };
}

/**
 * Builds the largest requested program plan by plan (insertPlan through the bundle, then the
 * pair's edits) and snapshots it at each requested size.
 */
export function buildPrograms(sizes: readonly number[], options: BuildOptions = {}): ProgramBuild {
  const started = performance.now();
  const wanted = new Set(sizes);
  const total = Math.max(...sizes);
  const now = benchNow();
  const { env, bundle } = newBenchEnvironment(now);
  const today = dayKey(now, BENCH_TIME_ZONE);
  const pairs: GeneratedPair[] = [];
  const snapshots = new Map<number, Snapshot>();
  const timings = { insertMs: 0, fillMs: 0, snapshotMs: 0, totalMs: 0 };
  let rows: PlanTabRows | null = null;
  let firstInsertCalls = 0;
  env.calls.reset();
  for (let i = 0; i < total; i++) {
    const pair = generatePair(i, today, options.seed);
    let t = performance.now();
    const result = bundle.call<{ ok: boolean; sheetName?: string; message: string }>(
      "insertPlan",
      pair.form,
    );
    timings.insertMs += performance.now() - t;
    if (!result.ok || !result.sheetName) {
      throw new Error(`insertPlan failed for pair ${i}: ${result.message}`);
    }
    if (i === 0) firstInsertCalls = env.calls.total();
    t = performance.now();
    // Every plan tab has the same shape (plan-tab/layout.ts SECTION_CAPACITY): find rows once.
    rows ??= planTabRows(env, result.sheetName);
    fillPlanTab(env, result.sheetName, pair, rows);
    timings.fillMs += performance.now() - t;
    pairs.push(pair);
    env.calls.reset();
    if (wanted.has(i + 1) && options.snapshot !== false) {
      t = performance.now();
      snapshots.set(i + 1, env.serialize());
      timings.snapshotMs += performance.now() - t;
    }
    options.onPlan?.(i + 1, total);
  }
  timings.totalMs = performance.now() - started;
  return { env, bundle, today, pairs, snapshots, timings, firstInsertCalls };
}

/** A fresh copy of a snapshot with the bundle loaded: operations never disturb each other. */
export function restoreProgram(snapshot: Snapshot): { env: Environment; bundle: Bundle } {
  const env = createEnvironment({ restore: snapshot });
  const bundle = loadBundle(env);
  env.calls.reset();
  return { env, bundle };
}

/** Reviewers who should get a digest: those of pairs whose tab still exists. */
export function expectedReviewers(pairs: readonly GeneratedPair[]): number {
  return new Set(pairs.filter((p) => p.malformation !== "tab deleted").map((p) => p.reviewerEmail))
    .size;
}
