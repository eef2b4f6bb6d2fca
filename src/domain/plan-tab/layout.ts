/**
 * Lays out a new plan tab as data (see plan-tab/tab-model.ts): title, live summary, header block,
 * STARTING POINT, GOALS, ACTIONS, PROGRESS, NEXT STEPS, one blank row between sections.
 * Labels come from plan-tab/sections.ts, the contract plan-reading/parse-plan-tab reads the tab back with: section
 * title in column A, its column headers on the next row from column A; header block label in A,
 * value in B, email in C. Every user-typed string goes through asLiteralText.
 */

import { STANDARD_CHECKPOINTS } from "../outcomes/checkpoint";
import { RESPONDENTS } from "../outcomes/feedback";
import { CADENCE_NAMES, LEARNING_STYLES, MEETING_MODES, PLAN_STATUSES } from "../plan/vocabulary";
import { cellA1, rangeA1 } from "../sheet/a1-notation";
import { addDays, type DayKey, dateOfDay } from "../sheet/calendar";
import type { CellValue } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import { DATE_FORMAT, INTEGER_FORMAT, PERCENT_FORMAT } from "../sheet/number-formats";
import { SHOWN_NAME_MAX_LENGTH, shortenAtWord } from "../sheet/shorten-at-word";
import type { PlanForm } from "../sidebar-contract/schemas";
import type { Template } from "../templates";
import { checkpointDueFormula } from "./checkpoint-formulas";
import {
  closedActionRowFormula,
  completionFormula,
  doneGoalRowFormula,
  goalProgressFormula,
  lastCheckInFormula,
  lateActionsFormula,
  overdueActionRowFormula,
  overdueActionsFormula,
} from "./formulas";
import { type CellSpec, GridBuilder } from "./grid-builder";
import {
  COLUMN,
  type ColumnKey,
  type ColumnRule,
  type ColumnSpec,
  columnsOf,
  HEADER_LABELS,
  PLAN_TAB_COLUMNS,
  SECTION_CAPACITY,
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

interface PlanLayoutInput {
  planId: string;
  form: PlanForm;
  template: Template;
  timeZone: string;
  coordinatorEmail: string;
}

const PLAN_TAB_COLORS = {
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

const SUMMARY_LABELS = {
  completion: "Completion",
  overdue: "Overdue actions",
  lastCheckIn: "Last check-in",
} as const;

const SUMMARY_HINT = "Live: updates as you edit this tab";

/** The first next step every new plan starts with, due a week after the start. */
export const FIRST_NEXT_STEP = {
  text: "Hold the first check-in: agree the goals, how often to meet and how to log progress",
  owner: "Both",
  inDays: 7,
} as const;

export const NEW_GOAL_STATUS = "Not started";
export const NEW_ACTION_STATUS = "Not started";
const NEW_PLAN_STATUS = "Active";
export const NEW_CHECKPOINT_STATUS = "Open";

/**
 * Every plan tab has the same shape (SECTION_CAPACITY rows per section), whatever its template,
 * so a hidden template tab can carry all of its formatting and a new plan is one sheet copy plus
 * one setValues (see src/gas/plan-tab-writer.ts). The form's limits keep plans inside it; this
 * check catches a template or a caller that does not.
 */
function checkPlanFits(form: PlanForm, template: Template): void {
  const actions = form.goals.reduce((n, g) => n + g.actions.length, 0);
  if (form.goals.length > SECTION_CAPACITY.goals || actions > SECTION_CAPACITY.actions) {
    throw new RangeError(
      `A new plan holds at most ${SECTION_CAPACITY.goals} goals and ${SECTION_CAPACITY.actions} actions.`,
    );
  }
  if (template.skills.length > SECTION_CAPACITY.startingPoint) {
    throw new RangeError(
      `Template "${template.id}" suggests more than ${SECTION_CAPACITY.startingPoint} skills.`,
    );
  }
}

/** A content row by column key; columns left out are blank. */
type RowValues<S extends SectionKey> = Partial<Record<ColumnKey<S>, CellValue>>;

/** The cells of a content row: each value with its column's number format. */
function rowCells<S extends SectionKey>(key: S, values: RowValues<S>): CellSpec[] {
  return columnsOf(key).map(({ key: column, spec }) => {
    const value = values[column];
    return {
      ...(value === undefined ? {} : { value }),
      ...(spec.format ? { format: spec.format } : {}),
    };
  });
}

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
  checkPlanFits(form, template);
  const grid = new GridBuilder(PLAN_TAB_COLUMNS);
  const C = PLAN_TAB_COLORS;

  // Title and live summary.
  // The plan id in the title row's last cell: the tab itself says which plan it is, so the
  // program feed's text of the tab proves it (program-feed.ts); protected with the title.
  const titleRow = grid.addRow(
    [
      // A title shows a long name shortened at a word; the header row below keeps it whole.
      {
        value: `Mentoring action plan · ${shortenAtWord(form.menteeName, SHOWN_NAME_MAX_LENGTH)}`,
      },
      ...Array.from({ length: PLAN_TAB_COLUMNS - 2 }, () => ({})),
      { value: planId },
    ],
    { bold: true, background: C.tabTitle },
  );
  grid.styleCell(titleRow, PLAN_TAB_COLUMNS, { bold: false });
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
  // Plan status: the status in B, the day it took effect in C, the reason in D (lifecycle.ts).
  const headerLast = headerRow("planStatus", [{ value: NEW_PLAN_STATUS }, date(form.startDate)]);

  /**
   * Title row, column-header row, then the section's content rows: `filled` first, blank rows
   * up to its capacity. Returns where it landed.
   */
  const section = <S extends SectionKey>(key: S, filled: RowValues<S>[]): SectionBlock => {
    grid.addRow();
    const columns = SECTION_COLUMNS[key];
    const title = SECTION_TITLES[key];
    const tRow = grid.addRow([{ value: title }], { bold: true, background: C.sectionTitle });
    const hRow = grid.addRow(columns.map((value) => ({ value })));
    for (let c = 1; c <= columns.length; c++) {
      grid.styleCell(hRow, c, { bold: true, background: C.columnHeader });
    }
    let last = hRow;
    for (let i = 0; i < SECTION_CAPACITY[key]; i++)
      last = grid.addRow(rowCells(key, filled[i] ?? {}));
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
  const literal = (s: string) => asLiteralText(s);

  // STARTING POINT: skills, then Strengths and Areas to grow (label in A, text in B).
  const skillsBlock = section(
    "startingPoint",
    template.skills.map((s) => ({ skill: literal(s.name), notes: literal(s.note) })),
  );
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
  const goals = section(
    "goals",
    form.goals.map((g, i) => ({
      number: i + 1,
      text: literal(g.text),
      successCriteria: literal(g.successCriteria),
      targetDate: day(g.targetDate),
      status: NEW_GOAL_STATUS,
    })),
  );

  // ACTIONS: numbered across the plan, each pointing at its goal's #.
  const actions = section(
    "actions",
    form.goals
      .flatMap((g, gi) => g.actions.map((a) => ({ gi, a })))
      .map(({ gi, a }, i) => ({
        number: i + 1,
        goalNumber: gi + 1,
        text: literal(a.text),
        owner: a.owner,
        dueDate: day(addDays(form.startDate, a.dueInDays)),
        resources: literal(a.resources),
        status: NEW_ACTION_STATUS,
      })),
  );

  const progress = section("progress", []);

  const nextSteps = section("nextSteps", [
    {
      step: FIRST_NEXT_STEP.text,
      owner: FIRST_NEXT_STEP.owner,
      byWhen: day(addDays(form.startDate, FIRST_NEXT_STEP.inDays)),
      done: "No",
    },
  ]);

  // Outcomes: the three checkpoints every plan has, then the template's milestones (for goals
  // the form kept); a FEEDBACK row per checkpoint and person; career outcomes to come.
  const checkpoints = section("checkpoints", [
    ...STANDARD_CHECKPOINTS.map((name) => ({ name, status: NEW_CHECKPOINT_STATUS })),
    ...template.milestones
      .filter((m) => m.goal <= form.goals.length)
      .map((m) => ({
        name: literal(m.text),
        goalNumber: m.goal,
        month: m.month,
        status: NEW_CHECKPOINT_STATUS,
      })),
  ]);
  const feedback = section(
    "feedback",
    STANDARD_CHECKPOINTS.flatMap((checkpoint) =>
      RESPONDENTS.map((respondent) => ({ checkpoint, respondent })),
    ),
  );
  const careerOutcomes = section("careerOutcomes", []);

  // Live formulas.
  const formulas: PlanTabModel["formulas"] = [
    { a1: cellA1(summaryRow, 1), formula: completionFormula(goals) },
    { a1: cellA1(summaryRow, 2), formula: overdueActionsFormula(actions) },
    { a1: cellA1(summaryRow, 3), formula: lastCheckInFormula(progress) },
    { a1: cellA1(summaryRow, 4), formula: lateActionsFormula(actions) },
  ];
  for (let row = goals.firstRow; row <= goals.lastRow; row++) {
    formulas.push({
      a1: cellA1(row, COLUMN.goals.progress),
      formula: goalProgressFormula(row, actions),
    });
  }

  const dates = {
    startRow: headerRows.startDate as number,
    targetEndRow: headerRows.targetEndDate as number,
  };
  for (let row = checkpoints.firstRow; row <= checkpoints.lastRow; row++) {
    formulas.push({
      a1: cellA1(row, COLUMN.checkpoints.dueDate),
      formula: checkpointDueFormula(row, dates, progress),
    });
  }

  const sections = {
    startingPoint,
    goals,
    actions,
    progress,
    nextSteps,
    checkpoints,
    feedback,
    careerOutcomes,
  };
  /** The tables as written (STARTING POINT's ends with its skills). */
  const tables = [
    skillsBlock,
    goals,
    actions,
    progress,
    nextSteps,
    checkpoints,
    feedback,
    careerOutcomes,
  ];
  const [skillRanges, ...otherRanges] = tables.map((t) => columnRuns(t, (c) => !c.computed));
  return {
    rows: grid.rowCount,
    columns: PLAN_TAB_COLUMNS,
    values: grid.values,
    formulas,
    numberFormats: grid.numberFormats,
    fontWeights: grid.fontWeights,
    backgrounds: grid.backgrounds,
    validations: [...headerValidations(headerRows), ...tables.flatMap(columnValidations)],
    conditionalFormats: conditionalFormatsFor(goals, actions),
    frozenRows: summaryRow,
    columnWidths: COLUMN_WIDTHS.map((w) => ({ ...w })),
    protectedLabels: {
      editors: [input.coordinatorEmail.trim().toLowerCase()].filter((e) => e !== ""),
      unprotectedA1: [
        rangeA1(headerFirst, 2, headerLast, 4),
        ...(skillRanges ?? []),
        rangeA1(strengthsRow, 2, areasToGrowRow, PLAN_TAB_COLUMNS),
        ...otherRanges.flat(),
      ],
      labelsA1: [
        rangeA1(titleRow, 1, summaryRow, PLAN_TAB_COLUMNS),
        rangeA1(headerFirst, 1, headerLast, 1),
        ...Object.values(sections).map((s) =>
          rangeA1(s.titleRow, 1, s.headerRow, PLAN_TAB_COLUMNS),
        ),
        rangeA1(strengthsRow, 1, areasToGrowRow, 1),
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
const COLUMN_WIDTHS = [
  { column: 1, count: 1, width: 150 },
  { column: 2, count: 2, width: 250 },
  { column: 4, count: 2, width: 120 },
  { column: 6, count: 1, width: 220 },
  { column: 7, count: 2, width: 110 },
] as const;

/** The header block's choices and dates. */
function headerValidations(header: Record<string, number>): ValidationSpec[] {
  const cell = (key: keyof typeof HEADER_LABELS) => cellA1(header[key] as number, 2);
  const list = (a1: string, values: readonly string[]) => validation(a1, { kind: "list", values });
  return [
    validation(`${cell("startDate")}:${cell("targetEndDate")}`, { kind: "date" }),
    list(cell("cadence"), CADENCE_NAMES),
    list(cell("mode"), MEETING_MODES),
    list(cell("learningStyle"), LEARNING_STYLES),
    list(cell("planStatus"), PLAN_STATUSES),
  ];
}

function validation(a1: string, rule: ColumnRule): ValidationSpec {
  return rule.kind === "list"
    ? { a1, kind: "list", values: rule.values.map(String) }
    : { a1, ...rule };
}

/**
 * The content rows of a table, cut into runs of adjacent columns that `pick` accepts and that
 * share one rule; each run as [first column, last column, its rule].
 */
function runs(
  table: SectionBlock,
  pick: (column: ColumnSpec) => boolean,
  sameRule: boolean,
): [number, number, ColumnSpec][] {
  const columns = columnsOf(table.key);
  const out: [number, number, ColumnSpec][] = [];
  for (const { spec, position } of columns) {
    const last = out[out.length - 1];
    if (!pick(spec)) continue;
    if (last && last[1] === position - 1 && (!sameRule || last[2].rule === spec.rule))
      last[1] = position;
    else out.push([position, position, spec]);
  }
  return out;
}

/** A1 ranges of the table's content rows over the runs of columns `pick` accepts. */
function columnRuns(table: SectionBlock, pick: (column: ColumnSpec) => boolean): string[] {
  return runs(table, pick, false).map(([a, b]) => rangeA1(table.firstRow, a, table.lastRow, b));
}

/** One validation per run of adjacent columns sharing a rule, over the content rows. */
function columnValidations(table: SectionBlock): ValidationSpec[] {
  return runs(table, (c) => c.rule !== undefined, true).map(([a, b, spec]) =>
    validation(rangeA1(table.firstRow, a, table.lastRow, b), spec.rule as ColumnRule),
  );
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
