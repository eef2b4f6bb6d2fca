/**
 * The demo program (`npm start -- --demo`): six pairs, nine weeks in, made the way a real
 * program is made — the coordinator saves the settings (reviews on) and inserts each plan
 * through the add-on's entry points from a template; then, week by week, the pairs log check-ins
 * and mark actions done in their tabs (user edits), and the clock moves on so the review
 * trigger sends its digests. The ending is one pair of each kind and more: on track, at risk,
 * stalled and complete.
 */

import { addDays, type DayKey, dayKey } from "../../src/domain/sheet/calendar";
import type {
  InsertPlanResult,
  PlanStatusResult,
  SidebarState,
  TemplateChoice,
} from "../../src/domain/sidebar-contract/replies";
import { type Bundle, createEnvironment, type Environment, loadBundle } from "../../test/emulator";
import { generateRoster } from "../bench/roster-generator";
import { type RecordedRun, recordedRuns } from "./state";

/** A Monday; the program runs nine weeks from here. */
export const DEMO_START = new Date("2025-11-03T09:00:00Z");
const DEMO_WEEKS = 9;
const WEEK_MS = 7 * 86_400_000;

type Behaviour = "on track" | "at risk" | "stalled" | "complete";

interface DemoPair {
  mentee: string;
  mentor: string;
  reviewer: string;
  templateId: string;
  cadence: "Weekly" | "Every two weeks" | "Monthly";
  mode: "In person" | "Video" | "Chat";
  learningStyle: string;
  /** Days the plan runs. */
  length: number;
  behaviour: Behaviour;
}

const PAIRS: DemoPair[] = [
  {
    mentee: "Ana Lopez",
    mentor: "Ben Okafor",
    reviewer: "rita.hr@example.org",
    templateId: "move-into-management",
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "Learning by doing",
    length: 150,
    behaviour: "on track",
  },
  {
    mentee: "Chen Wei",
    mentor: "Dana Fox",
    reviewer: "rita.hr@example.org",
    templateId: "career-transition",
    cadence: "Weekly",
    mode: "In person",
    learningStyle: "Discussion and feedback",
    length: 120,
    behaviour: "at risk",
  },
  {
    mentee: "Eli Novak",
    mentor: "Farah Said",
    reviewer: "sam.lead@example.org",
    templateId: "succession",
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "Observing others",
    length: 180,
    behaviour: "stalled",
  },
  {
    mentee: "Grace Kim",
    mentor: "Hugo Brandt",
    reviewer: "sam.lead@example.org",
    templateId: "technical-skill",
    cadence: "Weekly",
    mode: "Chat",
    learningStyle: "Structured courses",
    length: 60,
    behaviour: "complete",
  },
  {
    mentee: "Ivan Petrov",
    mentor: "Jess Moreau",
    reviewer: "rita.hr@example.org",
    templateId: "technical-skill",
    cadence: "Weekly",
    mode: "Video",
    learningStyle: "Reading and research",
    length: 120,
    behaviour: "on track",
  },
  {
    mentee: "Kofi Mensah",
    mentor: "Lena Ortiz",
    reviewer: "sam.lead@example.org",
    templateId: "move-into-management",
    cadence: "Monthly",
    mode: "In person",
    learningStyle: "Discussion and feedback",
    length: 150,
    behaviour: "at risk",
  },
];

const emailOf = (name: string) => `${name.toLowerCase().replace(/\s+/g, ".")}@example.org`;

/** The form the sidebar would send for this pair, goals taken from the template as it offers them. */
function planForm(pair: DemoPair, template: TemplateChoice, start: DayKey) {
  return {
    menteeName: pair.mentee,
    menteeEmail: emailOf(pair.mentee),
    mentorName: pair.mentor,
    mentorEmail: emailOf(pair.mentor),
    reviewerEmail: pair.reviewer,
    templateId: template.id,
    focusArea: template.focusArea || template.name,
    startDate: start,
    targetEndDate: addDays(start, pair.length),
    cadence: pair.cadence,
    mode: pair.mode,
    learningStyle: pair.learningStyle,
    goals: template.goals.map((g) => ({
      text: g.text,
      successCriteria: g.successCriteria,
      targetDate: addDays(start, Math.min(g.targetInDays, pair.length)),
      actions: g.actions,
    })),
  };
}

// ---- A pair working in its tab: finding sections by their labels, as people do ----

const COLUMN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

interface Section {
  /** 1-based rows of the section's entries (rows whose key column has text). */
  rows: number[];
  /** The first blank row of the section, for a new entry. */
  firstBlank: number | null;
  column(header: string): string;
}

function section(env: Environment, tab: string, title: string, keyHeader: string): Section {
  const values = env.inspect.sheetValues(tab);
  const text = (r: number, c: number) => String(values[r]?.[c] ?? "").trim();
  const start = values.findIndex((row) => String(row[0] ?? "").trim() === title);
  if (start < 0) throw new Error(`Demo: no ${title} section in ${tab}.`);
  const headers = (values[start + 1] ?? []).map((v) => String(v).trim());
  const columnIndex = (header: string) => {
    const i = headers.findIndex((h) => h.startsWith(header));
    if (i < 0) throw new Error(`Demo: no "${header}" column in ${title} of ${tab}.`);
    return i;
  };
  const key = columnIndex(keyHeader);
  const rows: number[] = [];
  let firstBlank: number | null = null;
  for (let r = start + 2; r < values.length; r++) {
    const first = text(r, 0);
    // The next section's title (upper-case, alone on its row) ends this one.
    if (/^[A-Z][A-Z ]+$/.test(first) && headers.every((_, c) => c === 0 || text(r, c) === ""))
      break;
    if (text(r, key) !== "") rows.push(r + 1);
    else if (firstBlank === null) firstBlank = r + 1;
  }
  // The last section ends with the sheet's content: its next row is blank too (the row under
  // its header when it is still empty).
  if (firstBlank === null) {
    firstBlank = rows.length > 0 ? (rows[rows.length - 1] ?? 0) + 1 : start + 3;
  }
  return {
    rows,
    firstBlank,
    column: (header) => COLUMN_LETTERS[columnIndex(header)] ?? "A",
  };
}

function cellText(env: Environment, tab: string, a1: string): string {
  return env.inspect.cell(tab, a1).display;
}

/** Marks done every open action due by `until`, on its due date (never later than today). */
function finishActionsDue(env: Environment, tab: string, until: DayKey, today: DayKey, skip = 0) {
  const actions = section(env, tab, "ACTIONS", "Action");
  const due = actions.column("Due date");
  const status = actions.column("Status");
  const doneOn = actions.column("Done on");
  let skipped = 0;
  for (const row of actions.rows) {
    const dueDay = cellText(env, tab, `${due}${row}`);
    const current = cellText(env, tab, `${status}${row}`);
    if (dueDay === "" || dueDay > until || current === "Done" || current === "Dropped") continue;
    if (skipped < skip) {
      skipped++;
      if (current === "Not started") env.userEdit(tab, `${status}${row}`, "In progress");
      continue;
    }
    env.userEdit(tab, `${status}${row}`, "Done");
    env.userEdit(tab, `${doneOn}${row}`, dueDay < today ? dueDay : today);
  }
}

/** Goals whose actions are all done are marked Done; goals with some progress, In progress. */
function updateGoals(env: Environment, tab: string, allDone: boolean) {
  const goals = section(env, tab, "GOALS", "Goal");
  const actions = section(env, tab, "ACTIONS", "Action");
  const goalStatus = goals.column("Status");
  const goalNumber = goals.column("#");
  const actionGoal = actions.column("Goal #");
  const actionStatus = actions.column("Status");
  for (const row of goals.rows) {
    const n = cellText(env, tab, `${goalNumber}${row}`);
    const statuses = actions.rows
      .filter((r) => cellText(env, tab, `${actionGoal}${r}`) === n)
      .map((r) => cellText(env, tab, `${actionStatus}${r}`));
    const done = statuses.filter((s) => s === "Done").length;
    const status =
      allDone || (statuses.length > 0 && done === statuses.length)
        ? "Done"
        : done > 0
          ? "In progress"
          : "Not started";
    env.userEdit(tab, `${goalStatus}${row}`, status);
  }
}

const NOTES: [string, string, string][] = [
  ["Goals and how we work together", "Agreed the plan and the first actions", ""],
  ["What went well since last time", "Two actions finished; notes shared", ""],
  ["A hard conversation at work", "Role-played it; felt better prepared", "Calendar is very full"],
  ["Feedback from colleagues", "Good progress on the project", ""],
  [
    "Next month's priorities",
    "Re-planned the course around a busy sprint",
    "Course access delayed",
  ],
  ["Progress against the success criteria", "On course for the target date", ""],
];

function logCheckIn(env: Environment, pair: DemoPair, tab: string, day: DayKey, n: number) {
  const progress = section(env, tab, "PROGRESS", "Date");
  const row = progress.firstBlank;
  if (row === null) return;
  const [discussed, notes, blockers] = NOTES[n % NOTES.length] ?? ["", "", ""];
  const rating = pair.behaviour === "at risk" ? 3 : pair.behaviour === "stalled" ? 2 : 4 + (n % 2);
  const put = (header: string, value: string) =>
    env.userEdit(tab, `${progress.column(header)}${row}`, value);
  put("Date", day);
  put("Who attended", `${pair.mentee.split(" ")[0]}, ${pair.mentor.split(" ")[0]}`);
  put("Discussed", discussed);
  put("Progress notes", notes);
  put("Blockers", blockers);
  put("Mentee rating", String(rating));
}

/** After the first check-in the pair ticks off its first next step and agrees the next one. */
function agreeNextStep(env: Environment, tab: string, today: DayKey) {
  const steps = section(env, tab, "NEXT STEPS", "Step");
  const done = steps.column("Done");
  const [first] = steps.rows;
  if (first !== undefined) env.userEdit(tab, `${done}${first}`, "Yes");
  const row = steps.firstBlank;
  if (row === null) return;
  env.userEdit(
    tab,
    `${steps.column("Step")}${row}`,
    "Review progress against the success criteria",
  );
  env.userEdit(tab, `${steps.column("Owner")}${row}`, "Both");
  env.userEdit(tab, `${steps.column("By when")}${row}`, addDays(today, 70));
  env.userEdit(tab, `${done}${row}`, "No");
}

/** One person's answer at a checkpoint: fit, satisfaction 0–10, what helped. */
type Answer = [fit: string, satisfaction: number, helped: string];

/** Mentee and mentor answer a checkpoint in their FEEDBACK rows. */
function answerCheckpoint(
  env: Environment,
  tab: string,
  checkpoint: string,
  mentee: Answer,
  mentor: Answer,
) {
  const feedback = section(env, tab, "FEEDBACK", "Checkpoint");
  for (const row of feedback.rows) {
    if (cellText(env, tab, `${feedback.column("Checkpoint")}${row}`) !== checkpoint) continue;
    const who = cellText(env, tab, `${feedback.column("Who")}${row}`);
    const [fit, satisfaction, helped] = who === "Mentor" ? mentor : mentee;
    env.userEdit(tab, `${feedback.column("Fit")}${row}`, fit);
    env.userEdit(tab, `${feedback.column("Satisfaction")}${row}`, String(satisfaction));
    if (helped) env.userEdit(tab, `${feedback.column("What helped")}${row}`, helped);
  }
}

/** Starting and target levels of the first two skills; with `end`, the levels re-rated. */
function rateSkills(env: Environment, tab: string, levels: [number, number, number?][]) {
  const skills = section(env, tab, "STARTING POINT", "Skill");
  levels.forEach(([start, target, end], i) => {
    const row = skills.rows[i];
    if (row === undefined) return;
    env.userEdit(tab, `${skills.column("Current level")}${row}`, String(start));
    env.userEdit(tab, `${skills.column("Target level")}${row}`, String(target));
    if (end !== undefined) env.userEdit(tab, `${skills.column("Level at end")}${row}`, String(end));
  });
}

/** The end-of-plan evaluation: goals attained on their done day, a career outcome. */
function evaluate(env: Environment, tab: string, today: DayKey) {
  const goals = section(env, tab, "GOALS", "Goal");
  for (const row of goals.rows) {
    env.userEdit(tab, `${goals.column("Attained")}${row}`, "Yes");
    env.userEdit(tab, `${goals.column("Done on")}${row}`, addDays(today, -7));
  }
  const outcomes = section(env, tab, "CAREER OUTCOMES", "Outcome");
  const row = outcomes.firstBlank;
  if (row === null) return;
  env.userEdit(tab, `${outcomes.column("Outcome")}${row}`, "New responsibilities");
  env.userEdit(tab, `${outcomes.column("What happened")}${row}`, "Owns the team's code reviews");
  env.userEdit(tab, `${outcomes.column("Date")}${row}`, today);
}

const FIT_ANSWERS: Record<Behaviour, [Answer, Answer] | null> = {
  "on track": [
    ["Yes", 9, "Clear goals from the first meeting"],
    ["Yes", 8, ""],
  ],
  "at risk": [
    ["Not sure", 6, "Someone outside my team to think with"],
    ["Yes", 7, ""],
  ],
  stalled: null,
  complete: [
    ["Yes", 10, "Practising on real work every week"],
    ["Yes", 9, "A mentee who came prepared"],
  ],
};

/** The pair's checkpoints: fit check after the first meetings, the short plan's later ones. */
function checkpointWeek(
  env: Environment,
  pair: DemoPair,
  tab: string,
  week: number,
  today: DayKey,
) {
  if (week === 0)
    rateSkills(env, tab, [
      [2, 4],
      [3, 4],
    ]);
  const fit = FIT_ANSWERS[pair.behaviour];
  if (week === 2 && fit) answerCheckpoint(env, tab, "Fit check", ...fit);
  // A pair on track answers its mid-point when it falls within the demo's nine weeks.
  if (pair.behaviour === "on track" && week === 8 && pair.length / 2 <= DEMO_WEEKS * 7) {
    answerCheckpoint(
      env,
      tab,
      "Mid-point",
      ["Yes", 8, "Reviewing my code together"],
      ["Yes", 9, ""],
    );
  }
  if (pair.behaviour !== "complete") return;
  if (week === 4) {
    answerCheckpoint(
      env,
      tab,
      "Mid-point",
      ["Yes", 9, "Pairing on a real feature"],
      ["Yes", 9, ""],
    );
  }
  if (week === 8) {
    rateSkills(env, tab, [
      [2, 4, 4],
      [3, 4, 4],
    ]);
    evaluate(env, tab, today);
    answerCheckpoint(
      env,
      tab,
      "Final review",
      ["Yes", 10, "Explaining my work to my mentor each week"],
      ["Yes", 9, ""],
    );
  }
}

const CADENCE_WEEKS = { Weekly: 1, "Every two weeks": 2, Monthly: 4 } as const;

/** One week of a pair's life, on the Monday that starts it. */
function workWeek(env: Environment, pair: DemoPair, tab: string, week: number, today: DayKey) {
  const meets = week % CADENCE_WEEKS[pair.cadence] === 0;
  switch (pair.behaviour) {
    case "on track":
      if (meets) logCheckIn(env, pair, tab, today, week);
      // Everything due before next Monday is done by then.
      finishActionsDue(env, tab, addDays(today, 7), today);
      break;
    case "at risk":
      if (meets) logCheckIn(env, pair, tab, today, week);
      // Keeps up with some actions, lets two slip past their due dates.
      finishActionsDue(env, tab, addDays(today, -7), today, 2);
      break;
    case "stalled":
      // Met once at the start, then nothing more in the tab.
      if (week === 0) logCheckIn(env, pair, tab, today, week);
      break;
    case "complete":
      logCheckIn(env, pair, tab, today, week);
      finishActionsDue(env, tab, addDays(today, 21 + week * 14), today);
      break;
  }
  if (week === 1 && pair.behaviour !== "stalled") agreeNextStep(env, tab, today);
  updateGoals(env, tab, pair.behaviour === "complete" && week >= 5);
  checkpointWeek(env, pair, tab, week, today);
}

export interface DemoProgram {
  env: Environment;
  bundle: Bundle;
  runs: RecordedRun[];
}

export function buildDemoProgram(): DemoProgram {
  const env = createEnvironment({
    now: DEMO_START,
    spreadsheetName: "Northwind mentoring · 2025–26",
    mailQuota: 1500,
  });
  const bundle = loadBundle(env);
  bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.NONE });
  bundle.call("saveSettings", {
    programName: "Northwind mentoring 2025–26",
    reviewsEnabled: true,
    reviewWeekday: "MONDAY",
    reviewHour: 9,
    programReviewers: ["coordinator@example.org"],
    nudgesEnabled: false,
    dailyDashboardRefresh: false,
  });
  const state = bundle.call<SidebarState>("getSidebarState");
  const start = dayKey(DEMO_START, state.spreadsheetTimeZone);
  const plans = PAIRS.map((pair) => {
    const template = state.templates.find((t) => t.id === pair.templateId);
    if (!template) throw new Error(`Demo: no template ${pair.templateId}.`);
    const result = bundle.call<InsertPlanResult>("insertPlan", planForm(pair, template, start));
    if (!result.ok) throw new Error(`Demo: insertPlan failed: ${JSON.stringify(result)}`);
    return result;
  });
  const tabs = plans.map((p) => p.sheetName);
  const runs: RecordedRun[] = [];
  for (let week = 0; week < DEMO_WEEKS; week++) {
    const today = dayKey(env.clock.now(), state.spreadsheetTimeZone);
    PAIRS.forEach((pair, i) => {
      workWeek(env, pair, tabs[i] ?? "", week, today);
    });
    if (week === 4) bundle.call("refreshDashboard");
    runs.push(...recordedRuns(env.advanceTime(WEEK_MS)));
  }
  // The pair that finished is closed by the coordinator, as from the sidebar's plan list.
  PAIRS.forEach((pair, i) => {
    const plan = plans[i];
    if (pair.behaviour !== "complete" || !plan) return;
    const closed = bundle.call<PlanStatusResult>("setPlanStatus", plan.planId, {
      to: "Closed",
      closure: "Completed",
    });
    if (!closed.ok) throw new Error(`Demo: setPlanStatus failed: ${closed.message}`);
  });
  // The Dashboard, the Outcomes tab and the impact report, from one read of the program.
  bundle.call("refreshOutcomes");
  // The next cohort's intake: a roster the coordinator pasted, a few rows bad, ready for the
  // sidebar's Intake view ("Suggest matches", decisions, "Create plans for accepted matches").
  bundle.call("openRosterTab");
  env.userEdit("Roster", "A1", generateRoster({ people: 30, badRows: 2, seed: 11 }).values);
  const dashboard = env.spreadsheet.model.byName("Dashboard");
  if (dashboard) env.spreadsheet.activate(dashboard, null);
  return { env, bundle, runs };
}
