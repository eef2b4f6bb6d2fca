/**
 * The plan tab's sections and their columns: the ONE home of every fact about a column (its
 * header text, position, number format and what it accepts) and of each section's capacity.
 * The writer (plan-tab/layout.ts), the reader (plan-reading/), the live formulas, the form's
 * limits (sidebar-contract/schemas.ts, the sidebar's goal count) and the program feed's width
 * all derive from here. Adding a column is one entry below: docs/architecture.md, "Add a column
 * to a section".
 *
 * Sections are found by their title, columns by their header text, never by position, because
 * pairs insert rows and move things; positions are only where a new tab puts them.
 */

import { CHECKPOINT_STATUSES } from "../outcomes/checkpoint";
import { ATTAINMENTS, CAREER_OUTCOMES } from "../outcomes/evaluation";
import { FIT_ANSWERS, RESPONDENTS, SATISFACTION_MAX, SATISFACTION_MIN } from "../outcomes/feedback";
import {
  ACTION_STATUSES,
  GOAL_STATUSES,
  NEXT_STEP_DONE,
  OWNERS,
  RATINGS,
  SKILL_LEVELS,
} from "../plan/vocabulary";
import { DATE_FORMAT, INTEGER_FORMAT, PERCENT_FORMAT } from "../sheet/number-formats";

/** What a column's cells accept (a data validation over its content rows). */
export type ColumnRule =
  | { kind: "list"; values: readonly (string | number)[] }
  | { kind: "date" }
  | { kind: "numberBetween"; min: number; max: number };

export interface ColumnSpec {
  /** The header text: how the writer labels the column and how the reader finds it. */
  readonly label: string;
  /** Number format of the content cells; "General" when omitted. */
  readonly format?: string;
  readonly rule?: ColumnRule;
  /**
   * Filled by the tab's own formula (never typed): protected like a label, and not reported
   * missing by the reader, which does not read it.
   */
  readonly computed?: true;
}

export interface SectionSpec {
  /** The title cell (column A) that marks where the section starts. */
  readonly title: string;
  /** Content rows every new plan tab gets (the form's limits keep a new plan inside them). */
  readonly capacity: number;
  /** In tab order from column A. Object key order is the column order. */
  readonly columns: Readonly<Record<string, ColumnSpec>>;
  /**
   * A tab may lack it without a Problem being named: the STARTING POINT and the outcome sections
   * feed the Outcomes tab only, and a program that does not evaluate outcomes may remove them
   * (checkpoints are still scheduled from the plan's dates: outcomes/checkpoint.ts).
   */
  readonly optional?: true;
}

const listOf = (values: readonly (string | number)[]): ColumnRule => ({ kind: "list", values });
const A_DATE: ColumnRule = { kind: "date" };
/** One rule object for both level columns: adjacent columns sharing a rule get one range. */
const LEVEL: ColumnRule = listOf(SKILL_LEVELS);
const date = (label: string): ColumnSpec => ({ label, format: DATE_FORMAT, rule: A_DATE });
const text = (label: string): ColumnSpec => ({ label });

export const SECTIONS = {
  startingPoint: {
    title: "STARTING POINT",
    capacity: 6,
    optional: true,
    columns: {
      skill: text("Skill"),
      currentLevel: { label: "Current level (1–5)", format: INTEGER_FORMAT, rule: LEVEL },
      targetLevel: { label: "Target level (1–5)", format: INTEGER_FORMAT, rule: LEVEL },
      // Re-rated by the mentee at the Final review (docs/design.md "End-of-plan evaluation").
      endLevel: { label: "Level at end (1–5)", format: INTEGER_FORMAT, rule: LEVEL },
      notes: text("Notes"),
    },
  },
  goals: {
    title: "GOALS",
    capacity: 8,
    columns: {
      number: { label: "#", format: INTEGER_FORMAT },
      text: text("Goal"),
      successCriteria: text("Success criteria"),
      targetDate: date("Target date"),
      status: { label: "Status", rule: listOf(GOAL_STATUSES) },
      progress: { label: "Progress", format: PERCENT_FORMAT, computed: true },
      attained: { label: "Attained", rule: listOf(ATTAINMENTS) },
      doneOn: date("Done on"),
    },
  },
  actions: {
    title: "ACTIONS",
    capacity: 32,
    columns: {
      number: { label: "#", format: INTEGER_FORMAT },
      goalNumber: {
        label: "Goal #",
        format: INTEGER_FORMAT,
        // Pairs may add goals in the tab beyond the form's limit.
        rule: { kind: "numberBetween", min: 1, max: 99 },
      },
      text: text("Action"),
      owner: { label: "Owner", rule: listOf(OWNERS) },
      dueDate: date("Due date"),
      resources: text("Resources"),
      status: { label: "Status", rule: listOf(ACTION_STATUSES) },
      doneOn: date("Done on"),
    },
  },
  progress: {
    title: "PROGRESS",
    capacity: 24,
    columns: {
      date: date("Date"),
      attended: text("Who attended"),
      discussed: text("Discussed"),
      progressNotes: text("Progress notes"),
      blockers: text("Blockers"),
      rating: { label: "Mentee rating (1–5)", format: INTEGER_FORMAT, rule: listOf(RATINGS) },
    },
  },
  nextSteps: {
    title: "NEXT STEPS",
    capacity: 10,
    columns: {
      step: text("Step"),
      owner: { label: "Owner", rule: listOf(OWNERS) },
      byWhen: date("By when"),
      done: { label: "Done", rule: listOf(NEXT_STEP_DONE) },
    },
  },
  // Outcomes (docs/design.md "Checkpoints", "Feedback", "End-of-plan evaluation").
  checkpoints: {
    title: "CHECKPOINTS",
    optional: true,
    capacity: 6,
    columns: {
      name: text("Checkpoint"),
      goalNumber: {
        label: "Goal #",
        format: INTEGER_FORMAT,
        rule: { kind: "numberBetween", min: 1, max: 99 },
      },
      month: {
        label: "Month",
        format: INTEGER_FORMAT,
        rule: { kind: "numberBetween", min: 1, max: 36 },
      },
      dueDate: { label: "Due date", format: DATE_FORMAT, computed: true },
      status: { label: "Status", rule: listOf(CHECKPOINT_STATUSES) },
      doneOn: date("Done on"),
    },
  },
  feedback: {
    title: "FEEDBACK",
    optional: true,
    capacity: 8,
    columns: {
      checkpoint: text("Checkpoint"),
      respondent: { label: "Who", rule: listOf(RESPONDENTS) },
      fit: { label: "Fit (is this pairing working?)", rule: listOf(FIT_ANSWERS) },
      satisfaction: {
        label: `Satisfaction (${SATISFACTION_MIN}–${SATISFACTION_MAX})`,
        format: INTEGER_FORMAT,
        rule: { kind: "numberBetween", min: SATISFACTION_MIN, max: SATISFACTION_MAX },
      },
      helped: text("What helped"),
      change: text("What to change"),
    },
  },
  careerOutcomes: {
    title: "CAREER OUTCOMES",
    optional: true,
    capacity: 6,
    columns: {
      kind: { label: "Outcome", rule: listOf(CAREER_OUTCOMES) },
      details: text("What happened (evidence)"),
      date: date("Date"),
    },
  },
} as const satisfies Record<string, SectionSpec>;

export type SectionKey = keyof typeof SECTIONS;
export type ColumnKey<S extends SectionKey> = keyof (typeof SECTIONS)[S]["columns"] & string;

export const SECTION_KEYS = Object.keys(SECTIONS) as SectionKey[];

/** The columns of a section, in tab order, with their keys. */
export function columnsOf<S extends SectionKey>(
  key: S,
): { key: ColumnKey<S>; spec: ColumnSpec; position: number }[] {
  const columns: Readonly<Record<string, ColumnSpec>> = SECTIONS[key].columns;
  return Object.entries(columns).map(([k, spec], i) => ({
    key: k as ColumnKey<S>,
    spec,
    position: i + 1,
  }));
}

function byKey<T>(pick: <S extends SectionKey>(key: S) => T): { [S in SectionKey]: T } {
  return Object.fromEntries(SECTION_KEYS.map((k) => [k, pick(k)])) as { [S in SectionKey]: T };
}

type ColumnMap<T> = { [S in SectionKey]: { readonly [C in ColumnKey<S>]: T } };

function columnMap<T>(value: (spec: ColumnSpec, position: number) => T): ColumnMap<T> {
  return byKey((k) =>
    Object.fromEntries(columnsOf(k).map((c) => [c.key, value(c.spec, c.position)])),
  ) as ColumnMap<T>;
}

/** 1-based column of each column of each section in a new tab: COLUMN.goals.status is 5. */
export const COLUMN: ColumnMap<number> = columnMap((_, position) => position);

/** Header text of each column: LABEL.actions.goalNumber is "Goal #". */
export const LABEL: ColumnMap<string> = columnMap((spec) => spec.label);

/** Column headers of each section, in tab order. */
export const SECTION_COLUMNS: { [S in SectionKey]: readonly string[] } = byKey((k) =>
  columnsOf(k).map((c) => c.spec.label),
);

export const SECTION_TITLES: { [S in SectionKey]: string } = byKey((k) => SECTIONS[k].title);

export const SECTION_CAPACITY: { [S in SectionKey]: number } = byKey((k) => SECTIONS[k].capacity);

/** Whether a tab may lack the section without a Problem (SectionSpec.optional). */
export const isOptionalSection = (key: SectionKey): boolean =>
  (SECTIONS[key] as SectionSpec).optional === true;

/** Every plan tab is this many columns wide: its widest section. */
export const PLAN_TAB_COLUMNS = Math.max(...SECTION_KEYS.map((k) => columnsOf(k).length));

/** Key–value rows of the header block: label in column A, value in B (email in C for people). */
export const HEADER_LABELS = {
  mentee: "Mentee",
  mentor: "Mentor",
  reviewer: "Reviewer",
  focusArea: "Focus area",
  startDate: "Start date",
  targetEndDate: "Target end date",
  cadence: "Meeting cadence",
  mode: "Meeting mode",
  learningStyle: "Learning style",
  planStatus: "Plan status",
} as const;

/** Free-text rows that follow the skills table inside STARTING POINT (label in A, text in B). */
export const STARTING_POINT_LABELS = {
  strengths: "Strengths",
  areasToGrow: "Areas to grow",
} as const;

/** The developer-metadata key that marks a tab as a plan; its value is the plan id. */
export const PLAN_ID_METADATA_KEY = "mentoringActionPlan.planId";
