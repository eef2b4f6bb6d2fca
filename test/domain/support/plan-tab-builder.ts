/**
 * Builds a plan tab's getValues() grid the way plan-tab/layout writes it (title, live summary,
 * header block with label in A / value in B / email in C, then each section: title in A,
 * column headers on the next row, data rows, template filler rows), as tagged rows so tests
 * can mutate it and still know where each cell went.
 */
import type { Action, CheckIn, Goal, NextStep, PlanHeader } from "../../../src/domain/plan/plan";
import {
  HEADER_LABELS,
  SECTION_COLUMNS,
  SECTION_TITLES,
  type SectionKey,
  STARTING_POINT_LABELS,
} from "../../../src/domain/plan-tab/sections";

export type HeaderKey = keyof typeof HEADER_LABELS;
/** The tables this builder writes (the outcome sections are optional: sections.ts). */
export type TableKey = "goals" | "actions" | "progress" | "nextSteps";

export interface TabRow {
  /** The row as getValues would give it (mutations may make it anything). */
  cells: unknown;
  role: "top" | "label" | "sectionTitle" | "columns" | "data" | "filler" | "blank" | "other";
  section?: SectionKey;
  headerKey?: HeaderKey;
}

export interface PlanData {
  header: PlanHeader;
  goals: Goal[];
  actions: Action[];
  checkIns: CheckIn[];
  nextSteps: NextStep[];
}

const blankRow = (width = 8): TabRow => ({ cells: Array(width).fill(""), role: "blank" });
const dateCell = (d: Date | null): unknown => d ?? "";

export function buildTabRows(data: PlanData): TabRow[] {
  const rows: TabRow[] = [];
  const add = (cells: unknown[], role: TabRow["role"], extra: Partial<TabRow> = {}) => {
    const padded = [...cells];
    while (padded.length < 8) padded.push("");
    rows.push({ cells: padded, role, ...extra });
  };
  const h = data.header;
  add([`Mentoring action plan · ${h.mentee.name}`], "top");
  add(
    ["Completion", "Overdue actions", "Last check-in", "Live: updates as you edit this tab"],
    "top",
  );
  add([0.42, 1, dateCell(h.startDate)], "top");
  rows.push(blankRow());
  const label = (key: HeaderKey, ...values: unknown[]) =>
    add([HEADER_LABELS[key], ...values], "label", { headerKey: key });
  label("mentee", h.mentee.name, h.mentee.email);
  label("mentor", h.mentor.name, h.mentor.email);
  label("reviewer", h.reviewerEmail);
  label("focusArea", h.focusArea);
  label("startDate", dateCell(h.startDate));
  label("targetEndDate", dateCell(h.targetEndDate));
  label("cadence", h.cadence ?? "");
  label("mode", h.mode);
  label("learningStyle", h.learningStyle);
  label("planStatus", h.planStatus ?? "");

  const section = (key: SectionKey, data: unknown[][], filler: unknown[][]) => {
    rows.push(blankRow());
    add([SECTION_TITLES[key]], "sectionTitle", { section: key });
    add([...SECTION_COLUMNS[key]], "columns", { section: key });
    for (const cells of data) add(cells, "data", { section: key });
    for (const cells of filler) add(cells, "filler", { section: key });
  };
  // Skills are read for the Outcomes tab only (read-outcome-sections.ts has its own tests).
  section("startingPoint", [], [["", "", "", "", ""]]);
  add([STARTING_POINT_LABELS.strengths, "Listens well"], "other", { section: "startingPoint" });
  add([STARTING_POINT_LABELS.areasToGrow, "Saying no"], "other", { section: "startingPoint" });

  section(
    "goals",
    data.goals.map((g) => [
      g.number,
      g.text,
      g.successCriteria,
      dateCell(g.targetDate),
      g.status,
      0.5,
      g.attained ?? "",
      dateCell(g.doneOn),
    ]),
    // Filler as templates leave it: a number and the default status alone are not a goal.
    [
      [data.goals.length + 1, "", "", "", "Not started", ""],
      ["", "", "", "", "", ""],
    ],
  );
  section(
    "actions",
    data.actions.map((a) => [
      a.number ?? "",
      a.goalNumber ?? "",
      a.text,
      a.owner ?? "",
      dateCell(a.dueDate),
      a.resources,
      a.status,
      dateCell(a.doneOn),
    ]),
    [
      ["", "", "", "", "", "", "", ""],
      [data.actions.length + 1, "", "", "", "", "", "Not started", ""],
    ],
  );
  section(
    "progress",
    data.checkIns.map((c) => [
      c.date,
      c.attended,
      c.discussed,
      c.progressNotes,
      c.blockers,
      c.menteeRating ?? "",
    ]),
    [["", "", "", "", "", ""]],
  );
  section(
    "nextSteps",
    data.nextSteps.map((s) => [s.step, s.owner, dateCell(s.byWhen), s.done ? "Yes" : "No"]),
    [
      ["", "", "", "No"],
      ["", "", "", ""],
    ],
  );
  return rows;
}

export const valuesOf = (rows: readonly TabRow[]): unknown[][] =>
  rows.map((r) => r.cells) as unknown[][];
