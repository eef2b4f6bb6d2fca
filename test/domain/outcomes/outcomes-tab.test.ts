import { describe, expect, it } from "vitest";
import {
  layoutOutcomes,
  OUTCOME_TABLE_TITLES,
  PAIR_COLUMNS,
  type PairColumn,
  pairColumn,
} from "../../../src/domain/outcomes/outcomes-tab";
import { pairOutcomes } from "../../../src/domain/outcomes/pair-outcomes";
import { programOutcomes } from "../../../src/domain/outcomes/program-outcomes";
import { dateOfDay } from "../../../src/domain/sheet/calendar";
import { TZ } from "./fixtures";
import { PROGRAM, TODAY } from "./program-fixture";

const pairs = PROGRAM.map((p, i) => pairOutcomes(p, 100 + i, TODAY, TZ));
const refreshedAt = new Date("2026-05-01T09:30:00Z");
const model = layoutOutcomes({
  programName: "Leaders 2026",
  pairs,
  totals: programOutcomes(pairs),
  refreshedAt,
  timeZone: TZ,
});
const row = (r: number) => model.values[r - 1] ?? [];
const figure = (label: string) => model.values.find((r) => r[0] === label)?.[1];

describe("layoutOutcomes", () => {
  it("titles the tab, says when it was refreshed, and lists the program totals", () => {
    expect(row(1)[0]).toBe("Leaders 2026 · Outcomes");
    expect(row(2).slice(0, 2)).toEqual(["Last refreshed (Europe/London)", refreshedAt]);
    expect(figure("Pairs")).toBe(5);
    expect(figure("Paused")).toBe(1);
    expect(figure("Goal attainment")).toBe(0.4);
    expect(figure("Median days to goal")).toBe(60);
    expect(figure("NPS-style score (−100 to 100)")).toBe(25);
    expect(figure("Fit answers: No")).toBe(1);
    expect(figure("Promotion")).toBe(1);
    expect(model.values.every((r) => r.length === model.columns)).toBe(true);
  });

  it("one row per pair, by mentee, with the pair's figures under their headers", () => {
    const t = model.tables.pairs;
    expect(row(t.titleRow)[0]).toBe(OUTCOME_TABLE_TITLES.pairs);
    expect(row(t.headerRow)).toEqual(PAIR_COLUMNS.map(([h]) => h));
    expect(t.rows).toBe(5);
    const cell = (r: number, c: PairColumn) => row(t.firstRow + r)[pairColumn(c) - 1];
    expect([0, 1, 2, 3, 4].map((r) => cell(r, "Mentee"))).toEqual([
      "Ana",
      "Ben",
      "Cai",
      "Dee",
      "Eve",
    ]);
    expect(cell(0, "Plan")).toBe('=HYPERLINK("#gid=100","Plan · Ana")');
    expect(cell(0, "Status")).toBe("Active");
    expect(cell(0, "Next checkpoint")).toBe("Mid-point");
    expect(cell(0, "Next checkpoint due")).toEqual(dateOfDay("2026-04-06", TZ));
    expect(cell(0, "Check-in rate")).toBe(5 / 8);
    expect(cell(0, "Attainment")).toBe("");
    expect(cell(0, "Fit (mentee)")).toBe("Not sure");
    expect(cell(1, "Status")).toBe("Closed – completed");
    expect(cell(1, "Next checkpoint")).toBe("");
    expect(cell(1, "Skill gap closed")).toBe(0.5);
    expect(cell(1, "Mentee satisfaction (latest)")).toBe(10);
    expect(cell(1, "Career outcomes")).toBe(2);
    expect(cell(3, "Status")).toBe("Archived – ended early");
    // Formats follow the columns.
    expect(model.numberFormats[t.firstRow - 1]?.[pairColumn("Check-in rate") - 1]).toBe("0%");
  });

  it("growth per pair and skill, and one row per career outcome, as plain tables", () => {
    const s = model.tables.skills;
    expect(s.rows).toBe(5);
    expect(row(s.firstRow + 1)).toEqual([
      "pB",
      "Ben",
      "Delegation",
      2,
      4,
      4,
      2,
      1,
      ...new Array(model.columns - 8).fill(""),
    ]);
    expect(row(s.firstRow).slice(0, 8)).toEqual(["pA", "Ana", "Delegation", 2, 4, "", "", ""]);
    const c = model.tables.careerOutcomes;
    expect(c.rows).toBe(3);
    expect(row(c.firstRow).slice(0, 5)).toEqual([
      "pB",
      "Ben",
      "Promotion",
      "Promotion details",
      dateOfDay("2026-04-01", TZ),
    ]);
  });

  it("charts the gap closed and attainment per pair", () => {
    const t = model.tables.pairs;
    const last = t.firstRow + t.rows - 1;
    expect(model.chart?.a1Labels).toBe(`B${t.firstRow}:B${last}`);
    expect(model.chart?.a1Series).toEqual([`T${t.firstRow}:T${last}`, `P${t.firstRow}:P${last}`]);
  });

  it("stores names typed as formulas as text, and has no chart without pairs", () => {
    const evil = { ...pairs[0], menteeName: "=IMPORTXML(1)" } as (typeof pairs)[number];
    const m = layoutOutcomes({
      programName: "+P",
      pairs: [evil],
      totals: programOutcomes([evil]),
      refreshedAt,
      timeZone: TZ,
    });
    expect(m.values[0]?.[0]).toBe("'+P · Outcomes");
    expect(m.values[m.tables.pairs.firstRow - 1]?.[1]).toBe("'=IMPORTXML(1)");
    const empty = layoutOutcomes({
      programName: "P",
      pairs: [],
      totals: programOutcomes([]),
      refreshedAt,
      timeZone: TZ,
    });
    expect(empty.chart).toBeNull();
    expect(empty.tables.pairs.rows).toBe(0);
  });
});
