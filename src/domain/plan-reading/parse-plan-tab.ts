/**
 * Reads a plan tab's values (one getValues() grid) back into a ParsedPlan, tolerantly: sections
 * are found by their labels, columns by their header text, and whatever cannot be understood
 * becomes a Problem naming the sheet row, never an exception. The rules, in short:
 * - blank rows, inserted rows, extra or reordered columns and merged cells ('' beyond the
 *   top-left cell) are simply read around;
 * - a row is an entry (goal, action…) when it holds something beyond template filler (a row
 *   number, the default status, an owner, "No"); unreadable cells are reported either way;
 * - dates are Date cells or ISO text "2026-02-01" (see readDay); numbers may be stored as text;
 *   status words forgive case and spacing, and an unknown status reads as "Not started";
 * - a goal without a usable number gets number 0 (no action can count towards it), a check-in
 *   without a usable date is left out; both are reported.
 */

import { ATTAINMENTS } from "../outcomes/evaluation";
import type {
  Action,
  CheckIn,
  Goal,
  NextStep,
  ParsedPlan,
  PlanHeader,
  Problem,
} from "../plan/plan";
import { ACTION_STATUSES, GOAL_STATUSES, OWNERS } from "../plan/vocabulary";
import { columnsOf, LABEL, SECTION_KEYS, type SectionKey } from "../plan-tab/sections";
import type { CellReading } from "../sheet/cell-reading";
import { eachRow } from "./each-row";
import { type PlanGrid, readGrid } from "./grid-reader";
import { readOutcomeSections } from "./read-outcome-sections";
import { readPlanHeader } from "./read-plan-header";
import { type FoundSection, findSections } from "./section-finder";

interface PlanTabInput {
  planId: string;
  sheetName: string;
  values: unknown[][];
  /** The spreadsheet's time zone: the day a date cell means. */
  timeZone: string;
  /** True for values read through the program feed: date cells may hold Sheets day numbers. */
  serialDays?: boolean;
}

const G = LABEL.goals;
const A = LABEL.actions;
const P = LABEL.progress;
const N = LABEL.nextSteps;

/**
 * The columns whose absence is reported: every typed column of the sections read (STARTING
 * POINT is not read; computed columns such as the goals' Progress may go).
 */
const NEEDED: Partial<Record<SectionKey, readonly string[]>> = Object.fromEntries(
  SECTION_KEYS.filter((k) => k !== "startingPoint").map((k) => [
    k,
    columnsOf(k)
      .filter((c) => !c.spec.computed)
      .map((c) => c.spec.label),
  ]),
);

const notStarted = (s: string) => s === "Not started";
const always = () => true;

function readGoals(
  grid: PlanGrid,
  section: FoundSection | undefined,
  reading: CellReading,
  problems: Problem[],
): Goal[] {
  const goals: Goal[] = [];
  const rowOf = new Map<number, number>();
  eachRow(grid, section, reading, problems, (row) => {
    const number = row.number(G.number, "Goal number");
    const goal: Goal = {
      number: number ?? 0,
      text: row.text(G.text, "Goal"),
      successCriteria: row.text(G.successCriteria, "Success criteria"),
      targetDate: row.day(G.targetDate, "Target date"),
      status:
        row.word(G.status, "Status", GOAL_STATUSES, "Not started", notStarted) ?? "Not started",
      attained: row.word(G.attained, "Attained", ATTAINMENTS, null, always),
      doneOn: row.day(G.doneOn, "Done on"),
    };
    if (!row.hasContent) return;
    if (number === null) {
      if (!row.unreadable.has(G.number)) {
        problems.push({ message: `Goal in row ${row.row} has no number`, row: row.row });
      }
    } else if (rowOf.has(number)) {
      problems.push({
        message: `Goal number ${number} is used twice (rows ${rowOf.get(number)} and ${row.row})`,
        row: row.row,
      });
    } else {
      rowOf.set(number, row.row);
    }
    goals.push(goal);
  });
  return goals;
}

/** Template rows come with a status and no goal #: an empty status or a lone goal # was wiped. */
const MERGED_HINT =
  "its cell is empty, cleared or under merged cells (Format → Merge cells → Unmerge, then choose a status)";
const WIPED =
  "has a goal # but no action, owner, due date or status: were cells merged over it or cleared? Unmerge them (Format → Merge cells → Unmerge) and retype the action";

function readActions(
  grid: PlanGrid,
  section: FoundSection | undefined,
  reading: CellReading,
  problems: Problem[],
  goals: Goal[] | null,
): Action[] {
  const actions: Action[] = [];
  eachRow(grid, section, reading, problems, (row) => {
    const action: Action = {
      number: row.number(A.number, "Action number"),
      goalNumber: row.number(A.goalNumber, "Goal #"),
      text: row.text(A.text, "Action"),
      owner: row.word(A.owner, "Owner", OWNERS, null, always),
      dueDate: row.day(A.dueDate, "Due date"),
      resources: row.text(A.resources, "Resources"),
      status:
        row.word(A.status, "Status", ACTION_STATUSES, "Not started", notStarted) ?? "Not started",
      doneOn: row.day(A.doneOn, "Done on"),
    };
    if (!row.hasContent) {
      // A goal # and nothing else: what the row held was wiped (cells merged over it, or cleared).
      if (action.goalNumber !== null && action.text === "") {
        problems.push({ message: `Action in row ${row.row} ${WIPED}`, row: row.row });
      }
      return;
    }
    if (action.text !== "" && row.isBlank(A.status)) {
      problems.push({
        message: `Action in row ${row.row} has no status (read as Not started): ${MERGED_HINT}`,
        row: row.row,
      });
    }
    if (action.goalNumber === null && !row.unreadable.has(A.goalNumber)) {
      problems.push({ message: `Action in row ${row.row} has no goal #`, row: row.row });
    } else if (
      goals &&
      action.goalNumber !== null &&
      !goals.some((g) => g.number === action.goalNumber)
    ) {
      problems.push({
        message: `Action in row ${row.row} is for goal ${action.goalNumber}, which is not in GOALS`,
        row: row.row,
      });
    }
    actions.push(action);
  });
  return actions;
}

function readCheckIns(
  grid: PlanGrid,
  section: FoundSection | undefined,
  reading: CellReading,
  problems: Problem[],
): CheckIn[] {
  const checkIns: CheckIn[] = [];
  eachRow(grid, section, reading, problems, (row) => {
    const date = row.day(P.date, "Check-in date");
    const checkIn = {
      attended: row.text(P.attended, "Who attended"),
      discussed: row.text(P.discussed, "Discussed"),
      progressNotes: row.text(P.progressNotes, "Progress notes"),
      blockers: row.text(P.blockers, "Blockers"),
      menteeRating: row.scale(P.rating, "Mentee rating", 1, 5),
    };
    if (!row.hasContent) return;
    if (date) checkIns.push({ date, ...checkIn });
    else if (!row.unreadable.has(P.date)) {
      problems.push({ message: `Check-in in row ${row.row} has no date`, row: row.row });
    }
  });
  return checkIns;
}

function readNextSteps(
  grid: PlanGrid,
  section: FoundSection | undefined,
  reading: CellReading,
  problems: Problem[],
): NextStep[] {
  const steps: NextStep[] = [];
  eachRow(grid, section, reading, problems, (row) => {
    const step: NextStep = {
      step: row.text(N.step, "Next step"),
      owner: row.text(N.owner, "Owner"),
      byWhen: row.day(N.byWhen, "By when"),
      done: row.yesNo(N.done, "Done"),
    };
    if (row.hasContent) steps.push(step);
  });
  return steps;
}

function emptyHeader(): PlanHeader {
  return {
    mentee: { name: "", email: "" },
    mentor: { name: "", email: "" },
    reviewerEmail: "",
    focusArea: "",
    startDate: null,
    targetEndDate: null,
    cadence: null,
    mode: "",
    learningStyle: "",
    planStatus: null,
    statusSince: null,
    statusReason: "",
  };
}

function parse(input: PlanTabInput): ParsedPlan {
  const { grid, problems } = readGrid(input.values);
  const reading: CellReading = {
    timeZone: input.timeZone,
    serialDays: input.serialDays ?? false,
  };
  const layout = findSections(grid, NEEDED);
  const head = readPlanHeader(grid, layout.headerBlockEnd, reading);
  problems.push(...head.problems, ...layout.problems);
  const goals = readGoals(grid, layout.sections.goals, reading, problems);
  const actions = readActions(
    grid,
    layout.sections.actions,
    reading,
    problems,
    layout.sections.goals ? goals : null,
  );
  const checkIns = readCheckIns(grid, layout.sections.progress, reading, problems);
  const nextSteps = readNextSteps(grid, layout.sections.nextSteps, reading, problems);
  const outcomes = readOutcomeSections(grid, layout.sections, reading, problems);
  return {
    planId: input.planId,
    sheetName: input.sheetName,
    header: head.header,
    goals,
    actions,
    checkIns,
    nextSteps,
    ...outcomes,
    problems: sortProblems(problems),
  };
}

/** Problems without a row (missing sections and labels) first, then by row. */
function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** Never throws: even a grid that defeats every rule above yields a plan with one Problem. */
export function parsePlanTab(input: PlanTabInput): ParsedPlan {
  try {
    return parse(input);
  } catch (error) {
    return {
      planId: String(input?.planId ?? ""),
      sheetName: String(input?.sheetName ?? ""),
      header: emptyHeader(),
      goals: [],
      actions: [],
      checkIns: [],
      nextSteps: [],
      skills: [],
      checkpointRows: [],
      feedback: [],
      careerOutcomes: [],
      problems: [{ message: `Tab could not be read (${describe(error)})` }],
    };
  }
}

function describe(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return "unknown error";
  }
}
