/**
 * The Dashboard refresh through the built bundle: a program made by insertPlan, edited the way pairs edit,
 * refreshes into exactly the Dashboard a coordinator should see — figures, health, Problems in
 * plain words, attention order, totals, chart — in at most N + 10 service calls.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { PLAN_TAB_COLUMNS } from "../../src/domain/plan-tab/sections";
import type { RefreshResult } from "../../src/domain/sidebar-contract/replies";
import type { Environment } from "../emulator";
import {
  answerFitCheck,
  type DashboardTable,
  dashboardTable,
  dayOf,
  insertPlan,
  openProgram,
  type Program,
  planForm,
  printCalls,
  rowLabelled,
} from "./program-fixture";

type Owner = "Mentee" | "Mentor" | "Both";

/** A goal as the coordinator edits it in the form: its actions due so many days after the start. */
function goal(text: string, targetDate: string, actions: [string, Owner, number][]) {
  return {
    text,
    successCriteria: "Agreed with my mentor at a check-in",
    targetDate,
    actions: actions.map(([t, owner, dueInDays]) => ({ text: t, owner, dueInDays, resources: "" })),
  };
}

/** Rows of a plan tab's first goal, first action and first check-in, found by their labels. */
function rows(env: Environment, sheetName: string) {
  const v = env.inspect.sheetValues(sheetName);
  return {
    goal: rowLabelled(v, "GOALS") + 2,
    action: rowLabelled(v, "ACTIONS") + 2,
    checkIn: rowLabelled(v, "PROGRESS") + 2,
  };
}

/**
 * Five pairs, all starting Monday 2 March 2026 with a target end of 31 May (90 days):
 * - Ana (every two weeks): statuses typed as "Done", "done ", "DONE" and "Dropped", an action
 *   added in a row inserted inside ACTIONS, two check-ins logged;
 * - Ben (weekly): three actions past due, text typed in a due-date cell, one check-in;
 * - Cleo (monthly): the ACTIONS title renamed, an unknown status, the tab renamed, no check-in;
 * - Dan: a blank row inserted in GOALS, every goal and action done, no check-in;
 * - Eve: the tab deleted.
 */
function editedProgram(): Program & {
  planIds: Record<"ana" | "ben" | "cleo" | "dan" | "eve", string>;
  rowOf: Record<"benDueDate" | "cleoTitle" | "cleoStatus", number>;
} {
  const program = openProgram();
  const { env, bundle } = program;
  const ana = insertPlan(
    bundle,
    planForm("move-into-management", {
      menteeName: "Ana López",
      goals: [
        goal("Shadow my mentor in three leadership meetings", "2026-04-16", [
          ["Agree the three meetings", "Both", 7],
          ["Brief me before each meeting", "Mentor", 14],
          ["Write a note per meeting", "Mentee", 40],
        ]),
        goal("Complete a course on people management within 60 days", "2026-05-01", [
          ["Choose a course and enrol", "Mentee", 10],
          ["Block two hours a week", "Mentee", 30],
          ["Bring three takeaways to a check-in", "Mentee", 60],
        ]),
      ],
    }),
  );
  const ben = insertPlan(
    bundle,
    planForm("career-transition", {
      menteeName: "Ben Carter",
      cadence: "Weekly",
      goals: [
        goal("Run five customer interviews", "2026-04-01", [
          ["Draft the interview guide", "Mentee", 7],
          ["Hold the interviews", "Mentee", 21],
        ]),
        goal("Pitch a feature to the product team", "2026-05-01", [
          ["Write the one-pager", "Mentee", 14],
          ["Present it", "Both", 50],
        ]),
      ],
    }),
  );
  const cleo = insertPlan(
    bundle,
    planForm("succession", {
      menteeName: "Cleo Dubois",
      cadence: "Monthly",
      goals: [
        goal("Own the workforce plan of my area", "2026-05-01", [
          ["Draft next year's plan", "Mentee", 40],
          ["Review it with finance", "Both", 50],
        ]),
      ],
    }),
  );
  const dan = insertPlan(
    bundle,
    planForm("technical-skill", {
      menteeName: "Dan Wu",
      goals: [
        goal("Learn SQL fundamentals", "2026-04-01", [["Finish the course", "Mentee", 7]]),
        goal("Write a real analysis", "2026-04-01", [["Ship the churn query", "Mentee", 14]]),
      ],
    }),
  );
  const eve = insertPlan(
    bundle,
    planForm("blank", {
      menteeName: "Eve Martin",
      goals: [goal("Settle into the team", "2026-04-01", [["Meet every colleague", "Mentee", 10]])],
    }),
  );

  let r = rows(env, ana.sheetName);
  env.userEdit(ana.sheetName, `G${r.action}`, "Done");
  env.userEdit(ana.sheetName, `G${r.action + 1}`, "done ");
  env.userEdit(ana.sheetName, `G${r.action + 3}`, "DONE");
  env.userEdit(ana.sheetName, `G${r.action + 4}`, "Dropped");
  env.userInsertRowsAfter(ana.sheetName, r.action + 5);
  env.userEdit(ana.sheetName, `A${r.action + 6}`, [
    [7, 1, "Present my notes to my manager", "Mentee", "2026-04-20", "", "In progress", ""],
  ]);
  r = rows(env, ana.sheetName);
  env.userEdit(ana.sheetName, `A${r.checkIn}`, [
    ["2026-03-09", "Ana, Bea", "The goals", "Agreed the goals", "", 4],
    ["2026-03-30", "Ana, Bea", "The course", "Enrolled", "Finding time", 5],
  ]);
  // The fit check fell due a week after the first check-in.
  answerFitCheck(env, ana.sheetName);

  const benRows = rows(env, ben.sheetName);
  env.userEdit(ben.sheetName, `G${benRows.action}`, "In progress");
  env.userEdit(ben.sheetName, `E${benRows.action + 3}`, "next Friday");
  env.userEdit(ben.sheetName, `A${benRows.checkIn}`, [
    ["2026-04-01", "Ben, Bea", "Interviews", "Two done", "", 3],
  ]);

  const cleoRows = rows(env, cleo.sheetName);
  env.userEdit(cleo.sheetName, `A${cleoRows.action - 2}`, "TASKS");
  env.userEdit(cleo.sheetName, `G${cleoRows.action}`, "Finished");
  env.userRenameSheet(cleo.sheetName, "Cleo's plan");

  env.userInsertRowsBefore(dan.sheetName, rows(env, dan.sheetName).goal);
  r = rows(env, dan.sheetName);
  env.userEdit(dan.sheetName, `E${r.goal + 1}`, "Done");
  env.userEdit(dan.sheetName, `E${r.goal + 2}`, "Done");
  env.userEdit(dan.sheetName, `G${r.action}`, "Done");
  env.userEdit(dan.sheetName, `G${r.action + 1}`, "Done");

  env.userDeleteSheet(eve.sheetName);
  return {
    ...program,
    planIds: {
      ana: ana.planId,
      ben: ben.planId,
      cleo: cleo.planId,
      dan: dan.planId,
      eve: eve.planId,
    },
    rowOf: {
      benDueDate: benRows.action + 3,
      cleoTitle: cleoRows.action - 2,
      cleoStatus: cleoRows.action,
    },
  };
}

/** A plan row with its dates as days, for exact comparison. */
function asDays(row: Record<string, unknown>) {
  return {
    ...row,
    Start: dayOf(row.Start),
    "Target end": dayOf(row["Target end"]),
    "Last check-in": dayOf(row["Last check-in"]),
  };
}

const pair = {
  Mentor: "Bea Okafor",
  Reviewer: "hr.partner@example.org",
  Focus: "Moving into a first people-management role",
  Start: "2026-03-02",
  "Target end": "2026-05-31",
};

describe("a program edited the way pairs edit, refreshed five weeks in", () => {
  let program: ReturnType<typeof editedProgram>;
  let table: DashboardTable;
  let result: RefreshResult;
  let calls: number;

  beforeAll(() => {
    program = editedProgram();
    // Monday 6 April 2026, 10:00 in London (BST): day 35 of 90.
    program.env.clock.set(new Date("2026-04-06T09:00:00Z"));
    const m = program.env.calls.measure(() =>
      program.bundle.call<RefreshResult>("refreshDashboard"),
    );
    result = m.result;
    calls = m.calls;
    table = dashboardTable(program.env);
  });

  test("every plan row says exactly how the pair is doing, pairs needing attention first", () => {
    const { planIds, rowOf } = program;
    expect(table.rows.map(asDays)).toEqual([
      {
        Plan: "Plan · Eve Martin",
        Mentee: "Eve Martin",
        ...pair,
        "Goals done": "",
        "Goals active": "",
        "Actions done": "",
        "Actions active": "",
        Completion: "",
        "Overdue actions": "",
        "Last check-in": "",
        "Days since check-in": "",
        Status: "",
        Health: "",
        Why: "",
        "Next checkpoint": "",
        "Satisfaction (mentee)": "",
        Fit: "",
        Problems: "tab was deleted",
        "Plan id": planIds.eve,
      },
      {
        // Renamed tabs are found by their plan id; the label is the name the Dashboard knew.
        Plan: "Plan · Cleo Dubois",
        Mentee: "Cleo Dubois",
        ...pair,
        "Goals done": 0,
        "Goals active": 1,
        "Actions done": 0,
        "Actions active": 2,
        Completion: 0,
        "Overdue actions": 0,
        "Last check-in": "",
        "Days since check-in": "",
        Status: "Active",
        Health: "Stalled",
        Why: "no check-in in the 35 days since the start",
        "Next checkpoint": "Fit check · due 2026-04-01 (overdue)",
        "Satisfaction (mentee)": "",
        Fit: "",
        Problems: [
          "ACTIONS header missing",
          `Goal number in row ${rowOf.cleoTitle} is not a number`,
          `Status "Finished" in row ${rowOf.cleoStatus} is unknown (read as Not started)`,
        ].join("; "),
        "Plan id": planIds.cleo,
      },
      {
        Plan: "Plan · Ben Carter",
        Mentee: "Ben Carter",
        ...pair,
        "Goals done": 0,
        "Goals active": 2,
        "Actions done": 0,
        "Actions active": 4,
        Completion: 0,
        "Overdue actions": 3,
        "Last check-in": "2026-04-01",
        "Days since check-in": 5,
        Status: "Active",
        Health: "At risk",
        Why: "1 overdue checkpoint, 3 overdue actions",
        "Next checkpoint": "Fit check · due 2026-04-01 (overdue)",
        "Satisfaction (mentee)": "",
        Fit: "",
        Problems: `Due date in row ${rowOf.benDueDate} is not a date`,
        "Plan id": planIds.ben,
      },
      {
        // Goal 1: 2 of 4 actions done (one added in an inserted row); goal 2: 1 of 2 (one dropped).
        Plan: "Plan · Ana López",
        Mentee: "Ana López",
        ...pair,
        "Goals done": 0,
        "Goals active": 2,
        "Actions done": 3,
        "Actions active": 6,
        Completion: 0.5,
        "Overdue actions": 0,
        "Last check-in": "2026-03-30",
        "Days since check-in": 7,
        Status: "Active",
        Health: "On track",
        Why: "50% done, 39% of the time gone",
        "Next checkpoint": "Mid-point · due 2026-04-16",
        "Satisfaction (mentee)": 8,
        Fit: "Yes",
        Problems: "",
        "Plan id": planIds.ana,
      },
      {
        Plan: "Plan · Dan Wu",
        Mentee: "Dan Wu",
        ...pair,
        "Goals done": 2,
        "Goals active": 2,
        "Actions done": 2,
        "Actions active": 2,
        Completion: 1,
        "Overdue actions": 0,
        "Last check-in": "",
        "Days since check-in": "",
        Status: "Active",
        Health: "Complete",
        Why: "2 goals done",
        "Next checkpoint": "Fit check · due 2026-04-01 (overdue)",
        "Satisfaction (mentee)": "",
        Fit: "",
        Problems: "",
        "Plan id": planIds.dan,
      },
    ]);
  });

  test("Ben's row names the cell that holds text instead of a date", () => {
    expect(
      program.env.inspect.cell("Plan · Ben Carter", `E${program.rowOf.benDueDate}`).value,
    ).toBe("next Friday");
  });

  test("the program totals sit at the top", () => {
    const totals = Object.fromEntries(table.totals);
    expect({
      ...totals,
      "Last refreshed (Europe/London)": (
        totals["Last refreshed (Europe/London)"] as Date
      ).toISOString(),
    }).toEqual({
      "Last refreshed (Europe/London)": "2026-04-06T09:00:00.000Z",
      Pairs: 4,
      "Mean completion": 0.375,
      "On track": 1,
      "At risk": 1,
      Stalled: 1,
      Complete: 1,
      "Open actions": 9,
      "Overdue actions": 3,
      "Pairs with a check-in in the last 14 days": 0.5,
      "Mean mentee rating (last check-ins)": 4,
      "Plans with problems": 3,
    });
    const values = program.env.inspect.sheetValues("Dashboard");
    expect(values[0]?.[0]).toBe("Mentoring program · Dashboard");
    expect(rowLabelled(values, "Pairs")).toBeLessThan(table.headerRow);
    expect(program.env.inspect.displayValues("Dashboard")[1]?.[1]).toBe("2026-04-06 10:00");
  });

  test("rows are shown as a coordinator reads them: percentages and days", () => {
    expect(table.displayed.map((r) => [r.Mentee, r.Completion, r["Last check-in"]])).toEqual([
      ["Eve Martin", "", ""],
      ["Cleo Dubois", "0%", ""],
      ["Ben Carter", "0%", "2026-04-01"],
      ["Ana López", "50%", "2026-03-30"],
      ["Dan Wu", "100%", ""],
    ]);
  });

  test("links go to each tab by its id, so the renamed tab's link still works", () => {
    const { env } = program;
    const gid = (name: string) => env.inspect.sheetState(name).id;
    expect(table.links).toEqual([
      "",
      `=HYPERLINK("#gid=${gid("Cleo's plan")}","Plan · Cleo Dubois")`,
      `=HYPERLINK("#gid=${gid("Plan · Ben Carter")}","Plan · Ben Carter")`,
      `=HYPERLINK("#gid=${gid("Plan · Ana López")}","Plan · Ana López")`,
      `=HYPERLINK("#gid=${gid("Plan · Dan Wu")}","Plan · Dan Wu")`,
    ]);
  });

  test("a chart of completion per plan, and health colours that follow the text", () => {
    const { env } = program;
    const charts = env.inspect.charts("Dashboard");
    expect(charts).toHaveLength(1);
    const chart = charts[0];
    expect(chart?.chartType).toBe("BAR");
    expect(chart?.options.title).toBe("Completion per plan");
    const first = table.headerRow + 1;
    expect(chart?.refs.map((r) => [r.row, r.column, r.numColumns])).toEqual([
      [first, table.header.indexOf("Mentee") + 1, 1],
      [first, table.header.indexOf("Completion") + 1, 1],
    ]);
    // The chart covers at least every plan row.
    expect(chart?.refs[0]?.numRows).toBeGreaterThanOrEqual(table.rows.length);
    const health = env.inspect
      .conditionalRules("Dashboard")
      .filter((r) => r.criteria === "TEXT_EQUAL_TO")
      .map((r) => [r.values[0], r.format.background]);
    expect(health).toEqual([
      ["Stalled", "#f4cccc"],
      ["At risk", "#fce5cd"],
      ["On track", "#d9ead3"],
      ["Complete", "#cfe2f3"],
      // Plans whose status says they are not followed up (stageHealth in src/domain/outcomes/lifecycle.ts).
      ["Paused", "#eeeeee"],
      ["Closed", "#eeeeee"],
    ]);
  });

  test("the refresh reports what it did and costs at most N + 10 calls", () => {
    expect(result).toEqual({
      plans: 5,
      problems: 3,
      complete: true,
      message: "Dashboard refreshed: 4 plans, 3 with problems.",
    });
    expect(calls).toBeLessThanOrEqual(4 + 10);
  });

  test("refreshing again changes nothing", () => {
    const { env, bundle } = program;
    const before = {
      values: env.inspect.sheetValues("Dashboard"),
      formulas: env.inspect.formulas("Dashboard"),
      charts: env.inspect.charts("Dashboard"),
      rules: env.inspect.conditionalRules("Dashboard"),
    };
    bundle.call("refreshDashboard");
    expect({
      values: env.inspect.sheetValues("Dashboard"),
      formulas: env.inspect.formulas("Dashboard"),
      charts: env.inspect.charts("Dashboard"),
      rules: env.inspect.conditionalRules("Dashboard"),
    }).toEqual(before);
  });

  test("a month later the clock alone makes actions overdue and pairs stalled", () => {
    const { env, bundle, planIds } = program;
    // Wednesday 6 May 2026: day 65.
    env.clock.set(new Date("2026-05-06T09:00:00Z"));
    bundle.call("refreshDashboard");
    const later = dashboardTable(env);
    const byId = (id: string) => later.rows.find((r) => r["Plan id"] === id) ?? {};
    const brief = (id: string) => {
      const r = byId(id);
      return [r["Overdue actions"], r["Days since check-in"], r.Health];
    };
    // Ana: "Write a note per meeting" (11 April), the added action (20 April) and "Bring three
    // takeaways" (1 May) are late, and 37 days since the last check-in is more than twice two weeks.
    expect(brief(planIds.ana)).toEqual([3, 37, "Stalled"]);
    expect(brief(planIds.ben)).toEqual([3, 35, "Stalled"]);
    expect(brief(planIds.cleo)).toEqual([2, "", "Stalled"]);
    expect(brief(planIds.dan)).toEqual([0, "", "Complete"]);
    expect(later.totals.get("Overdue actions")).toBe(8);
    expect(later.totals.get("Stalled")).toBe(3);
    expect(later.totals.get("Pairs with a check-in in the last 14 days")).toBe(0);
    // Same figures for Complete, Stalled in attention order (lowest completion first).
    expect(later.rows.map((r) => r.Mentee)).toEqual([
      "Eve Martin",
      "Ben Carter",
      "Cleo Dubois",
      "Ana López",
      "Dan Wu",
    ]);
  });
});

/** Rows covered by the chart and by each conditional colour rule of the Dashboard. */
function coverage(env: Environment, sheetName = "Dashboard") {
  return {
    chart: env.inspect.charts(sheetName).map((c) => c.refs.map((r) => [r.row, r.numRows])),
    rules: env.inspect.conditionalRules(sheetName).map((r) => r.a1),
  };
}

describe("the Dashboard itself", () => {
  test("more plans than its first block of rows: the chart and the colours widen to cover them", () => {
    const { env, bundle } = openProgram();
    for (let i = 1; i <= 205; i++) {
      insertPlan(bundle, planForm("blank", { menteeName: `Mentee ${String(i).padStart(3, "0")}` }));
    }
    // Rows appended by inserts past the first 200 are not covered yet...
    expect(coverage(env).chart).toEqual([
      [
        [16, 200],
        [16, 200],
      ],
    ]);
    const m = env.calls.measure(() => bundle.call<RefreshResult>("refreshDashboard"));
    // ...and a refresh covers them with one call: rows inserted inside the covered block.
    expect(m.byMethod["Sheet.insertRowsAfter"]).toBe(1);
    expect(m.byMethod["Sheet.updateChart"]).toBeUndefined();
    expect(m.byMethod["Sheet.setConditionalFormatRules"]).toBeUndefined();
    expect(m.calls).toBeLessThanOrEqual(205 + 10);
    expect(coverage(env)).toEqual({
      chart: [
        [
          [16, 400],
          [16, 400],
        ],
      ],
      rules: [...Array.from({ length: 6 }, () => ["P16:P415"]), ["U16:U415"]],
    });
    const table = dashboardTable(env);
    expect(table.rows).toHaveLength(205);
    expect(table.rows.at(-1)?.Mentee).toBe("Mentee 205");
    expect(table.displayed.at(-1)?.Completion).toBe("0%");
    // Nothing was left below the table by the rows pushed down.
    expect(env.inspect.lastRow("Dashboard")).toBe(table.headerRow + 205);
  });

  test("a chart the user deleted is made again by the next refresh", () => {
    const { env, bundle } = openProgram();
    insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
    env.rt.direct(() => {
      const dashboard = env.spreadsheet.getSheetByName("Dashboard");
      for (const chart of dashboard?.getCharts() ?? []) dashboard?.removeChart(chart);
    });
    expect(env.inspect.charts("Dashboard")).toEqual([]);
    const m = env.calls.measure(() => bundle.call<RefreshResult>("refreshDashboard"));
    expect(m.calls).toBeLessThanOrEqual(1 + 10);
    expect(coverage(env).chart).toEqual([
      [
        [16, 200],
        [16, 200],
      ],
    ]);
    expect(dashboardTable(env).rows.map((r) => r.Mentee)).toEqual(["Sofia Rossi"]);
  });

  test("deleted by a user, the next refresh makes it again from the plan tabs", () => {
    const { env, bundle } = openProgram();
    const a = insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
    const b = insertPlan(bundle, planForm("blank", { menteeName: "Tom Becker" }));
    env.userDeleteSheet("Dashboard");
    const result = bundle.call<RefreshResult>("refreshDashboard");
    expect(result.message).toBe("Dashboard refreshed: 2 plans, 0 with problems.");
    expect(env.inspect.sheetNames()[0]).toBe("Dashboard");
    expect(
      dashboardTable(env)
        .rows.map((r) => r["Plan id"])
        .sort(),
    ).toEqual([a.planId, b.planId].sort());
    expect(env.inspect.charts("Dashboard")).toHaveLength(1);
  });

  test("a tab of the user's called Dashboard is left alone: the add-on's is Dashboard (2)", () => {
    const { env, bundle } = openProgram();
    env.userInsertSheet("Dashboard");
    env.userEdit("Dashboard", "A1", "my own notes");
    insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
    bundle.call("refreshDashboard");
    expect(env.inspect.sheetValues("Dashboard")).toEqual([["my own notes"]]);
    expect(env.inspect.sheetNames()[0]).toBe("Dashboard (2)");
    expect(dashboardTable(env, "Dashboard (2)").rows.map((r) => r.Mentee)).toEqual(["Sofia Rossi"]);
  });

  test("renamed by a user, it is still the one refreshed and the one inserts add to", () => {
    const { env, bundle } = openProgram();
    insertPlan(bundle, planForm("succession", { menteeName: "Sofia Rossi" }));
    env.userRenameSheet("Dashboard", "Programme overview");
    bundle.call("refreshDashboard");
    insertPlan(bundle, planForm("blank", { menteeName: "Tom Becker" }));
    expect(env.inspect.hasSheet("Dashboard")).toBe(false);
    expect(dashboardTable(env, "Programme overview").rows.map((r) => r.Mentee)).toEqual([
      "Sofia Rossi",
      "Tom Becker",
    ]);
  });
});

/**
 * A program of n plans: the first `inserted` made by insertPlan through the bundle, the rest
 * copies of the first tab made directly in the emulator (uncounted), each with its own plan id
 * and mentee — the same tabs, without spending seconds on a thousand inserts.
 */
function programOf(n: number, inserted: number): Program {
  const program = openProgram();
  const { env, bundle } = program;
  for (let i = 1; i <= Math.min(n, inserted); i++) {
    const templateId = i % 5 === 0 ? "blank" : "move-into-management";
    insertPlan(bundle, planForm(templateId, { menteeName: `Mentee ${i}` }));
  }
  if (n > inserted) {
    const source = env.inspect.sheetNames().find((name) => name.startsWith("Plan · ")) as string;
    const menteeRow = rowLabelled(env.inspect.sheetValues(source), "Mentee");
    env.rt.direct(() => {
      const template = env.spreadsheet.getSheetByName(source);
      if (!template) throw new Error(`No tab ${source}`);
      for (let i = inserted + 1; i <= n; i++) {
        const copy = env.spreadsheet.insertSheet(`Plan · Mentee ${i}`, { template });
        copy.addDeveloperMetadata("mentoringActionPlan.planId", `plan-copy-${i}`);
        copy.getRange(menteeRow, 2).setValue(`Mentee ${i}`);
        // The tab shows its own plan id in row 1, as plan-tab/layout.ts writes it.
        copy.getRange(1, PLAN_TAB_COLUMNS).setValue(`plan-copy-${i}`);
      }
    });
  }
  return program;
}

describe("a refresh that would run into the 6-minute limit", () => {
  /** Every getValues takes `seconds` of emulated time (a slow day at Google's servers). */
  function slowReads(env: Environment, seconds: number): () => void {
    return env.faults.on("Range.getValues", () => env.clock.advance(seconds * 1000));
  }

  test("stops at a safe point, keeps the rows it did not reach, and the next refresh reads them first", () => {
    const { env, bundle } = programOf(30, 30);
    // Without the tab names the Dashboard links show, the refresh cannot write feed rows: it
    // reads every tab directly (and slowly), the path this test is about.
    const { headerRow } = dashboardTable(env);
    env.userClear("Dashboard", `A${headerRow + 1}:A${headerRow + 30}`);
    const problem = "not refreshed this time (time limit): the next refresh reads it first";
    const restore = slowReads(env, 10);
    try {
      const first = bundle.call<RefreshResult>("refreshDashboard");
      const left = first.message.match(/(\d+) plans read, (\d+) left/);
      expect(first.complete).toBe(false);
      expect(Number(left?.[1]) + Number(left?.[2])).toBe(30);
      expect(Number(left?.[2])).toBeGreaterThan(0);
      const after = dashboardTable(env).rows;
      // Every plan keeps its row; those not reached say so, with what was last known.
      expect(after).toHaveLength(30);
      const notReached = after.filter((r) => r.Problems === problem);
      expect(notReached).toHaveLength(Number(left?.[2]));
      expect(notReached.every((r) => r.Mentee !== "" && r.Health === "")).toBe(true);

      bundle.call<RefreshResult>("refreshDashboard");
      const second = dashboardTable(env).rows;
      const ids = (rows: Record<string, unknown>[]) => rows.map((r) => r["Plan id"]);
      // The plans left last time were read first this time.
      for (const id of ids(notReached)) {
        expect(second.find((r) => r["Plan id"] === id)?.Problems).toBe("");
      }
    } finally {
      restore();
    }
    const last = bundle.call<RefreshResult>("refreshDashboard");
    expect(last.complete).toBe(true);
    expect(dashboardTable(env).rows.filter((r) => r.Problems !== "")).toEqual([]);
  });
});

describe("the cost of a refresh: at most N + 10 calls, then a few once the feed covers the program", () => {
  const measured: Record<string, string | number>[] = [];

  test.each([
    [10, 10],
    [100, 100],
    [1000, 50],
  ])(
    "N = %i plans (%i of them inserted through the bundle): at most N + 10 calls",
    (n, inserted) => {
      const started = performance.now();
      const { env, bundle } = programOf(n, inserted);
      const built = performance.now() - started;
      env.clock.set(new Date("2026-04-06T09:00:00Z"));
      // Refreshes until the feed covers every plan: copies made outside the add-on are not on
      // the Dashboard yet, so their feed rows are written by the second refresh.
      const runs = [1, 2, 3].map(() =>
        env.calls.measure(() => bundle.call<RefreshResult>("refreshDashboard")),
      );
      for (const m of runs) {
        expect(m.result.complete).toBe(true);
        expect(m.result.plans).toBe(n);
        expect(m.calls).toBeLessThanOrEqual(n + 10);
      }
      const table = dashboardTable(env);
      expect(table.rows).toHaveLength(n);
      expect(new Set(table.rows.map((r) => r.Mentee)).size).toBe(n);
      expect(table.totals.get("Pairs")).toBe(n);
      const steady = runs[2] as (typeof runs)[number];
      // The Dashboard, then the feed: 200 rows, then blocks sized by what those held (unedited
      // plans are a mark and a snapshot, ~1,000 of them a read); no tab read on its own.
      expect(steady.byMethod["Range.getValues"]).toBe(1 + (n <= 200 ? 1 : 2));
      expect(steady.calls).toBeLessThanOrEqual(8 + Math.ceil(n / 200));
      // The chart and the colours cover every plan row.
      const [mentees, completion] = env.inspect.charts("Dashboard")[0]?.refs ?? [];
      expect(mentees?.numRows).toBeGreaterThanOrEqual(n);
      expect(completion?.numRows).toBe(mentees?.numRows);
      measured.push({
        plans: n,
        "1st refresh calls": runs[0]?.calls ?? 0,
        "2nd refresh calls": runs[1]?.calls ?? 0,
        "3rd refresh calls": steady.calls,
        "3rd: round trips": steady.roundTrips,
        "3rd: getValues": steady.byMethod["Range.getValues"] ?? 0,
        "ms to build": Math.round(built),
      });
      if (n === 1000) printCalls("Service calls per refresh", measured);
    },
    // 1,000 plans (50 inserted with their label protections) take ~25 s of emulation alone, more
    // on a loaded 2-core machine: a limit, not a measure.
    120_000,
  );
});
