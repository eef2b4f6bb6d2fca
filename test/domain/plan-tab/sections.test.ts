/**
 * Everything about a column follows from its one entry in SECTIONS: these checks walk every
 * section and column there, so a column added to a section is tested without a new line here
 * (docs/architecture.md, "Add a column to a section").
 */
import { describe, expect, it } from "vitest";
import {
  FEED_SEPARATOR,
  feedFormula,
  planGridFromFeedText,
} from "../../../src/domain/dashboard/program-feed";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { validationGrid, valuesWithFormulas } from "../../../src/domain/plan-tab/batches";
import { layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import {
  COLUMN,
  columnsOf,
  LABEL,
  PLAN_TAB_COLUMNS,
  SECTION_CAPACITY,
  SECTION_KEYS,
  SECTIONS,
} from "../../../src/domain/plan-tab/sections";
import type { PlanTabModel } from "../../../src/domain/plan-tab/tab-model";
import { layoutFingerprint, templateTabName } from "../../../src/domain/plan-tab/template-tab-name";
import { columnLetter, parseRangeA1 } from "../../../src/domain/sheet/a1-notation";
import { isDate } from "../../../src/domain/sheet/cell-value";
import { GENERAL_FORMAT } from "../../../src/domain/sheet/number-formats";
import {
  MAX_PLAN_ACTIONS,
  MAX_PLAN_GOALS,
  planFormSchema,
  type TemplateId,
} from "../../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../../src/domain/templates";
import { planForm } from "../support/plan-form-fixture";

function layout(templateId: TemplateId, menteeName = "Ana López"): PlanTabModel {
  return layoutPlanTab({
    planId: "plan-0a1b2c3d4e5f",
    form: planForm(templateId, { menteeName }),
    template: templateById(templateId),
    timeZone: "Europe/Berlin",
    coordinatorEmail: "coordinator@example.org",
  });
}

const m = layout("move-into-management");
const open = m.protectedLabels.unprotectedA1.map(parseRangeA1);
const isOpen = (row: number, column: number) =>
  open.some(
    (r) => row >= r.row && row <= r.lastRow && column >= r.column && column <= r.lastColumn,
  );
const rules = validationGrid(m);

/** The content rows a section's columns cover (STARTING POINT: its skills table). */
function contentRows(key: (typeof SECTION_KEYS)[number]): number[] {
  const block = m.positions.sections[key];
  const last =
    block.key === "startingPoint"
      ? m.positions.sections.startingPoint.skillsLastRow
      : block.lastRow;
  return Array.from({ length: last - block.firstRow + 1 }, (_, i) => block.firstRow + i);
}

describe.each(SECTION_KEYS.map((k) => [k]))("every column of %s, from its entry alone", (key) => {
  const block = m.positions.sections[key];

  it("gets as many content rows as the section's capacity", () => {
    expect(contentRows(key)).toHaveLength(SECTIONS[key].capacity);
  });

  it.each(columnsOf(key).map((c) => [c.key, c]))("%s", (_, { spec, position }) => {
    expect(m.values[block.headerRow - 1]?.[position - 1]).toBe(spec.label);
    expect(COLUMN[key][_ as never]).toBe(position);
    expect(LABEL[key][_ as never]).toBe(spec.label);
    for (const row of contentRows(key)) {
      expect(m.numberFormats[row - 1]?.[position - 1]).toBe(spec.format ?? GENERAL_FORMAT);
      const rule = rules[row - 1]?.[position - 1] ?? null;
      if (!spec.rule) expect(rule).toBeNull();
      else if (spec.rule.kind === "list")
        expect(rule).toMatchObject({ kind: "list", values: spec.rule.values.map(String) });
      else expect(rule).toMatchObject(spec.rule);
      // The pair types in every column but the computed ones, which hold the tab's formulas.
      expect(isOpen(row, position)).toBe(!spec.computed);
    }
  });
});

describe("the reader finds columns by the same entries", () => {
  const values = () => valuesWithFormulas(m).map((row) => [...row]);

  it.each(
    SECTION_KEYS.filter((k) => k !== "startingPoint").flatMap((k) =>
      columnsOf(k).map((c) => [k, c.key, c] as const),
    ),
  )("%s %s: a deleted header is reported unless the column is computed", (key, _, c) => {
    const grid = values();
    const headerRow = grid[m.positions.sections[key].headerRow - 1] as unknown[];
    headerRow[c.position - 1] = "";
    const plan = parsePlanTab({ planId: "p", sheetName: "t", values: grid, timeZone: "UTC" });
    const reported = plan.problems.some((p) =>
      p.message.includes(`column "${c.spec.label}" missing`),
    );
    expect(reported).toBe(!c.spec.computed);
  });
});

describe("limits and widths derived from the sections", () => {
  it("the form accepts exactly what a new tab holds", () => {
    expect(MAX_PLAN_GOALS).toBe(SECTION_CAPACITY.goals);
    expect(MAX_PLAN_ACTIONS).toBe(SECTION_CAPACITY.actions);
    const goal = {
      text: "Goal",
      successCriteria: "Done",
      targetDate: "2026-04-01",
      actions: [],
    };
    const form = (goals: number) => ({
      ...planForm("blank"),
      goals: Array.from({ length: goals }, () => goal),
    });
    expect(planFormSchema.safeParse(form(MAX_PLAN_GOALS)).success).toBe(true);
    expect(planFormSchema.safeParse(form(MAX_PLAN_GOALS + 1)).success).toBe(false);
  });

  it("the tab is as wide as its widest section, and the feed reads all of it", () => {
    expect(PLAN_TAB_COLUMNS).toBe(Math.max(...SECTION_KEYS.map((k) => columnsOf(k).length)));
    expect(m.columns).toBe(PLAN_TAB_COLUMNS);
    expect(feedFormula("Plan · Ana", 2)).toContain(
      `LET(r,'Plan · Ana'!A1:${columnLetter(PLAN_TAB_COLUMNS)},`,
    );
    // A tab joined by the feed comes back with every section's headers where they were.
    const text = m.values
      .flat()
      .map((v) => (typeof v === "number" ? `n${v}` : isDate(v) ? "n1" : `s${String(v)}`))
      .join(FEED_SEPARATOR);
    const grid = planGridFromFeedText(text, m.planId)?.grid ?? [];
    for (const key of SECTION_KEYS) {
      const row = grid[m.positions.sections[key].headerRow - 1] ?? [];
      expect(row.slice(0, columnsOf(key).length)).toEqual(columnsOf(key).map((c) => c.spec.label));
    }
  });
});

describe("the template tab's name", () => {
  it("is the same for every plan (only values differ), so one template tab serves them all", () => {
    const names = (["blank", "succession", "technical-skill"] as const).map((id, i) =>
      templateTabName(layout(id, `Mentee ${i}`)),
    );
    expect(new Set(names).size).toBe(1);
    expect(names[0]).toMatch(/^Plan template · layout [0-9a-z]+ \(used by the add-on\)$/);
  });

  it("changes with any formatting layer, so a changed layout gets a new template tab", () => {
    const base = layoutFingerprint(m);
    const changed = (patch: Partial<PlanTabModel>) => layoutFingerprint({ ...m, ...patch });
    const formats = m.numberFormats.map((row) => [...row]);
    (formats[m.positions.sections.goals.firstRow - 1] as string[])[0] = "0.00";
    expect(changed({ numberFormats: formats })).not.toBe(base);
    expect(changed({ validations: m.validations.slice(1) })).not.toBe(base);
    expect(changed({ rows: m.rows + 1 })).not.toBe(base);
    expect(changed({ values: [] })).toBe(base);
  });
});
