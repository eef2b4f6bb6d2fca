/**
 * The Outcomes tab as data (docs/design.md "Outcomes tab"): the program's totals at the top,
 * then three plain tables a coordinator can sort, filter and pivot: one row per pair, one row
 * per pair and skill (growth per skill), one row per career outcome. Values are plain values
 * computed by metrics.ts (one definition), links are =HYPERLINK formulas to the plan tabs, and a
 * chart shows each pair's share of the skill gap closed beside its goal attainment.
 */

import { planLinkFormula } from "../dashboard/row";
import { rangeA1 } from "../sheet/a1-notation";
import { type DayKey, dateOfDay, dayKey } from "../sheet/calendar";
import type { CellValue } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import { CAREER_OUTCOMES } from "./evaluation";
import { FIT_ANSWERS } from "./feedback";
import { statusWord } from "./lifecycle";
import type { PairOutcomes } from "./pair-outcomes";
import type { ProgramOutcomes } from "./program-outcomes";

export const OUTCOMES_SHEET_NAME = "Outcomes";

export const GENERAL = "General";
export const DATE = "yyyy-mm-dd";
export const DATE_TIME = "yyyy-mm-dd hh:mm";
export const PERCENT = "0%";
export const INTEGER = "0";
export const ONE_DECIMAL = "0.0";

export const OUTCOME_TABLE_TITLES = {
  pairs: "PAIRS",
  skills: "SKILL GROWTH",
  careerOutcomes: "CAREER OUTCOMES",
} as const;

/** The pairs table: header and number format of each column, in order. */
export const PAIR_COLUMNS = [
  ["Plan", GENERAL],
  ["Mentee", GENERAL],
  ["Mentor", GENERAL],
  ["Status", GENERAL],
  ["Start", DATE],
  ["Target end", DATE],
  ["Next checkpoint", GENERAL],
  ["Next checkpoint due", DATE],
  ["Overdue checkpoints", INTEGER],
  ["Check-ins", INTEGER],
  ["Check-ins per month", ONE_DECIMAL],
  ["Check-in rate", PERCENT],
  ["Goals assessed", INTEGER],
  ["Goals attained", INTEGER],
  ["Goals partly attained", INTEGER],
  ["Attainment", PERCENT],
  ["Median days to goal", INTEGER],
  ["Skills re-rated", INTEGER],
  ["Mean skill growth", ONE_DECIMAL],
  ["Skill gap closed", PERCENT],
  ["Mentee satisfaction (latest)", INTEGER],
  ["Mentee satisfaction (mean)", ONE_DECIMAL],
  ["Mentor satisfaction (latest)", INTEGER],
  ["Mentor satisfaction (mean)", ONE_DECIMAL],
  ["Fit (mentee)", GENERAL],
  ["Fit (mentor)", GENERAL],
  ["Career outcomes", INTEGER],
  ["Plan id", GENERAL],
] as const;
export type PairColumn = (typeof PAIR_COLUMNS)[number][0];

export const SKILL_COLUMNS = [
  ["Plan id", GENERAL],
  ["Mentee", GENERAL],
  ["Skill", GENERAL],
  ["Start level", INTEGER],
  ["Target level", INTEGER],
  ["Level at end", INTEGER],
  ["Growth", INTEGER],
  ["Gap closed", PERCENT],
] as const;

export const CAREER_COLUMNS = [
  ["Plan id", GENERAL],
  ["Mentee", GENERAL],
  ["Outcome", GENERAL],
  ["What happened", GENERAL],
  ["Date", DATE],
] as const;

export const OUTCOMES_WIDTH = PAIR_COLUMNS.length;

/** 1-based column of a pairs-table header. */
export const pairColumn = (name: PairColumn): number =>
  PAIR_COLUMNS.findIndex(([h]) => h === name) + 1;

export interface OutcomesInput {
  programName: string;
  pairs: readonly PairOutcomes[];
  totals: ProgramOutcomes;
  refreshedAt: Date;
  timeZone: string;
}

export interface OutcomesChart {
  title: string;
  a1Labels: string;
  a1Series: string[];
  position: { row: number; column: number; width: number; height: number };
}

export interface OutcomesModel {
  rows: number;
  columns: number;
  values: CellValue[][];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  /** 1-based rows of the tables' title rows, header rows and first/last content rows. */
  tables: Record<
    keyof typeof OUTCOME_TABLE_TITLES,
    { titleRow: number; headerRow: number; firstRow: number; rows: number }
  >;
  chart: OutcomesChart | null;
}

const TITLE_SUFFIX = " · Outcomes";

export function outcomesTitle(programName: string): string {
  return asLiteralText(`${programName}${TITLE_SUFFIX}`);
}

/** Label, figure, format of each program total, in order. */
export function totalRows(t: ProgramOutcomes): [string, CellValue, string][] {
  const n = (x: number | null): CellValue => x ?? "";
  return [
    ["Pairs", t.pairs, INTEGER],
    ["Active", t.byStage.Active, INTEGER],
    ["Paused", t.byStage.Paused, INTEGER],
    ["Closed", t.byStage.Closed, INTEGER],
    ["Archived", t.byStage.Archived, INTEGER],
    ["Completed (closed or archived)", t.closures.Completed, INTEGER],
    ["Ended early (closed or archived)", t.closures["Ended early"], INTEGER],
    ["Check-ins held", t.checkInsHeld, INTEGER],
    ["Check-in rate against cadence (mean of pairs)", n(t.checkInRate), PERCENT],
    ["Check-ins per month (mean of pairs)", n(t.checkInsPerMonth), ONE_DECIMAL],
    ["Goals assessed", t.goals.assessed, INTEGER],
    ["Goals attained", t.goals.attained, INTEGER],
    ["Goals partly attained", t.goals.partly, INTEGER],
    ["Goals not attained", t.goals.notAttained, INTEGER],
    ["Goal attainment", n(t.goals.rate), PERCENT],
    ["Median days to goal", n(t.medianDaysToGoal), INTEGER],
    ["Skills re-rated", t.skillsRerated, INTEGER],
    ["Mean skill growth (levels)", n(t.meanGrowth), ONE_DECIMAL],
    ["Share of skill gap closed (mean)", n(t.meanGapClosed), PERCENT],
    ["Mentee satisfaction (mean, 0–10)", n(t.satisfaction.Mentee.mean), ONE_DECIMAL],
    ["Mentor satisfaction (mean, 0–10)", n(t.satisfaction.Mentor.mean), ONE_DECIMAL],
    ["NPS-style score (−100 to 100)", n(t.nps === null ? null : Math.round(t.nps)), INTEGER],
    ...FIT_ANSWERS.map((a): [string, CellValue, string] => [
      `Fit answers: ${a}`,
      t.fit[a],
      INTEGER,
    ]),
    ...CAREER_OUTCOMES.map((k): [string, CellValue, string] => [k, t.careerOutcomes[k], INTEGER]),
  ];
}

export function layoutOutcomes(input: OutcomesInput): OutcomesModel {
  const width = OUTCOMES_WIDTH;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: ("bold" | "normal")[][] = [];
  const push = (cells: CellValue[], formats: readonly string[] = [], bold = false) => {
    values.push(Array.from({ length: width }, (_, c) => cells[c] ?? ""));
    numberFormats.push(Array.from({ length: width }, (_, c) => formats[c] ?? GENERAL));
    fontWeights.push(Array.from({ length: width }, () => (bold ? "bold" : "normal")));
  };
  const { timeZone } = input;
  const day = (d: Date | null | undefined): CellValue =>
    d ? dateOfDay(dayKey(d, timeZone), timeZone) : "";
  const dayOfKey = (k: DayKey | null | undefined): CellValue => (k ? dateOfDay(k, timeZone) : "");
  const text = (s: string) => asLiteralText(s);
  const n = (x: number | null): CellValue => x ?? "";

  push([outcomesTitle(input.programName)], [], true);
  push([`Last refreshed (${timeZone})`, input.refreshedAt], [GENERAL, DATE_TIME]);
  push([]);
  for (const [label, figure, format] of totalRows(input.totals)) {
    push([label, figure], [GENERAL, format]);
  }

  const pairs = [...input.pairs].sort(
    (a, b) =>
      a.menteeName.toLowerCase().localeCompare(b.menteeName.toLowerCase()) ||
      (a.planId < b.planId ? -1 : a.planId > b.planId ? 1 : 0),
  );
  const table = (
    title: string,
    columns: readonly (readonly [string, string])[],
    rows: CellValue[][],
  ) => {
    push([]);
    push([title], [], true);
    const titleRow = values.length;
    push(
      columns.map(([h]) => h),
      [],
      true,
    );
    const headerRow = values.length;
    const formats = columns.map(([, f]) => f);
    for (const r of rows) push(r, formats);
    return { titleRow, headerRow, firstRow: headerRow + 1, rows: rows.length };
  };

  const pairsTable = table(
    OUTCOME_TABLE_TITLES.pairs,
    PAIR_COLUMNS,
    pairs.map((p) => {
      const cells: Record<PairColumn, CellValue> = {
        Plan: p.sheetId === null ? text(p.sheetName) : planLinkFormula(p.sheetId, p.sheetName),
        Mentee: text(p.menteeName),
        Mentor: text(p.mentorName),
        Status: statusWord(p.lifecycle.stage, p.lifecycle.closure),
        Start: day(p.startDate),
        "Target end": day(p.targetEndDate),
        "Next checkpoint": text(p.nextCheckpoint?.name ?? ""),
        "Next checkpoint due": dayOfKey(p.nextCheckpoint?.due),
        "Overdue checkpoints": p.overdueCheckpoints,
        "Check-ins": p.checkIns.held,
        "Check-ins per month": n(p.checkIns.perMonth),
        "Check-in rate": n(p.checkIns.rate),
        "Goals assessed": p.attainment.assessed,
        "Goals attained": p.attainment.attained,
        "Goals partly attained": p.attainment.partly,
        Attainment: n(p.attainment.rate),
        "Median days to goal": n(p.medianDaysToGoal),
        "Skills re-rated": p.skills.filter((s) => s.growth !== null).length,
        "Mean skill growth": n(p.meanGrowth),
        "Skill gap closed": n(p.meanGapClosed),
        "Mentee satisfaction (latest)": n(p.satisfaction.Mentee.latest),
        "Mentee satisfaction (mean)": n(p.satisfaction.Mentee.mean),
        "Mentor satisfaction (latest)": n(p.satisfaction.Mentor.latest),
        "Mentor satisfaction (mean)": n(p.satisfaction.Mentor.mean),
        "Fit (mentee)": p.latestFit.Mentee ?? "",
        "Fit (mentor)": p.latestFit.Mentor ?? "",
        "Career outcomes": p.careerOutcomes.length,
        "Plan id": text(p.planId),
      };
      return PAIR_COLUMNS.map(([h]) => cells[h]);
    }),
  );
  const skillsTable = table(
    OUTCOME_TABLE_TITLES.skills,
    SKILL_COLUMNS,
    pairs.flatMap((p) =>
      p.skills.map((s) => [
        text(p.planId),
        text(p.menteeName),
        text(s.skill),
        n(s.baseline),
        n(s.target),
        n(s.end),
        n(s.growth),
        n(s.gapClosed),
      ]),
    ),
  );
  const careerTable = table(
    OUTCOME_TABLE_TITLES.careerOutcomes,
    CAREER_COLUMNS,
    pairs.flatMap((p) =>
      p.careerOutcomes.map((o) => [
        text(p.planId),
        text(p.menteeName),
        o.kind,
        text(o.details),
        day(o.date),
      ]),
    ),
  );

  const column = (name: PairColumn) =>
    rangeA1(
      pairsTable.firstRow,
      pairColumn(name),
      pairsTable.firstRow + pairsTable.rows - 1,
      pairColumn(name),
    );
  return {
    rows: values.length,
    columns: width,
    values,
    numberFormats,
    fontWeights,
    tables: { pairs: pairsTable, skills: skillsTable, careerOutcomes: careerTable },
    chart:
      pairsTable.rows === 0
        ? null
        : {
            title: "Skill gap closed and goal attainment per pair",
            a1Labels: column("Mentee"),
            a1Series: [column("Skill gap closed"), column("Attainment")],
            position: { row: 2, column: 4, width: 640, height: 300 },
          },
  };
}
