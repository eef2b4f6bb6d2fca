import { describe, expect, it } from "vitest";
import {
  DASHBOARD_FIRST_PLAN_ROW,
  DASHBOARD_HEADER_ROW,
  DASHBOARD_SHEET_NAME,
  dashboardShapeProblem,
  layoutDashboard,
  TOTAL_LABELS,
} from "../../../src/domain/dashboard/layout";
import {
  hyperlinkLabel,
  listedReviewers,
  readDashboardPlanIds,
} from "../../../src/domain/dashboard/listing";
import {
  DASHBOARD_COLUMNS,
  type DashboardColumn,
  dashboardColumn,
  dashboardRowValues,
  HEALTH_COLOURS,
  PROBLEM_COLOUR,
  planLinkFormula,
} from "../../../src/domain/dashboard/row";
import type { PlanSummary } from "../../../src/domain/plan/plan-summary";
import { dateOfDay } from "../../../src/domain/sheet/calendar";
import { quietOutcomes } from "../support/pair-outcomes-fixture";

const TZ = "America/Los_Angeles";
const day = (key: string) => dateOfDay(key, TZ);

function summary(
  over: Partial<PlanSummary> & Pick<PlanSummary, "planId" | "menteeName">,
): PlanSummary {
  return {
    sheetName: `Plan · ${over.menteeName}`,
    sheetId: 100,
    menteeEmail: "",
    mentorName: "Bea Okafor",
    mentorEmail: "bea@example.org",
    reviewerEmail: "hr@example.org",
    focusArea: "Management",
    startDate: day("2026-01-05"),
    targetEndDate: day("2026-06-30"),
    goalsDone: 1,
    goalsActive: 3,
    actionsDone: 2,
    actionsActive: 6,
    completion: 0.5,
    overdueActions: [],
    lastCheckIn: day("2026-03-10"),
    daysSinceCheckIn: 10,
    lastRating: null,
    health: "On track",
    healthReason: "",
    nextSteps: [],
    problems: [],
    outcomes: quietOutcomes(),
    ...over,
  };
}

const late = (n: number) =>
  Array.from({ length: n }, () => ({
    goalNumber: 1,
    text: "x",
    owner: null,
    dueDate: day("2026-03-01"),
    daysLate: 19,
  }));

const summaries = [
  summary({
    planId: "plan-000000c1",
    menteeName: "Carla",
    health: "Complete",
    healthReason: "",
    completion: 1,
    goalsDone: 3,
    actionsDone: 6,
    lastRating: 5,
    daysSinceCheckIn: 3,
  }),
  summary({
    planId: "plan-000000o2",
    menteeName: "omar",
    health: "On track",
    healthReason: "",
    completion: 0.6,
    sheetId: 11,
    lastRating: 4,
    daysSinceCheckIn: 14,
  }),
  summary({
    planId: "plan-000000o1",
    menteeName: "Nina",
    health: "On track",
    healthReason: "",
    completion: 0.6,
    sheetId: 12,
    daysSinceCheckIn: 15,
  }),
  summary({
    planId: "plan-000000o3",
    menteeName: "Zed",
    health: "On track",
    healthReason: "",
    completion: 0.2,
    sheetId: 13,
    lastRating: 3,
  }),
  summary({
    planId: "plan-000000r1",
    menteeName: "Ravi",
    health: "At risk",
    healthReason: "2 overdue actions",
    completion: 0.3,
    overdueActions: late(2),
    problems: [{ message: "Due date in row 31 is not a date", row: 31 }],
    outcomes: {
      ...quietOutcomes(),
      nextCheckpoint: { name: "Mid-point", due: "2026-03-18", state: "Overdue" },
      satisfaction: { ...quietOutcomes().satisfaction, Mentee: { latest: 7, mean: 7, count: 1 } },
      latestFit: { Mentee: "Yes", Mentor: "Not sure" },
    },
  }),
  summary({
    planId: "plan-000000s1",
    menteeName: "Sam",
    health: "Stalled",
    healthReason: "",
    completion: 0.9,
    overdueActions: late(1),
    lastCheckIn: null,
    daysSinceCheckIn: null,
  }),
];
const missing = [
  {
    planId: "plan-000000d1",
    sheetName: "Plan · Dora",
    lastKnown: {
      menteeName: "Dora",
      mentorName: "Eli",
      reviewerEmail: "hr@example.org",
      startDate: day("2026-02-01"),
    },
  },
];
const refreshedAt = new Date("2026-03-20T16:00:00Z");
const model = layoutDashboard({
  programName: "Spring cohort",
  summaries,
  missing,
  refreshedAt,
  timeZone: TZ,
});

const planRows = () => model.values.slice(model.firstPlanRow - 1);
const col = (name: DashboardColumn) => dashboardColumn(name) - 1;
const cell = (row: number, name: DashboardColumn) => model.values[row - 1]?.[col(name)];
const total = (label: string) => model.values.find((r) => r[0] === label)?.[1];

describe("layoutDashboard", () => {
  it("is one rectangular block: values, formats, weights and backgrounds of the same shape", () => {
    expect(model.sheetName).toBe(DASHBOARD_SHEET_NAME);
    expect(model.rows).toBe(model.values.length);
    expect(model.columns).toBe(DASHBOARD_COLUMNS.length);
    for (const grid of [model.values, model.numberFormats, model.fontWeights, model.backgrounds]) {
      expect(grid).toHaveLength(model.rows);
      for (const row of grid) expect(row).toHaveLength(model.columns);
    }
  });

  it("puts the header row and one row per plan (deleted tabs included) below the totals", () => {
    expect(model.headerRow).toBe(DASHBOARD_HEADER_ROW);
    expect(model.firstPlanRow).toBe(DASHBOARD_FIRST_PLAN_ROW);
    expect(model.values[model.headerRow - 1]).toEqual([...DASHBOARD_COLUMNS]);
    expect(model.fontWeights[model.headerRow - 1]?.every((w) => w === "bold")).toBe(true);
    expect(model.planRows).toBe(7);
    expect(model.rows).toBe(model.firstPlanRow + 6);
  });

  it("sorts pairs needing attention first: deleted, Stalled, At risk, On track (lower completion, then name), Complete", () => {
    expect(planRows().map((r) => r[col("Plan id")])).toEqual([
      "plan-000000d1",
      "plan-000000s1",
      "plan-000000r1",
      "plan-000000o3", // On track at 20 %
      "plan-000000o1", // On track at 60 %: Nina before omar (case-insensitive)
      "plan-000000o2",
      "plan-000000c1",
    ]);
  });

  it("computes the program totals", () => {
    expect(model.values[0]?.[0]).toBe("Spring cohort · Dashboard");
    expect(total(TOTAL_LABELS.pairs)).toBe(6);
    expect(total(TOTAL_LABELS.meanCompletion)).toBeCloseTo(
      (1 + 0.6 + 0.6 + 0.2 + 0.3 + 0.9) / 6,
      12,
    );
    expect(
      [TOTAL_LABELS.onTrack, TOTAL_LABELS.atRisk, TOTAL_LABELS.stalled, TOTAL_LABELS.complete].map(
        total,
      ),
    ).toEqual([3, 1, 1, 1]);
    expect(total(TOTAL_LABELS.openActions)).toBe(4 * 5 + 0); // five plans with 6 active / 2 done, Carla all done
    expect(total(TOTAL_LABELS.overdueActions)).toBe(3);
    // Check-ins at most 14 days ago: Carla (3), omar (14), Zed (10), Ravi (10) of 6 pairs.
    expect(total(TOTAL_LABELS.recentCheckIns)).toBeCloseTo(4 / 6, 12);
    expect(total(TOTAL_LABELS.meanRating)).toBe(4); // (5 + 4 + 3) / 3
    expect(total(TOTAL_LABELS.withProblems)).toBe(2); // Ravi's tab, and Dora's deleted one
    expect(total(`${TOTAL_LABELS.refreshedAt} (${TZ})`)).toBe(refreshedAt);
    expect(model.totals.byHealth).toEqual({
      Stalled: 1,
      "At risk": 1,
      "On track": 3,
      Complete: 1,
      Paused: 0,
      Closed: 0,
    });
  });

  it("links each plan to its tab by gid, and lists the formulas it put in the values", () => {
    const row = model.firstPlanRow + 4; // Nina
    expect(cell(row, "Plan")).toBe('=HYPERLINK("#gid=12","Plan · Nina")');
    expect(model.formulas).toContainEqual({
      row,
      column: 1,
      formula: '=HYPERLINK("#gid=12","Plan · Nina")',
    });
    expect(model.formulas).toHaveLength(6); // the deleted tab has no link
    for (const f of model.formulas) expect(model.values[f.row - 1]?.[f.column - 1]).toBe(f.formula);
  });

  it("fills a plan's row from its summary, with number formats for dates, counts and percentages", () => {
    const row = model.firstPlanRow + 2; // Ravi
    expect(model.values[row - 1]).toEqual([
      '=HYPERLINK("#gid=100","Plan · Ravi")',
      "Ravi",
      "Bea Okafor",
      "hr@example.org",
      "Management",
      day("2026-01-05"),
      day("2026-06-30"),
      1,
      3,
      2,
      6,
      0.3,
      2,
      day("2026-03-10"),
      10,
      "At risk",
      "2 overdue actions",
      "Mid-point · due 2026-03-18 (overdue)",
      7,
      "Not sure",
      "Due date in row 31 is not a date",
      "plan-000000r1",
      "Active",
    ]);
    const formats = model.numberFormats[row - 1] ?? [];
    expect([
      formats[col("Start")],
      formats[col("Completion")],
      formats[col("Days since check-in")],
    ]).toEqual(["yyyy-mm-dd", "0%", "0"]);
    expect(model.backgrounds[row - 1]?.[col("Health")]).toBe(HEALTH_COLOURS["At risk"]);
    expect(model.backgrounds[row - 1]?.[col("Problems")]).toBe(PROBLEM_COLOUR);
  });

  it("keeps a row for a deleted tab: what was known, no stale figures, and the problem in plain words", () => {
    const row = model.values[model.firstPlanRow - 1] ?? [];
    expect(row).toEqual([
      "Plan · Dora",
      "Dora",
      "Eli",
      "hr@example.org",
      "",
      day("2026-02-01"),
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "tab was deleted",
      "plan-000000d1",
      "",
    ]);
  });

  it("charts completion per plan over the plan rows, beside the totals", () => {
    const first = model.firstPlanRow;
    const last = first + model.planRows - 1;
    expect(model.chart).toMatchObject({
      a1Labels: `B${first}:B${last}`,
      a1Values: `L${first}:L${last}`,
    });
    expect(model.healthRules.map((r) => [r.text, r.a1])).toContainEqual([
      "Stalled",
      `P${first}:P${last}`,
    ]);
  });

  it("an empty program: zero pairs, blank means, no chart", () => {
    const empty = layoutDashboard({
      programName: "New",
      summaries: [],
      missing: [],
      refreshedAt,
      timeZone: TZ,
    });
    expect(empty.planRows).toBe(0);
    expect(empty.rows).toBe(DASHBOARD_HEADER_ROW);
    expect(empty.chart).toBeNull();
    expect(empty.healthRules).toEqual([]);
    expect(empty.values.find((r) => r[0] === TOTAL_LABELS.pairs)?.[1]).toBe(0);
    expect(empty.values.find((r) => r[0] === TOTAL_LABELS.meanCompletion)?.[1]).toBe("");
    expect(empty.values.find((r) => r[0] === TOTAL_LABELS.meanRating)?.[1]).toBe("");
  });
});

describe("dashboard rows are safe and agree with inserts", () => {
  it("escapes double quotes in the link label so a tab name cannot break the formula", () => {
    expect(planLinkFormula(7, 'Plan · "Ana" O\'Neil')).toBe(
      '=HYPERLINK("#gid=7","Plan · ""Ana"" O\'Neil")',
    );
    expect(hyperlinkLabel(planLinkFormula(7, 'Plan · "Ana" O\'Neil'))).toBe('Plan · "Ana" O\'Neil');
  });

  it("stores formula-like user text as text (a leading apostrophe that Sheets hides)", () => {
    const values = dashboardRowValues(
      summary({
        planId: "plan-0000000e",
        menteeName: "=IMPORTXML(1)",
        focusArea: "+1 growth",
        mentorName: "@bea",
      }),
      TZ,
    );
    expect([values[col("Mentee")], values[col("Focus")], values[col("Mentor")]]).toEqual([
      "'=IMPORTXML(1)",
      "'+1 growth",
      "'@bea",
    ]);
  });

  it("the row an insert appends is exactly the row a refresh writes", () => {
    const s = summaries[4] as PlanSummary;
    const row = model.values.find((r) => r[col("Plan id")] === s.planId);
    expect(dashboardRowValues(s, TZ)).toEqual(row);
  });

  it("shows days as dates at midnight in the spreadsheet's zone, and spells out at most 8 problems", () => {
    const values = dashboardRowValues(
      summary({
        planId: "plan-0000000f",
        menteeName: "Fay",
        startDate: new Date("2026-01-05T15:30:00Z"), // 07:30 in Los Angeles
        problems: Array.from({ length: 11 }, (_, i) => ({ message: `P${i + 1}` })),
      }),
      TZ,
    );
    expect(values[col("Start")]).toEqual(day("2026-01-05"));
    expect(values[col("Problems")]).toBe("P1; P2; P3; P4; P5; P6; P7; P8; … and 3 more");
  });
});

describe("readDashboardPlanIds", () => {
  /** What getValues gives after the model is written: formulas show their label, no apostrophes. */
  const asRead = model.values.map((row) =>
    row.map((v) => {
      if (typeof v !== "string") return v;
      return hyperlinkLabel(v) ?? (v.startsWith("'") ? v.slice(1) : v);
    }),
  );

  it("lists every plan of the table with its row, tab name and what was known", () => {
    const listed = readDashboardPlanIds(asRead);
    expect(listed.map((l) => [l.planId, l.row])).toEqual(
      planRows().map((r, i) => [r[col("Plan id")], model.firstPlanRow + i]),
    );
    const ravi = listed.find((l) => l.planId === "plan-000000r1");
    expect(ravi).toEqual({
      planId: "plan-000000r1",
      sheetName: "Plan · Ravi",
      row: model.firstPlanRow + 2,
      lastKnown: {
        planId: "plan-000000r1",
        sheetName: "Plan · Ravi",
        menteeName: "Ravi",
        mentorName: "Bea Okafor",
        reviewerEmail: "hr@example.org",
        focusArea: "Management",
        startDate: day("2026-01-05"),
        targetEndDate: day("2026-06-30"),
      },
      problems: "Due date in row 31 is not a date",
      health: "At risk — 2 overdue actions",
      status: "Active",
      nextCheckpoint: "Mid-point · due 2026-03-18 (overdue)",
    });
  });

  it("feeds a refresh: a listed plan whose tab is gone comes back as a deleted-tab row", () => {
    const gone = readDashboardPlanIds(asRead).filter((l) => l.planId === "plan-000000o3");
    const next = layoutDashboard({
      programName: "Spring cohort",
      summaries: summaries.filter((s) => s.planId !== "plan-000000o3"),
      missing: gone,
      refreshedAt,
      timeZone: TZ,
    });
    const row = next.values.find((r) => r[col("Plan id")] === "plan-000000o3") ?? [];
    expect([row[col("Plan")], row[col("Mentee")], row[col("Problems")]]).toEqual([
      "Plan · Zed",
      "Zed",
      "tab was deleted",
    ]);
  });

  it("takes the tab name from the formula when the value is the formula text or blank", () => {
    const raw = model.values.map((r) => [...r]);
    const formulas = model.values.map((r) => r.map(() => ""));
    const nina = model.firstPlanRow + 4;
    const omar = model.firstPlanRow + 5;
    (formulas[omar - 1] as string[])[0] = String(raw[omar - 1]?.[0]);
    (raw[omar - 1] as unknown[])[0] = "";
    const listed = readDashboardPlanIds(raw, formulas);
    expect(listed.find((l) => l.row === nina)?.sheetName).toBe("Plan · Nina");
    expect(listed.find((l) => l.row === omar)?.sheetName).toBe("Plan · omar");
  });

  it("finds the table by its headers wherever it is, and reads nothing from a sheet that is not a dashboard", () => {
    const moved = [["note"], [], ...asRead.slice(model.headerRow - 1).map((r) => ["", ...r])];
    expect(readDashboardPlanIds(moved).map((l) => l.row)).toEqual(planRows().map((_, i) => 4 + i));
    for (const junk of [null, 42, [], [["Plan", "Mentee"]], [[null], 5]])
      expect(readDashboardPlanIds(junk)).toEqual([]);
  });
});

describe("dashboardShapeProblem", () => {
  const withHeader = (header: unknown[]) => [
    ...Array.from({ length: DASHBOARD_HEADER_ROW - 1 }, () => ["x"]),
    header,
  ];
  const current = [...DASHBOARD_COLUMNS];
  const earlier = current.slice(0, current.indexOf("Status"));

  it("takes today's table, and one made before the Status column was added at the end", () => {
    expect(dashboardShapeProblem(withHeader(current))).toBeNull();
    expect(dashboardShapeProblem(withHeader(earlier))).toBeNull();
    expect(dashboardShapeProblem(withHeader([...earlier, ""]))).toBeNull();
  });

  it("names a column moved, renamed or missing by hand, and rows deleted above the table", () => {
    expect(dashboardShapeProblem(withHeader(earlier.slice(0, -1)))).toBe(
      `its plan table's column "Plan id" is missing or moved`,
    );
    expect(dashboardShapeProblem(withHeader([...earlier, "Notes"]))).toBe(
      `its plan table's column "Status" is missing or moved`,
    );
    expect(dashboardShapeProblem([["x"]])).toBe("rows above its plan table were deleted");
  });
});

describe("listedReviewers: the two columns a preview reads", () => {
  /** One column of the written table, from its header cell down, as getValues gives it. */
  const column = (name: DashboardColumn) =>
    model.values.slice(model.headerRow - 1).map((row) => [row[dashboardColumn(name) - 1]]);

  it("gives each listed plan's reviewer, as the whole-table listing does", () => {
    const listed = listedReviewers(column("Plan id"), column("Reviewer"));
    const whole = readDashboardPlanIds(model.values);
    expect(listed && [...listed]).toEqual(
      whole.map((l) => [l.planId, l.lastKnown.reviewerEmail ?? ""]),
    );
    expect(listed?.get("plan-000000r1")).toBe("hr@example.org");
  });

  it("is null when a column's header is not the layout's (a table changed by hand)", () => {
    expect(listedReviewers(column("Mentee"), column("Reviewer"))).toBeNull();
    expect(listedReviewers(column("Plan id"), column("Mentor"))).toBeNull();
    expect(listedReviewers([], column("Reviewer"))).toBeNull();
  });

  it("lists a plan id once, with its first row's reviewer", () => {
    const ids = [["Plan id"], ["plan-a"], ["plan-a"], [""], ["plan-b"]];
    const reviewers = [["Reviewer"], ["first@example.org"], ["second@example.org"], ["x"], [""]];
    expect([...(listedReviewers(ids, reviewers) ?? [])]).toEqual([
      ["plan-a", "first@example.org"],
      ["plan-b", ""],
    ]);
  });
});
