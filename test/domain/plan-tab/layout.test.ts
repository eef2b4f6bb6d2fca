import { describe, expect, it } from "vitest";
import {
  ACTION_STATUSES,
  GOAL_STATUSES,
  NEXT_STEP_DONE,
  OWNERS,
  PLAN_STATUSES,
} from "../../../src/domain/plan/vocabulary";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { validationGrid, valuesWithFormulas } from "../../../src/domain/plan-tab/batches";
import {
  layoutPlanTab,
  NEW_ACTION_STATUS,
  NEW_GOAL_STATUS,
} from "../../../src/domain/plan-tab/layout";
import {
  HEADER_LABELS,
  PLAN_TAB_COLUMNS,
  SECTION_CAPACITY,
  SECTION_COLUMNS,
  SECTION_TITLES,
  type SectionKey,
  STARTING_POINT_LABELS,
} from "../../../src/domain/plan-tab/sections";
import type { PlanTabModel } from "../../../src/domain/plan-tab/tab-model";
import { parseRangeA1 } from "../../../src/domain/sheet/a1-notation";
import { addDays, dayKey, wallClock } from "../../../src/domain/sheet/calendar";
import type { CellValue } from "../../../src/domain/sheet/cell-value";
import { isDate } from "../../../src/domain/sheet/cell-value";
import { DATE_FORMAT, PERCENT_FORMAT } from "../../../src/domain/sheet/number-formats";
import { TEMPLATE_IDS, type TemplateId } from "../../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../../src/domain/templates";
import { planForm, START } from "../support/plan-form-fixture";
import { PlanTabSheet, storedBySheets } from "../support/plan-tab-sheet";

const TZ = "America/Los_Angeles";

function layout(templateId: TemplateId, timeZone = TZ, overrides = {}): PlanTabModel {
  return layoutPlanTab({
    planId: "plan-0a1b2c3d",
    form: planForm(templateId, overrides),
    template: templateById(templateId),
    timeZone,
    coordinatorEmail: "Coordinator@Example.org",
  });
}

const cell = (m: PlanTabModel, row: number, column: number): CellValue =>
  m.values[row - 1]?.[column - 1] ?? "missing";
const rowOf = (m: PlanTabModel, row: number) => m.values[row - 1] ?? [];
const SECTION_ORDER: SectionKey[] = [
  "startingPoint",
  "goals",
  "actions",
  "progress",
  "nextSteps",
  "checkpoints",
  "feedback",
  "careerOutcomes",
];

describe.each(TEMPLATE_IDS.map((id) => [id]))("layout of the %s template", (id) => {
  const form = planForm(id);
  const m = layout(id);
  const s = m.positions.sections;
  const template = templateById(id);

  it("is a full rectangular grid of 8 columns in every layer", () => {
    expect(m.columns).toBe(PLAN_TAB_COLUMNS);
    for (const grid of [m.values, m.numberFormats, m.fontWeights, m.backgrounds]) {
      expect(grid).toHaveLength(m.rows);
      for (const row of grid) expect(row).toHaveLength(PLAN_TAB_COLUMNS);
    }
  });

  it("starts with the title and the header block: label in A, value in B, email in C", () => {
    expect(cell(m, 1, 1)).toBe("Mentoring action plan · Ana López");
    const h = m.positions.header.rows;
    const at = (key: keyof typeof HEADER_LABELS) => rowOf(m, h[key] ?? -1);
    for (const key of Object.keys(HEADER_LABELS) as (keyof typeof HEADER_LABELS)[]) {
      expect(at(key)[0]).toBe(HEADER_LABELS[key]);
    }
    expect(at("mentee").slice(1, 3)).toEqual(["Ana López", "ana.lopez@example.org"]);
    expect(at("mentor").slice(1, 3)).toEqual(["Bea Okafor", "bea.okafor@example.org"]);
    expect(at("reviewer").slice(1, 3)).toEqual(["hr.partner@example.org", ""]);
    expect(at("focusArea")[1]).toBe(form.focusArea);
    expect(at("cadence")[1]).toBe("Every two weeks");
    expect(at("mode")[1]).toBe("Video");
    expect(at("learningStyle")[1]).toBe("Learning by doing");
    expect(at("planStatus")[1]).toBe("Active");
    const start = at("startDate")[1];
    expect(isDate(start) && dayKey(start, TZ)).toBe(START);
    const end = at("targetEndDate")[1];
    expect(isDate(end) && dayKey(end, TZ)).toBe("2026-05-31");
    // The header block sits above every section.
    expect(m.positions.header.lastRow).toBeLessThan(s.startingPoint.titleRow);
  });

  it("finds each section title in column A, in order, with its column headers on the next row", () => {
    let previous = 0;
    for (const key of SECTION_ORDER) {
      const block = s[key];
      expect(block.titleRow).toBeGreaterThan(previous);
      expect(cell(m, block.titleRow, 1)).toBe(SECTION_TITLES[key]);
      expect(
        rowOf(m, block.titleRow)
          .slice(1)
          .every((v) => v === ""),
      ).toBe(true);
      expect(block.headerRow).toBe(block.titleRow + 1);
      const headers = rowOf(m, block.headerRow);
      expect(headers.slice(0, SECTION_COLUMNS[key].length)).toEqual([...SECTION_COLUMNS[key]]);
      expect(headers.slice(SECTION_COLUMNS[key].length).every((v) => v === "")).toBe(true);
      expect(parseRangeA1(block.titleA1)).toMatchObject({ row: block.titleRow, column: 1 });
      // One blank row before each section.
      expect(rowOf(m, block.titleRow - 1).every((v) => v === "")).toBe(true);
      previous = block.lastRow;
    }
    expect(s.careerOutcomes.lastRow).toBe(m.rows);
  });

  it("lists the template's skills, then Strengths and Areas to grow", () => {
    const sp = s.startingPoint;
    template.skills.forEach((skill, i) => {
      expect(rowOf(m, sp.firstRow + i).slice(0, 5)).toEqual([skill.name, "", "", "", skill.note]);
    });
    expect(sp.skillsLastRow - sp.firstRow + 1).toBe(SECTION_CAPACITY.startingPoint);
    expect(cell(m, sp.strengthsRow, 1)).toBe(STARTING_POINT_LABELS.strengths);
    expect(cell(m, sp.areasToGrowRow, 1)).toBe(STARTING_POINT_LABELS.areasToGrow);
    expect(sp.lastRow).toBe(sp.areasToGrowRow);
  });

  it("writes the goals numbered 1..n with criteria, target dates at midnight in the sheet's zone", () => {
    form.goals.forEach((g, i) => {
      const row = rowOf(m, s.goals.firstRow + i);
      expect(row.slice(0, 3)).toEqual([i + 1, g.text, g.successCriteria]);
      expect(row[4]).toBe(NEW_GOAL_STATUS);
      const date = row[3];
      if (!isDate(date)) throw new Error("target date is not a Date");
      expect(dayKey(date, TZ)).toBe(g.targetDate);
      expect(wallClock(date, TZ)).toMatchObject({ hour: 0, minute: 0, second: 0 });
    });
    const rows = s.goals.lastRow - s.goals.firstRow + 1;
    expect(rows).toBe(SECTION_CAPACITY.goals);
    for (let r = s.goals.firstRow + form.goals.length; r <= s.goals.lastRow; r++) {
      expect(rowOf(m, r).every((v) => v === "")).toBe(true);
    }
  });

  it("writes each action under its goal's number, due start + dueInDays", () => {
    const expected = form.goals.flatMap((g, gi) => g.actions.map((a) => ({ a, goal: gi + 1 })));
    expected.forEach(({ a, goal }, i) => {
      const row = rowOf(m, s.actions.firstRow + i);
      expect(row[0]).toBe(i + 1);
      expect(row[1]).toBe(goal);
      expect(row[2]).toBe(a.text);
      expect(row[3]).toBe(a.owner);
      const due = row[4];
      expect(isDate(due) && dayKey(due, TZ)).toBe(addDays(START, a.dueInDays));
      expect(row[5]).toBe(a.resources);
      expect(row[6]).toBe(NEW_ACTION_STATUS);
      expect(row[7]).toBe("");
    });
    expect(s.actions.lastRow - s.actions.firstRow + 1).toBe(SECTION_CAPACITY.actions);
  });

  it("leaves 24 check-in rows and 10 next-step rows, the first step due a week in", () => {
    expect(s.progress.lastRow - s.progress.firstRow + 1).toBe(SECTION_CAPACITY.progress);
    for (let r = s.progress.firstRow; r <= s.progress.lastRow; r++) {
      expect(rowOf(m, r).every((v) => v === "")).toBe(true);
    }
    expect(s.nextSteps.lastRow - s.nextSteps.firstRow + 1).toBe(SECTION_CAPACITY.nextSteps);
    const first = rowOf(m, s.nextSteps.firstRow);
    expect(first[1]).toBe("Both");
    expect(isDate(first[2]) && dayKey(first[2] as Date, TZ)).toBe(addDays(START, 7));
    expect(first[3]).toBe("No");
  });

  it("puts dropdowns and date rules over whole column blocks of the content rows", () => {
    const rule = (a1: string) => m.validations.find((v) => v.a1 === a1);
    const block = (key: SectionKey, column: number, last = s[key].lastRow) =>
      `${String.fromCharCode(64 + column)}${s[key].firstRow}:${String.fromCharCode(64 + column)}${last}`;
    expect(rule(block("goals", 5))).toEqual({
      a1: block("goals", 5),
      kind: "list",
      values: [...GOAL_STATUSES],
    });
    expect(rule(block("goals", 4))?.kind).toBe("date");
    expect(rule(block("actions", 4))).toMatchObject({ kind: "list", values: [...OWNERS] });
    expect(rule(block("actions", 5))?.kind).toBe("date");
    expect(rule(block("actions", 7))).toMatchObject({ kind: "list", values: [...ACTION_STATUSES] });
    expect(rule(block("actions", 8))?.kind).toBe("date");
    expect(rule(block("progress", 1))?.kind).toBe("date");
    expect(rule(block("progress", 6))).toMatchObject({ values: ["1", "2", "3", "4", "5"] });
    expect(rule(block("nextSteps", 3))?.kind).toBe("date");
    expect(rule(block("nextSteps", 4))).toMatchObject({ values: [...NEXT_STEP_DONE] });
    const sp = s.startingPoint;
    // Starting, target and end levels: one rule over the three adjacent columns.
    expect(rule(`B${sp.firstRow}:D${sp.skillsLastRow}`)).toMatchObject({
      values: ["1", "2", "3", "4", "5"],
    });
    const status = m.positions.header.rows.planStatus;
    expect(rule(`B${status}`)).toMatchObject({ values: [...PLAN_STATUSES] });
    // Few rules, none overlapping, none on a title or header row.
    expect(m.validations.length).toBeLessThanOrEqual(32);
    const grid = validationGrid(m);
    for (const key of SECTION_ORDER) {
      for (const r of [s[key].titleRow, s[key].headerRow]) {
        expect(grid[r - 1]?.every((v) => v === null)).toBe(true);
      }
    }
  });

  it("highlights overdue actions over the whole ACTIONS block", () => {
    const overdue = m.conditionalFormats[0];
    expect(overdue?.a1).toBe(s.actions.contentA1);
    expect(overdue?.formula).toContain("TODAY()");
    expect(overdue?.background).toMatch(/^#/);
  });

  it("formats date cells as dates and goal progress as percent", () => {
    const fmt = (row: number, column: number) => m.numberFormats[row - 1]?.[column - 1];
    for (let r = s.goals.firstRow; r <= s.goals.lastRow; r++) {
      expect(fmt(r, 4)).toBe(DATE_FORMAT);
      expect(fmt(r, 6)).toBe(PERCENT_FORMAT);
    }
    for (let r = s.actions.firstRow; r <= s.actions.lastRow; r++) {
      expect([fmt(r, 5), fmt(r, 8)]).toEqual([DATE_FORMAT, DATE_FORMAT]);
    }
    for (let r = s.progress.firstRow; r <= s.progress.lastRow; r++)
      expect(fmt(r, 1)).toBe(DATE_FORMAT);
    // Every Date in the grid sits in a date-formatted cell.
    m.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (isDate(v)) expect(fmt(r + 1, c + 1)).toBe(DATE_FORMAT);
      });
    });
    expect(m.fontWeights[s.goals.titleRow - 1]?.[0]).toBe("bold");
    expect(m.fontWeights[s.goals.firstRow - 1]?.[1]).toBe("normal");
    expect(m.backgrounds[s.goals.headerRow - 1]?.[0]).not.toBeNull();
  });

  it("protects labels and headers but leaves every content block editable by the pair", () => {
    const open = m.protectedLabels.unprotectedA1.map(parseRangeA1);
    const isOpen = (row: number, column: number) =>
      open.some(
        (r) => row >= r.row && row <= r.lastRow && column >= r.column && column <= r.lastColumn,
      );
    for (const key of SECTION_ORDER) {
      for (let c = 1; c <= PLAN_TAB_COLUMNS; c++) {
        expect(isOpen(s[key].titleRow, c)).toBe(false);
        expect(isOpen(s[key].headerRow, c)).toBe(false);
      }
    }
    for (const key of ["actions", "progress", "nextSteps"] as const) {
      for (let r = s[key].firstRow; r <= s[key].lastRow; r++) {
        for (let c = 1; c <= SECTION_COLUMNS[key].length; c++) expect(isOpen(r, c)).toBe(true);
      }
    }
    for (let r = s.goals.firstRow; r <= s.goals.lastRow; r++) {
      for (let c = 1; c <= 5; c++) expect(isOpen(r, c)).toBe(true);
    }
    // Protected ranges hold only labels and headers: none reaches into a section's content rows,
    // so a pair can insert rows anywhere inside a section.
    const labels = m.protectedLabels.labelsA1.map(parseRangeA1);
    for (const key of SECTION_ORDER) {
      for (const r of labels) {
        const inside = r.row > s[key].headerRow && r.row <= s[key].lastRow;
        if (key !== "startingPoint") expect(inside, `${key} ${JSON.stringify(r)}`).toBe(false);
      }
    }
    const h = m.positions.header;
    for (let r = h.firstRow; r <= h.lastRow; r++) {
      expect(isOpen(r, 1)).toBe(false);
      expect(isOpen(r, 2)).toBe(true);
    }
    expect(isOpen(1, 1)).toBe(false);
    expect(m.protectedLabels.editors).toEqual(["coordinator@example.org"]);
  });

  it("reads back through the parser as the plan that was inserted, with no problems", () => {
    const sheet = new PlanTabSheet(m, TZ);
    const parsed = parsePlanTab({
      planId: m.planId,
      sheetName: "Plan · Ana López",
      values: sheet.readBack(),
      timeZone: TZ,
    });
    expect(parsed.problems).toEqual([]);
    expect(parsed.header.mentee).toEqual({ name: "Ana López", email: "ana.lopez@example.org" });
    expect(parsed.header.mentor).toEqual({ name: "Bea Okafor", email: "bea.okafor@example.org" });
    expect(parsed.header.reviewerEmail).toBe("hr.partner@example.org");
    expect(parsed.header.planStatus).toBe("Active");
    expect(parsed.header.cadence).toBe("Every two weeks");
    expect(parsed.header.startDate && dayKey(parsed.header.startDate, TZ)).toBe(START);
    expect(parsed.goals.map((g) => [g.number, g.text, g.successCriteria, g.status])).toEqual(
      form.goals.map((g, i) => [i + 1, g.text, g.successCriteria, "Not started"]),
    );
    expect(parsed.goals.map((g) => g.targetDate && dayKey(g.targetDate, TZ))).toEqual(
      form.goals.map((g) => g.targetDate),
    );
    expect(
      parsed.actions.map((a) => [a.goalNumber, a.text, a.owner, a.resources, a.status]),
    ).toEqual(
      form.goals.flatMap((g, gi) =>
        g.actions.map((a) => [gi + 1, a.text, a.owner, a.resources, "Not started"]),
      ),
    );
    expect(parsed.checkIns).toEqual([]);
    expect(parsed.nextSteps).toHaveLength(1);
  });
});

describe("layout details", () => {
  it("keeps formula-like text typed by users as text, everywhere it is written", () => {
    const nasty = {
      menteeName: '=IMPORTXML("http://x","//a")',
      mentorName: "+Bea",
      focusArea: "@all -- leadership",
      goals: [
        {
          text: "-1 bug per week",
          successCriteria: "=2+2",
          targetDate: "2026-04-01",
          actions: [
            {
              text: "+ship it",
              owner: "Mentee" as const,
              dueInDays: 3,
              resources: "@mentor's list",
            },
          ],
        },
      ],
    };
    const m = layout("blank", TZ, nasty);
    const written = m.values.flat().filter((v): v is string => typeof v === "string");
    for (const text of [
      '=IMPORTXML("http://x","//a")',
      "+Bea",
      "@all -- leadership",
      "-1 bug per week",
      "=2+2",
      "+ship it",
      "@mentor's list",
    ]) {
      expect(written).toContain(`'${text}`);
      expect(written).not.toContain(text);
    }
    // No written string other than our own formulas list starts a formula.
    expect(written.some((v) => /^[=+\-@]/.test(v))).toBe(false);
    // And the text comes back exactly, through a formula engine and the parser.
    const sheet = new PlanTabSheet(m, TZ);
    const parsed = parsePlanTab({
      planId: m.planId,
      sheetName: "x",
      values: sheet.readBack(),
      timeZone: TZ,
    });
    expect(parsed.header.mentee.name).toBe(nasty.menteeName);
    expect(parsed.header.mentor.name).toBe("+Bea");
    expect(parsed.header.focusArea).toBe("@all -- leadership");
    expect(parsed.goals[0]).toMatchObject({ text: "-1 bug per week", successCriteria: "=2+2" });
    expect(parsed.actions[0]).toMatchObject({ text: "+ship it", resources: "@mentor's list" });
    expect(storedBySheets(cell(m, 1, 1))).toBe(`Mentoring action plan · ${nasty.menteeName}`);
  });

  it("gives the blank template working blank rows: 8 goals, 32 actions, validations and formulas", () => {
    const m = layout("blank");
    const s = m.positions.sections;
    expect(s.goals.lastRow - s.goals.firstRow + 1).toBe(8);
    expect(s.actions.lastRow - s.actions.firstRow + 1).toBe(32);
    expect(s.startingPoint.skillsLastRow - s.startingPoint.firstRow + 1).toBe(
      SECTION_CAPACITY.startingPoint,
    );
    expect(m.formulas.filter((f) => f.a1.startsWith("F"))).toHaveLength(8);
    expect(m.validations.some((v) => v.a1 === `G${s.actions.firstRow}:G${s.actions.lastRow}`)).toBe(
      true,
    );
    // A pair fills in a goal and two actions: the live summary follows.
    const sheet = new PlanTabSheet(m, TZ);
    sheet.setAt(s.goals.firstRow, 1, 1);
    sheet.setAt(s.goals.firstRow, 2, "Learn SQL");
    sheet.setAt(s.actions.firstRow, 2, 1);
    sheet.setAt(s.actions.firstRow, 3, "Take a course");
    sheet.setAt(s.actions.firstRow, 7, "Done");
    sheet.setAt(s.actions.firstRow + 1, 2, 1);
    sheet.setAt(s.actions.firstRow + 1, 3, "Write a query");
    expect(sheet.value(m.positions.summary.completionA1)).toBeCloseTo(0.5);
  });

  it("writes dates at midnight of the spreadsheet's zone, whatever the zone", () => {
    for (const tz of ["Asia/Tokyo", "Pacific/Kiritimati", "America/Sao_Paulo", "UTC"]) {
      const m = layout("move-into-management", tz);
      const start = cell(m, m.positions.header.rows.startDate ?? -1, 2);
      if (!isDate(start)) throw new Error("no start date");
      expect(dayKey(start, tz)).toBe(START);
      expect(wallClock(start, tz)).toMatchObject({ hour: 0, minute: 0 });
    }
  });

  it("groups column widths into runs covering the 8 columns once", () => {
    const m = layout("succession");
    const covered = m.columnWidths.flatMap((w) =>
      Array.from({ length: w.count }, (_, i) => w.column + i),
    );
    expect(covered).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(m.columnWidths.length).toBeLessThanOrEqual(6);
    expect(m.frozenRows).toBe(3);
  });

  it("refuses a template that is not the form's, and a missing plan id", () => {
    const form = planForm("succession");
    const base = {
      form,
      template: templateById("succession"),
      timeZone: TZ,
      coordinatorEmail: "c@example.org",
    };
    expect(() => layoutPlanTab({ ...base, planId: " " })).toThrow(/plan id/);
    expect(() =>
      layoutPlanTab({ ...base, planId: "plan-1", template: templateById("blank") }),
    ).toThrow(/asks for template "succession"/);
  });

  it("gives every plan the same shape, so one template tab can carry all formats", () => {
    const a = layout("move-into-management", TZ);
    const b = layout("blank", "Pacific/Auckland");
    expect(b.rows).toBe(a.rows);
    expect(b.numberFormats).toEqual(a.numberFormats);
    expect(b.fontWeights).toEqual(a.fontWeights);
    expect(b.backgrounds).toEqual(a.backgrounds);
    expect(b.validations).toEqual(a.validations);
    expect(b.conditionalFormats).toEqual(a.conditionalFormats);
    expect(b.protectedLabels.unprotectedA1).toEqual(a.protectedLabels.unprotectedA1);
  });

  it("fills the ACTIONS section to capacity: 8 goals of 4 actions", () => {
    const goals = Array.from({ length: 8 }, (_, i) => ({
      text: `Goal ${i + 1}`,
      successCriteria: "Done when done",
      targetDate: "2026-05-01",
      actions: Array.from({ length: 4 }, (_, j) => ({
        text: `Action ${j}`,
        owner: "Both" as const,
        dueInDays: j,
        resources: "",
      })),
    }));
    const m = layout("blank", TZ, { goals });
    const s = m.positions.sections;
    expect(s.actions.lastRow - s.actions.firstRow + 1).toBe(SECTION_CAPACITY.actions);
    expect(cell(m, s.actions.firstRow + 31, 1)).toBe(32);
    expect(cell(m, s.actions.firstRow + 31, 2)).toBe(8);
  });

  it("refuses a form with more actions than the section holds, field by field", () => {
    const goals = Array.from({ length: 4 }, (_, i) => ({
      text: `Goal ${i + 1}`,
      successCriteria: "Done when done",
      targetDate: "2026-05-01",
      actions: Array.from({ length: 9 }, () => ({
        text: "Act",
        owner: "Both" as const,
        dueInDays: 1,
      })),
    }));
    expect(() => layout("blank", TZ, { goals })).toThrow(/at most 32 actions/);
  });
});

describe("plan tab batches", () => {
  const m = layout("career-transition");

  it("merges formulas into one values grid, leaving the model untouched", () => {
    const merged = valuesWithFormulas(m);
    for (const { a1, formula } of m.formulas) {
      const { row, column } = parseRangeA1(a1);
      expect(merged[row - 1]?.[column - 1]).toBe(formula);
      expect(m.values[row - 1]?.[column - 1]).toBe("");
    }
  });

  it("expands validations to a per-cell grid for one setDataValidations call", () => {
    const grid = validationGrid(m);
    const s = m.positions.sections.actions;
    expect(grid[s.firstRow - 1]?.[6]).toMatchObject({ kind: "list", values: [...ACTION_STATUSES] });
    expect(grid[s.headerRow - 1]?.[6]).toBeNull();
    expect(() =>
      validationGrid({
        ...m,
        validations: [...m.validations, { a1: `G${s.firstRow}`, kind: "date" }],
      }),
    ).toThrow(/Two validations cover/);
  });
});
