/**
 * Lays out a new plan tab as data (see plan-tab/tab-model.ts): title, live summary, header block,
 * STARTING POINT, GOALS, ACTIONS, PROGRESS, NEXT STEPS, one blank row between sections.
 * Labels come from plan-tab/sections.ts, the contract plan-reading/parse-plan-tab reads the tab back with: section
 * title in column A, its column headers on the next row from column A; header block label in A,
 * value in B, email in C. Every user-typed string goes through asLiteralText.
 */

import {
  ACTION_STATUSES,
  CADENCE_NAMES,
  GOAL_STATUSES,
  LEARNING_STYLES,
  MEETING_MODES,
  NEXT_STEP_DONE,
  OWNERS,
  PLAN_STATUSES,
  RATINGS,
  SKILL_LEVELS,
} from "../plan/vocabulary";
import { cellA1, rangeA1 } from "../sheet/a1-notation";
import { addDays, type DayKey, dateOfDay } from "../sheet/calendar";
import { asLiteralText } from "../sheet/literal-text";
import type { PlanForm } from "../sidebar-contract/schemas";
import type { Template } from "../templates";
import {
  closedActionRowFormula,
  completionFormula,
  doneGoalRowFormula,
  GOAL_COLUMNS,
  goalProgressFormula,
  lastCheckInFormula,
  lateActionsFormula,
  overdueActionRowFormula,
  overdueActionsFormula,
} from "./formulas";
import { type CellSpec, GridBuilder } from "./grid-builder";
import {
  HEADER_LABELS,
  PLAN_TAB_COLUMNS,
  SECTION_COLUMNS,
  SECTION_TITLES,
  type SectionKey,
  STARTING_POINT_LABELS,
} from "./sections";
import type {
  ConditionalFormatSpec,
  PlanTabModel,
  SectionBlock,
  StartingPointBlock,
  ValidationSpec,
} from "./tab-model";

export interface PlanLayoutInput {
  planId: string;
  form: PlanForm;
  template: Template;
  timeZone: string;
  coordinatorEmail: string;
}

export const DATE_FORMAT = "yyyy-mm-dd";
export const PERCENT_FORMAT = "0%";
export const INTEGER_FORMAT = "0";

export const PLAN_TAB_COLORS = {
  tabTitle: "#a4c2f4",
  summary: "#fff2cc",
  sectionTitle: "#c9daf8",
  columnHeader: "#e8eaed",
  label: "#f3f3f3",
  overdue: "#f4cccc",
  overdueText: "#990000",
  // Finished actions: greyed, still 6.3:1 on white (WCAG AA asks 4.5:1).
  closedText: "#5f6368",
  doneGoal: "#d9ead3",
} as const;

export const SUMMARY_LABELS = {
  completion: "Completion",
  overdue: "Overdue actions",
  lastCheckIn: "Last check-in",
} as const;

export const SUMMARY_HINT = "Live: updates as you edit this tab";

/** The first next step every new plan starts with, due a week after the start. */
export const FIRST_NEXT_STEP = {
  text: "Hold the first check-in: agree the goals, how often to meet and how to log progress",
  owner: "Both",
  inDays: 7,
} as const;

export const NEW_GOAL_STATUS = "Not started";
export const NEW_ACTION_STATUS = "Not started";
export const NEW_PLAN_STATUS = "Active";

/**
 * How many rows each section gets. Every plan tab has the same shape, whatever its template,
 * so a hidden template tab can carry all of its formatting and a new plan is one sheet copy plus
 * one setValues (see src/gas/plan-tab-writer.ts). The form's limits keep plans inside it.
 */
export const SECTION_CAPACITY = {
  skills: 6,
  goals: 8,
  actions: 32,
  progress: 24,
  nextSteps: 10,
} as const;

export function sectionRowCounts(form: PlanForm, template: Template): typeof SECTION_CAPACITY {
  const actions = form.goals.reduce((n, g) => n + g.actions.length, 0);
  if (form.goals.length > SECTION_CAPACITY.goals || actions > SECTION_CAPACITY.actions) {
    throw new RangeError(
      `A new plan holds at most ${SECTION_CAPACITY.goals} goals and ${SECTION_CAPACITY.actions} actions.`,
    );
  }
  if (template.skills.length > SECTION_CAPACITY.skills) {
    throw new RangeError(
      `Template "${template.id}" suggests more than ${SECTION_CAPACITY.skills} skills.`,
    );
  }
  return SECTION_CAPACITY;
}

const levelValues = SKILL_LEVELS.map(String);
const ratingValues = RATINGS.map(String);

export function layoutPlanTab(input: PlanLayoutInput): PlanTabModel {
  const { form, template, timeZone, planId } = input;
  if (planId.trim() === "") throw new Error("A plan tab needs a plan id.");
  if (form.templateId !== template.id) {
    throw new Error(`The form asks for template "${form.templateId}" but got "${template.id}".`);
  }
  const day = (key: DayKey) => dateOfDay(key, timeZone);
  const text = (s: string): CellSpec => ({ value: asLiteralText(s) });
  const date = (key: DayKey | null): CellSpec => ({
    value: key === null ? "" : day(key),
    format: DATE_FORMAT,
  });
  const counts = sectionRowCounts(form, template);
  const grid = new GridBuilder(PLAN_TAB_COLUMNS);
  const C = PLAN_TAB_COLORS;

  // Title and live summary.
  const titleRow = grid.addRow([{ value: `Mentoring action plan · ${form.menteeName}` }], {
    bold: true,
    background: C.tabTitle,
  });
  const summaryLabelRow = grid.addRow(
    [
      { value: SUMMARY_LABELS.completion },
      { value: SUMMARY_LABELS.overdue },
      { value: SUMMARY_LABELS.lastCheckIn },
      { value: SUMMARY_HINT },
    ],
    { background: C.summary },
  );
  for (let c = 1; c <= 3; c++) grid.styleCell(summaryLabelRow, c, { bold: true });
  const summaryRow = grid.addRow(
    [{ format: PERCENT_FORMAT }, { format: INTEGER_FORMAT }, { format: DATE_FORMAT }],
    { background: C.summary },
  );
  grid.addRow();

  // Header block: label in A, value in B, email in C.
  const headerRows: Record<string, number> = {};
  const headerRow = (key: keyof typeof HEADER_LABELS, cells: CellSpec[]) => {
    const row = grid.addRow([{ value: HEADER_LABELS[key] }, ...cells]);
    grid.styleCell(row, 1, { bold: true, background: C.label });
    headerRows[key] = row;
    return row;
  };
  const headerFirst = headerRow("mentee", [text(form.menteeName), text(form.menteeEmail)]);
  headerRow("mentor", [text(form.mentorName), text(form.mentorEmail)]);
  headerRow("reviewer", [text(form.reviewerEmail)]);
  headerRow("focusArea", [text(form.focusArea)]);
  headerRow("startDate", [date(form.startDate)]);
  headerRow("targetEndDate", [date(form.targetEndDate)]);
  headerRow("cadence", [{ value: form.cadence }]);
  headerRow("mode", [{ value: form.mode }]);
  headerRow("learningStyle", [{ value: form.learningStyle }]);
  const headerLast = headerRow("planStatus", [{ value: NEW_PLAN_STATUS }]);

  /** Title row, column-header row, then `rows` content rows; returns the block. */
  const section = (key: SectionKey, rows: CellSpec[][]): SectionBlock => {
    grid.addRow();
    const columns = SECTION_COLUMNS[key];
    const title = SECTION_TITLES[key];
    const tRow = grid.addRow([{ value: title }], { bold: true, background: C.sectionTitle });
    const hRow = grid.addRow(columns.map((value) => ({ value })));
    for (let c = 1; c <= columns.length; c++) {
      grid.styleCell(hRow, c, { bold: true, background: C.columnHeader });
    }
    let last = hRow;
    for (const cells of rows) last = grid.addRow(cells);
    return {
      key,
      title,
      titleRow: tRow,
      headerRow: hRow,
      firstRow: hRow + 1,
      lastRow: last,
      width: columns.length,
      titleA1: cellA1(tRow, 1),
      contentA1: rangeA1(hRow + 1, 1, last, columns.length),
    };
  };
  const pad = (rows: CellSpec[][], count: number, blank: () => CellSpec[]) => {
    while (rows.length < count) rows.push(blank());
    return rows;
  };

  // STARTING POINT: skills, then Strengths and Areas to grow (label in A, text in B).
  const level = (): CellSpec => ({ format: INTEGER_FORMAT });
  const skillRows = pad(
    template.skills.map((s) => [text(s.name), level(), level(), text(s.note)]),
    counts.skills,
    () => [{}, level(), level(), {}],
  );
  const skillsBlock = section("startingPoint", skillRows);
  const strengthsRow = grid.addRow([{ value: STARTING_POINT_LABELS.strengths }]);
  const areasToGrowRow = grid.addRow([{ value: STARTING_POINT_LABELS.areasToGrow }]);
  for (const row of [strengthsRow, areasToGrowRow]) {
    grid.styleCell(row, 1, { bold: true, background: C.label });
  }
  const startingPoint: StartingPointBlock = {
    ...skillsBlock,
    key: "startingPoint",
    skillsLastRow: skillsBlock.lastRow,
    strengthsRow,
    areasToGrowRow,
    lastRow: areasToGrowRow,
    contentA1: rangeA1(skillsBlock.firstRow, 1, areasToGrowRow, skillsBlock.width),
  };

  // GOALS: # 1..n; the Progress column gets its formula once ACTIONS is placed.
  const goalRows = pad(
    form.goals.map((g, i) => [
      { value: i + 1, format: INTEGER_FORMAT },
      text(g.text),
      text(g.successCriteria),
      date(g.targetDate),
      { value: NEW_GOAL_STATUS },
      { format: PERCENT_FORMAT },
    ]),
    counts.goals,
    () => [{ format: INTEGER_FORMAT }, {}, {}, date(null), {}, { format: PERCENT_FORMAT }],
  );
  const goals = section("goals", goalRows);

  // ACTIONS: numbered across the plan, each pointing at its goal's #.
  const actionRows: CellSpec[][] = [];
  form.goals.forEach((g, gi) => {
    for (const a of g.actions) {
      actionRows.push([
        { value: actionRows.length + 1, format: INTEGER_FORMAT },
        { value: gi + 1, format: INTEGER_FORMAT },
        text(a.text),
        { value: a.owner },
        date(addDays(form.startDate, a.dueInDays)),
        text(a.resources),
        { value: NEW_ACTION_STATUS },
        date(null),
      ]);
    }
  });
  const actions = section(
    "actions",
    pad(actionRows, counts.actions, () => [
      { format: INTEGER_FORMAT },
      { format: INTEGER_FORMAT },
      {},
      {},
      date(null),
      {},
      {},
      date(null),
    ]),
  );

  const progress = section(
    "progress",
    pad([], counts.progress, () => [date(null), {}, {}, {}, {}, { format: INTEGER_FORMAT }]),
  );

  const nextSteps = section(
    "nextSteps",
    pad(
      [
        [
          { value: FIRST_NEXT_STEP.text },
          { value: FIRST_NEXT_STEP.owner },
          date(addDays(form.startDate, FIRST_NEXT_STEP.inDays)),
          { value: "No" },
        ],
      ],
      counts.nextSteps,
      () => [{}, {}, date(null), {}],
    ),
  );

  // Live formulas.
  const formulas: PlanTabModel["formulas"] = [
    { a1: cellA1(summaryRow, 1), formula: completionFormula(goals) },
    { a1: cellA1(summaryRow, 2), formula: overdueActionsFormula(actions) },
    { a1: cellA1(summaryRow, 3), formula: lastCheckInFormula(progress) },
    { a1: cellA1(summaryRow, 4), formula: lateActionsFormula(actions) },
  ];
  for (let row = goals.firstRow; row <= goals.lastRow; row++) {
    formulas.push({
      a1: cellA1(row, GOAL_COLUMNS.progress),
      formula: goalProgressFormula(row, actions),
    });
  }

  const sections = { startingPoint, goals, actions, progress, nextSteps };
  return {
    rows: grid.rowCount,
    columns: PLAN_TAB_COLUMNS,
    values: grid.values,
    formulas,
    numberFormats: grid.numberFormats,
    fontWeights: grid.fontWeights,
    backgrounds: grid.backgrounds,
    validations: validationsFor(headerRows, sections),
    conditionalFormats: conditionalFormatsFor(goals, actions),
    frozenRows: summaryRow,
    columnWidths: COLUMN_WIDTHS.map((w) => ({ ...w })),
    protectedLabels: {
      description:
        "Plan labels and headers: only the coordinator changes them; mentor and mentee edit the content cells.",
      editors: [input.coordinatorEmail.trim().toLowerCase()].filter((e) => e !== ""),
      unprotectedA1: [
        rangeA1(headerFirst, 2, headerLast, 3),
        rangeA1(startingPoint.firstRow, 1, startingPoint.skillsLastRow, startingPoint.width),
        rangeA1(strengthsRow, 2, areasToGrowRow, PLAN_TAB_COLUMNS),
        rangeA1(goals.firstRow, 1, goals.lastRow, GOAL_COLUMNS.status),
        actions.contentA1,
        progress.contentA1,
        nextSteps.contentA1,
      ],
      labelsA1: [
        rangeA1(titleRow, 1, summaryRow, PLAN_TAB_COLUMNS),
        rangeA1(headerFirst, 1, headerLast, 1),
        ...Object.values(sections).map((s) =>
          rangeA1(s.titleRow, 1, s.headerRow, PLAN_TAB_COLUMNS),
        ),
        rangeA1(strengthsRow, 1, areasToGrowRow, 1),
        rangeA1(goals.firstRow, GOAL_COLUMNS.progress, goals.lastRow, GOAL_COLUMNS.progress),
      ],
    },
    planId,
    positions: {
      titleA1: cellA1(titleRow, 1),
      summary: {
        completionA1: cellA1(summaryRow, 1),
        overdueA1: cellA1(summaryRow, 2),
        lastCheckInA1: cellA1(summaryRow, 3),
      },
      header: { firstRow: headerFirst, lastRow: headerLast, rows: headerRows },
      sections,
    },
  };
}

/** A: labels and dates; B–C: names, goals, criteria, actions; F: resources and notes. */
export const COLUMN_WIDTHS = [
  { column: 1, count: 1, width: 150 },
  { column: 2, count: 2, width: 250 },
  { column: 4, count: 2, width: 120 },
  { column: 6, count: 1, width: 220 },
  { column: 7, count: 2, width: 110 },
] as const;

/** One rule per column block of a section (content rows only), plus the header's choices. */
function validationsFor(
  header: Record<string, number>,
  s: {
    startingPoint: StartingPointBlock;
    goals: SectionBlock;
    actions: SectionBlock;
    progress: SectionBlock;
    nextSteps: SectionBlock;
  },
): ValidationSpec[] {
  const headerCell = (key: keyof typeof HEADER_LABELS) => cellA1(header[key] as number, 2);
  const col = (block: SectionBlock, column: number, lastRow = block.lastRow) =>
    rangeA1(block.firstRow, column, lastRow, column);
  const list = (a1: string, values: readonly (string | number)[]): ValidationSpec => ({
    a1,
    kind: "list",
    values: values.map(String),
  });
  const date = (a1: string): ValidationSpec => ({ a1, kind: "date" });
  const sp = s.startingPoint;
  return [
    date(`${headerCell("startDate")}:${headerCell("targetEndDate")}`),
    list(headerCell("cadence"), CADENCE_NAMES),
    list(headerCell("mode"), MEETING_MODES),
    list(headerCell("learningStyle"), LEARNING_STYLES),
    list(headerCell("planStatus"), PLAN_STATUSES),
    list(rangeA1(sp.firstRow, 2, sp.skillsLastRow, 3), levelValues),
    date(col(s.goals, 4)),
    list(col(s.goals, 5), GOAL_STATUSES),
    { a1: col(s.actions, 2), kind: "numberBetween", min: 1, max: 99 },
    list(col(s.actions, 4), OWNERS),
    date(col(s.actions, 5)),
    list(col(s.actions, 7), ACTION_STATUSES),
    date(col(s.actions, 8)),
    date(col(s.progress, 1)),
    list(col(s.progress, 6), ratingValues),
    list(col(s.nextSteps, 2), OWNERS),
    date(col(s.nextSteps, 3)),
    list(col(s.nextSteps, 4), NEXT_STEP_DONE),
  ];
}

function conditionalFormatsFor(
  goals: SectionBlock,
  actions: SectionBlock,
): ConditionalFormatSpec[] {
  const C = PLAN_TAB_COLORS;
  return [
    {
      a1: actions.contentA1,
      kind: "formula",
      formula: overdueActionRowFormula(actions.firstRow),
      background: C.overdue,
      fontColor: C.overdueText,
    },
    {
      a1: actions.contentA1,
      kind: "formula",
      formula: closedActionRowFormula(actions.firstRow),
      fontColor: C.closedText,
    },
    {
      a1: goals.contentA1,
      kind: "formula",
      formula: doneGoalRowFormula(goals.firstRow),
      background: C.doneGoal,
    },
  ];
}
