/**
 * Through the built bundle: a program of five pairs at different stages on 1 May 2026 — just
 * started (Eve), past the mid-point with a "Not sure" fit (Ana), closed with a full evaluation
 * (Ben), paused after a "No" on fit (Cai), ended early and archived (Dee) — refreshes into the
 * Outcomes tab and the impact report with exactly the figures worked out by hand below.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { OUTCOME_TABS_CALLS } from "../../src/app/outcomes/write-outcome-tabs";
import { COLUMN, SECTION_TITLES } from "../../src/domain/plan-tab/sections";
import { columnLetter } from "../../src/domain/sheet/a1-notation";
import { dateOfDay } from "../../src/domain/sheet/calendar";
import type { RefreshResult } from "../../src/domain/sidebar-contract/replies";
import {
  dashboardRowOf,
  insertPlan,
  openProgram,
  type Program,
  planForm,
  rowLabelled,
  TIME_ZONE,
} from "./program-fixture";

const TODAY = new Date("2026-05-01T09:00:00Z");

interface Pair {
  name: string;
  start: string;
  end: string;
  cadence: string;
  status?: [string, string, string?];
  checkIns?: string[];
  /** [checkpoint, who, fit, satisfaction, what helped] */
  feedback?: [string, string, string, number | "", string?][];
  /** [start, target, end] of the template's skills, in order */
  skills?: ([number, number] | [number, number, number])[];
  /** [status, attained, done on] of goals 1.. */
  goals?: [string, string, string?][];
  outcomes?: [string, string, string?][];
}

const PAIRS: Pair[] = [
  {
    name: "Ana",
    start: "2026-01-05",
    end: "2026-07-05",
    cadence: "Every two weeks",
    checkIns: ["2026-01-12", "2026-01-26", "2026-02-09", "2026-02-23", "2026-03-09", "2026-04-27"],
    feedback: [
      ["Fit check", "Mentee", "Yes", 8, "Clear goals from day one"],
      ["Fit check", "Mentor", "Yes", 9],
      ["Mid-point", "Mentee", "Not sure", 6, "Shadowing meetings"],
    ],
    skills: [[2, 4]],
    goals: [["Done", "", "2026-03-06"]],
  },
  {
    name: "Ben",
    start: "2025-10-06",
    end: "2026-04-06",
    cadence: "Weekly",
    status: ["Closed – completed", "2026-04-20"],
    checkIns: [
      "2025-10-13",
      "2025-10-27",
      "2025-11-10",
      "2025-11-24",
      "2025-12-08",
      "2026-01-12",
      "2026-02-09",
      "2026-03-09",
      "2026-04-06",
    ],
    feedback: [
      ["Fit check", "Mentee", "Yes", 9, "Honest feedback on my first team plan"],
      ["Fit check", "Mentor", "Yes", 8],
      ["Mid-point", "Mentee", "Yes", 9],
      ["Mid-point", "Mentor", "Yes", 9],
      [
        "Final review",
        "Mentee",
        "Yes",
        10,
        "Practising difficult conversations before having them",
      ],
      ["Final review", "Mentor", "Yes", 9, "Regular rhythm of meetings"],
    ],
    skills: [
      [2, 4, 4],
      [3, 5, 4],
      [1, 3, 1],
    ],
    goals: [
      ["Done", "Yes", "2025-12-05"],
      ["Done", "Yes", "2026-02-04"],
      ["In progress", "Partly"],
    ],
    outcomes: [
      ["Promotion", "Team lead from April", "2026-04-01"],
      ["Colleague feedback", "Peers asked for the planning template"],
    ],
  },
  {
    name: "Cai",
    start: "2026-02-02",
    end: "2026-08-02",
    cadence: "Monthly",
    status: ["Paused", "2026-03-01", "Workload"],
    checkIns: ["2026-02-16"],
    feedback: [["Fit check", "Mentee", "No", 4]],
  },
  {
    name: "Dee",
    start: "2025-11-03",
    end: "2026-05-03",
    cadence: "Every two weeks",
    status: ["Archived – ended early", "2026-03-15", "Mentee changed role"],
    checkIns: ["2025-11-10", "2025-11-24"],
    feedback: [
      ["Fit check", "Mentee", "Not sure", 6, "Someone outside my team to think with"],
      ["Fit check", "Mentor", "Yes", 7],
    ],
    skills: [[2, 4, 3]],
    goals: [
      ["In progress", "No"],
      ["In progress", "Partly"],
    ],
    outcomes: [["New responsibilities", "Runs the weekly release"]],
  },
  { name: "Eve", start: "2026-04-27", end: "2026-10-27", cadence: "Weekly" },
];

/** The plan tab's cells written as the pair would type them. */
function fill(p: Program, sheetName: string, pair: Pair): void {
  const values = p.env.inspect.sheetValues(sheetName);
  const first = (key: keyof typeof SECTION_TITLES) => rowLabelled(values, SECTION_TITLES[key]) + 2;
  const put = (row: number, column: number, value: unknown) =>
    p.env.userEdit(sheetName, `${columnLetter(column)}${row}`, value);
  if (pair.status) {
    const row = rowLabelled(values, "Plan status");
    p.env.userEdit(sheetName, `B${row}`, [[pair.status[0], pair.status[1], pair.status[2] ?? ""]]);
  }
  pair.checkIns?.forEach((d, i) => {
    put(first("progress") + i, COLUMN.progress.date, d);
    put(first("progress") + i, COLUMN.progress.attended, "Both");
  });
  const fb = first("feedback");
  for (const [checkpoint, who, fit, score, helped] of pair.feedback ?? []) {
    const row =
      (values.slice(fb - 1).findIndex((l) => l[0] === checkpoint && l[1] === who) ?? 0) + fb;
    put(row, COLUMN.feedback.fit, fit);
    put(row, COLUMN.feedback.satisfaction, score);
    if (helped) put(row, COLUMN.feedback.helped, helped);
  }
  pair.skills?.forEach(([start, target, end], i) => {
    const row = first("startingPoint") + i;
    put(row, COLUMN.startingPoint.currentLevel, start);
    put(row, COLUMN.startingPoint.targetLevel, target);
    if (end !== undefined) put(row, COLUMN.startingPoint.endLevel, end);
  });
  pair.goals?.forEach(([status, attained, doneOn], i) => {
    const row = first("goals") + i;
    put(row, COLUMN.goals.status, status);
    if (attained) put(row, COLUMN.goals.attained, attained);
    if (doneOn) put(row, COLUMN.goals.doneOn, doneOn);
  });
  pair.outcomes?.forEach(([kind, details, date], i) => {
    const row = first("careerOutcomes") + i;
    put(row, COLUMN.careerOutcomes.kind, kind);
    put(row, COLUMN.careerOutcomes.details, details);
    if (date) put(row, COLUMN.careerOutcomes.date, date);
  });
}

let p: Program;
const planIds = new Map<string, string>();
let result: RefreshResult;

beforeAll(() => {
  p = openProgram({ now: TODAY });
  for (const pair of PAIRS) {
    const inserted = insertPlan(
      p.bundle,
      planForm("technical-skill", {
        menteeName: pair.name,
        startDate: pair.start,
        targetEndDate: pair.end,
        cadence: pair.cadence,
      }),
    );
    planIds.set(pair.name, inserted.planId);
    fill(p, inserted.sheetName, pair);
  }
  result = p.bundle.call<RefreshResult>("refreshOutcomes");
});

/** Label → figure of a two-column block (the Outcomes totals, the report's lines). */
function figures(sheetName: string): Map<string, unknown[]> {
  const out = new Map<string, unknown[]>();
  for (const line of p.env.inspect.sheetValues(sheetName)) {
    if (typeof line[0] === "string" && line[0] !== "" && !out.has(line[0])) {
      out.set(line[0], line.slice(1, 3));
    }
  }
  return out;
}

function pairsTable(): Record<string, unknown>[] {
  const values = p.env.inspect.sheetValues("Outcomes");
  const header = rowLabelled(values, "PAIRS") + 1;
  const names = (values[header - 1] ?? []).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = header; r < values.length && values[r]?.[1] !== ""; r++) {
    rows.push(Object.fromEntries(names.map((h, c) => [h, values[r]?.[c]])));
  }
  return rows;
}

describe("refreshOutcomes on a program at five stages", () => {
  test("refreshes the Dashboard, the Outcomes tab and the impact report in one run", () => {
    expect(result).toMatchObject({ plans: 5, complete: true });
    expect(p.env.inspect.sheetNames()).toEqual(
      expect.arrayContaining(["Dashboard", "Outcomes", "Impact report"]),
    );
  });

  test("program totals, worked out by hand", () => {
    const f = figures("Outcomes");
    const fig = (label: string) => f.get(label)?.[0];
    expect(fig("Pairs")).toBe(5);
    expect([fig("Active"), fig("Paused"), fig("Closed"), fig("Archived")]).toEqual([2, 1, 1, 1]);
    expect(fig("Check-ins held")).toBe(6 + 9 + 1 + 2 + 0);
    // Ana 6 of 8 fortnights (5 Jan → 1 May, 116 days); Ben 9 of 26 weeks (to his target end,
    // 182 days); Dee 2 of 9 fortnights (to the day she stopped, 132 days); Cai and Eve none due.
    expect(fig("Check-in rate against cadence (mean of pairs)")).toBeCloseTo(
      (6 / 8 + 9 / 26 + 2 / 9) / 3,
      12,
    );
    expect(fig("Check-ins per month (mean of pairs)")).toBeCloseTo(
      (6 / (116 / 30) + 9 / (182 / 30) + 1 + 2 / (132 / 30) + 0) / 5,
      12,
    );
    // Ben: Yes, Yes, Partly; Dee: No, Partly.
    expect([
      fig("Goals assessed"),
      fig("Goals attained"),
      fig("Goals partly attained"),
      fig("Goals not attained"),
      fig("Goal attainment"),
    ]).toEqual([5, 2, 2, 1, 0.4]);
    // Ana 60 days (5 Jan → 6 Mar); Ben 60 and 121 days.
    expect(fig("Median days to goal")).toBe(60);
    // Ben +2, +1, 0; Dee +1; gaps closed 1, 0.5, 0, 0.5.
    expect([fig("Skills re-rated"), fig("Mean skill growth (levels)")]).toEqual([4, 1]);
    expect(fig("Share of skill gap closed (mean)")).toBe(0.5);
    // Mentee answers 8, 6, 9, 9, 10, 4, 6; mentor answers 9, 8, 9, 9, 7.
    expect(fig("Mentee satisfaction (mean, 0–10)")).toBeCloseTo(52 / 7, 12);
    expect(fig("Mentor satisfaction (mean, 0–10)")).toBeCloseTo(42 / 5, 12);
    // 12 answers: six of 9–10, three of 0–6 → 50% − 25% = 25.
    expect(fig("NPS-style score (−100 to 100)")).toBe(25);
    expect([fig("Fit answers: Yes"), fig("Fit answers: Not sure"), fig("Fit answers: No")]).toEqual(
      [9, 2, 1],
    );
    expect([fig("Promotion"), fig("New responsibilities"), fig("Colleague feedback")]).toEqual([
      1, 1, 1,
    ]);
  });

  test("one row per pair with its own figures", () => {
    const rows = pairsTable();
    expect(rows.map((r) => r.Mentee)).toEqual(["Ana", "Ben", "Cai", "Dee", "Eve"]);
    const [ana, ben, cai, dee, eve] = rows as Record<string, unknown>[] & { length: 5 };
    expect(ana).toMatchObject({
      Status: "Active",
      "Next checkpoint": "Mid-point",
      "Next checkpoint due": dateOfDay("2026-04-06", TIME_ZONE),
      "Overdue checkpoints": 1,
      "Check-ins": 6,
      "Check-in rate": 0.75,
      "Fit (mentee)": "Not sure",
      "Fit (mentor)": "Yes",
      "Mentee satisfaction (latest)": 6,
      "Mentee satisfaction (mean)": 7,
      "Median days to goal": 60,
      "Plan id": planIds.get("Ana"),
    });
    expect(ben).toMatchObject({
      Status: "Closed – completed",
      "Next checkpoint": "",
      "Goals assessed": 3,
      "Goals attained": 2,
      Attainment: 2 / 3,
      "Median days to goal": 90.5,
      "Mean skill growth": 1,
      "Skill gap closed": 0.5,
      "Mentee satisfaction (latest)": 10,
      "Career outcomes": 2,
    });
    expect(cai).toMatchObject({ Status: "Paused", "Next checkpoint": "", "Fit (mentee)": "No" });
    expect(dee).toMatchObject({ Status: "Archived – ended early", Attainment: 0 });
    expect(eve).toMatchObject({
      Status: "Active",
      "Next checkpoint": "Fit check",
      "Next checkpoint due": dateOfDay("2026-05-27", TIME_ZONE),
      "Check-ins": 0,
      "Check-in rate": "",
    });
  });

  test("the impact report: dated, its period, the figures and the pairs' own words", () => {
    const f = figures("Impact report");
    expect(f.get("Prepared on")?.[0]).toEqual(TODAY);
    expect(f.get("Period covered")?.[0]).toBe("2025-10-06 to 2026-05-01");
    expect(f.get("Pairs in the program")?.[0]).toBe(5);
    expect(f.get("Goal attainment")?.[0]).toBe(0.4);
    expect(f.get("NPS-style score (−100 to 100)")?.[0]).toBe(25);
    expect(f.get("Pairs reporting a career outcome")).toEqual([2, "40% of pairs"]);
    const values = p.env.inspect.sheetValues("Impact report");
    const words = rowLabelled(values, "IN THEIR OWN WORDS");
    expect(values.slice(words, words + 5).map((l) => l[0])).toEqual([
      "“Practising difficult conversations before having them”",
      "“Shadowing meetings”",
      "“Someone outside my team to think with”",
      "“Regular rhythm of meetings”",
      "“Honest feedback on my first team plan”",
    ]);
  });

  test("the Dashboard names the next checkpoint, satisfaction and fit; the No is a Problem", () => {
    const ana = dashboardRowOf(p.env, planIds.get("Ana") as string);
    expect(ana["Next checkpoint"]).toBe("Mid-point · due 2026-04-06 (overdue)");
    expect(ana["Satisfaction (mentee)"]).toBe(6);
    expect(ana.Fit).toBe("Not sure");
    const cai = dashboardRowOf(p.env, planIds.get("Cai") as string);
    expect(String(cai.Problems)).toContain("consider re-matching");
    const dee = dashboardRowOf(p.env, planIds.get("Dee") as string);
    expect(dee["Next checkpoint"]).toBe("");
  });

  test("a second refresh rewrites the tabs in place, and Refresh dashboard keeps them current", () => {
    const before = p.env.inspect.sheetNames().length;
    const m = p.env.calls.measure(() => p.bundle.call<RefreshResult>("refreshDashboard"));
    expect(m.result.complete).toBe(true);
    expect(p.env.inspect.sheetNames()).toHaveLength(before);
    expect(p.env.inspect.charts("Outcomes")).toHaveLength(1);
    expect(figures("Outcomes").get("Pairs")?.[0]).toBe(5);
    // The Dashboard's budget (N + 10 calls) plus the outcome tabs' fixed cost.
    expect(m.calls).toBeLessThanOrEqual(5 + 10 + OUTCOME_TABS_CALLS);
  });
});
