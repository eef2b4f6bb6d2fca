/**
 * The program impact report as data (docs/design.md "Program impact report"): one printable
 * tab a coordinator can hand to leadership, dated, with the period it covers: participation,
 * goal attainment and time to goal, skill growth, satisfaction and the NPS-style score, career
 * outcomes counted, and a few "what helped" answers in the pairs' own words (unnamed). Every
 * figure is a ProgramOutcomes figure, so the report and the Outcomes tab always agree.
 */
import { type DayKey, dayKey, earliestDay } from "../sheet/calendar";
import type { CellValue } from "../sheet/cell-value";
import { asLiteralText } from "../sheet/literal-text";
import { CAREER_OUTCOMES, LEADERSHIP_EVIDENCE } from "./evaluation";
import { DATE, GENERAL, INTEGER, ONE_DECIMAL, PERCENT } from "./outcomes-tab";
import type { PairOutcomes } from "./pair-outcomes";
import type { ProgramOutcomes } from "./program-outcomes";

export const IMPACT_REPORT_SHEET_NAME = "Impact report";
export const REPORT_WIDTH = 3;

export const REPORT_SECTIONS = {
  participation: "PARTICIPATION",
  goals: "GOAL ATTAINMENT",
  skills: "SKILL GROWTH",
  satisfaction: "SATISFACTION",
  careers: "CAREER OUTCOMES",
  words: "IN THEIR OWN WORDS",
} as const;

export interface ImpactReportInput {
  programName: string;
  pairs: readonly PairOutcomes[];
  totals: ProgramOutcomes;
  preparedAt: Date;
  timeZone: string;
}

export interface ImpactReportModel {
  rows: number;
  columns: number;
  values: CellValue[][];
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  /** 1-based rows of the section titles (for shading and page breaks). */
  sectionRows: number[];
  /** The first and last day the report covers. */
  period: { from: DayKey; to: DayKey };
}

const TITLE_SUFFIX = " · Program impact report";

/** From the earliest start date of any pair (today when none has one) to the day it is prepared. */
export function reportPeriod(
  pairs: readonly Pick<PairOutcomes, "startDate">[],
  preparedAt: Date,
  timeZone: string,
): { from: DayKey; to: DayKey } {
  const to = dayKey(preparedAt, timeZone);
  const starts = pairs.flatMap((p) => (p.startDate ? [dayKey(p.startDate, timeZone)] : []));
  return { from: earliestDay(to, ...starts), to };
}

const pct = (x: number | null) => (x === null ? "–" : `${Math.round(x * 100)}%`);

export function layoutImpactReport(input: ImpactReportInput): ImpactReportModel {
  const t = input.totals;
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: ("bold" | "normal")[][] = [];
  const sectionRows: number[] = [];
  const push = (cells: CellValue[], format = GENERAL, bold = false) => {
    values.push(Array.from({ length: REPORT_WIDTH }, (_, c) => cells[c] ?? ""));
    numberFormats.push([GENERAL, format, GENERAL]);
    fontWeights.push(Array.from({ length: REPORT_WIDTH }, () => (bold ? "bold" : "normal")));
  };
  const section = (title: string) => {
    push([]);
    push([title], GENERAL, true);
    sectionRows.push(values.length);
  };
  const figure = (label: string, value: number | null, format: string, note = "") =>
    push([label, value ?? "", note], format);

  const period = reportPeriod(input.pairs, input.preparedAt, input.timeZone);
  push([asLiteralText(`${input.programName}${TITLE_SUFFIX}`)], GENERAL, true);
  push(["Prepared on", input.preparedAt], DATE);
  push(["Period covered", `${period.from} to ${period.to}`]);

  section(REPORT_SECTIONS.participation);
  figure("Pairs in the program", t.pairs, INTEGER);
  figure("Active now", t.byStage.Active, INTEGER);
  figure("Paused", t.byStage.Paused, INTEGER);
  figure("Completed", t.closures.Completed, INTEGER, "closed or archived");
  figure("Ended early", t.closures["Ended early"], INTEGER, "closed or archived");
  figure("Check-ins held", t.checkInsHeld, INTEGER);
  figure("Check-in rate against the agreed cadence", t.checkInRate, PERCENT, "mean of pairs");
  figure("Check-ins per pair per month", t.checkInsPerMonth, ONE_DECIMAL, "mean of pairs");

  section(REPORT_SECTIONS.goals);
  figure("Goals assessed at the end", t.goals.assessed, INTEGER);
  figure("Attained", t.goals.attained, INTEGER);
  figure("Partly attained", t.goals.partly, INTEGER);
  figure("Not attained", t.goals.notAttained, INTEGER);
  figure("Goal attainment", t.goals.rate, PERCENT, "attained of assessed");
  figure(
    "Median days from start to goal done",
    t.medianDaysToGoal,
    INTEGER,
    `${t.goalsTimed} goals with a done-on date`,
  );

  section(REPORT_SECTIONS.skills);
  figure("Skills re-rated at the end", t.skillsRerated, INTEGER);
  figure(
    "Mean growth (levels on a 1–5 scale)",
    t.meanGrowth,
    ONE_DECIMAL,
    "level at end minus starting level",
  );
  figure("Share of the target gap closed", t.meanGapClosed, PERCENT, "mean over skills");

  section(REPORT_SECTIONS.satisfaction);
  figure(
    "Mentee satisfaction (0–10)",
    t.satisfaction.Mentee.mean,
    ONE_DECIMAL,
    `${t.satisfaction.Mentee.count} answers`,
  );
  figure(
    "Mentor satisfaction (0–10)",
    t.satisfaction.Mentor.mean,
    ONE_DECIMAL,
    `${t.satisfaction.Mentor.count} answers`,
  );
  figure(
    "NPS-style score (−100 to 100)",
    t.nps === null ? null : Math.round(t.nps),
    INTEGER,
    `% of 9–10 minus % of 0–6, ${t.npsAnswers} answers`,
  );
  const fitTotal = t.fit.Yes + t.fit["Not sure"] + t.fit.No;
  figure(
    '"Is this pairing working?" answered Yes',
    fitTotal === 0 ? null : t.fit.Yes / fitTotal,
    PERCENT,
    `${t.fit.Yes} yes, ${t.fit["Not sure"]} not sure, ${t.fit.No} no`,
  );

  section(REPORT_SECTIONS.careers);
  for (const kind of CAREER_OUTCOMES) {
    const evidence = LEADERSHIP_EVIDENCE.includes(kind) ? "evidence of leadership growth" : "";
    figure(kind, t.careerOutcomes[kind], INTEGER, evidence);
  }
  figure(
    "Pairs reporting a career outcome",
    t.pairsWithCareerOutcome,
    INTEGER,
    t.pairs === 0 ? "" : `${pct(t.pairsWithCareerOutcome / t.pairs)} of pairs`,
  );

  section(REPORT_SECTIONS.words);
  if (t.quotes.length === 0) push(['No "what helped" answers yet.']);
  for (const q of t.quotes) {
    push([asLiteralText(`“${q.text}”`), `— a ${q.respondent.toLowerCase()}, ${q.checkpoint}`]);
  }

  return {
    rows: values.length,
    columns: REPORT_WIDTH,
    values,
    numberFormats,
    fontWeights,
    sectionRows,
    period,
  };
}
