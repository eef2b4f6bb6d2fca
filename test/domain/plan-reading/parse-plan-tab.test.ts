import vm from "node:vm";
import { describe, expect, it } from "vitest";
import type { ParsedPlan } from "../../../src/domain/plan/plan";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { day, TZ } from "../support/parsed-plan-fixture";
import { buildTabRows, type PlanData, type TabRow, valuesOf } from "../support/plan-tab-builder";

const sample = (): PlanData => ({
  header: {
    mentee: { name: "Ana López", email: "ana@example.org" },
    mentor: { name: "Bea Okafor", email: "bea@example.org" },
    reviewerEmail: "hr@example.org",
    focusArea: "People management",
    startDate: day("2026-03-02"),
    targetEndDate: day("2026-05-31"),
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "Learning by doing",
    planStatus: "Active",
    statusSince: null,
    statusReason: "",
  },
  goals: [
    {
      number: 1,
      text: "Shadow three leadership meetings",
      successCriteria: "Notes shared",
      targetDate: day("2026-04-15"),
      status: "In progress",
      attained: null,
      doneOn: null,
    },
    {
      number: 2,
      text: "Finish a people-management course",
      successCriteria: "Certificate",
      targetDate: null,
      status: "Not started",
      attained: null,
      doneOn: null,
    },
  ],
  actions: [
    {
      number: 1,
      goalNumber: 1,
      text: "Ask for invites",
      owner: "Mentor",
      dueDate: day("2026-03-09"),
      resources: "",
      status: "Done",
      doneOn: day("2026-03-06"),
    },
    {
      number: 2,
      goalNumber: 1,
      text: "Debrief after each",
      owner: "Both",
      dueDate: day("2026-04-15"),
      resources: "Template",
      status: "In progress",
      doneOn: null,
    },
    {
      number: 3,
      goalNumber: 2,
      text: "Pick a course",
      owner: "Mentee",
      dueDate: day("2026-03-16"),
      resources: "LinkedIn Learning",
      status: "Not started",
      doneOn: null,
    },
  ],
  checkIns: [
    {
      date: day("2026-03-03"),
      attended: "Both",
      discussed: "Goals",
      progressNotes: "Agreed plan",
      blockers: "",
      menteeRating: 4,
    },
  ],
  nextSteps: [{ step: "Book the course", owner: "Mentee", byWhen: day("2026-03-20"), done: false }],
});

const parse = (rows: readonly TabRow[] | unknown, timeZone = TZ) =>
  parsePlanTab({
    planId: "plan-0000abcd",
    sheetName: "Plan · Ana López",
    values: (Array.isArray(rows) && rows.every((r) => r && typeof r === "object" && "role" in r)
      ? valuesOf(rows as TabRow[])
      : rows) as unknown[][],
    timeZone,
  });

const expected = (data: PlanData, problems: ParsedPlan["problems"] = []): ParsedPlan => ({
  planId: "plan-0000abcd",
  sheetName: "Plan · Ana López",
  skills: [],
  checkpointRows: [],
  feedback: [],
  careerOutcomes: [],
  ...data,
  problems,
});

/** 1-based sheet row of the first row matching `pick`. */
const rowOf = (rows: readonly TabRow[], pick: (r: TabRow) => boolean) => rows.findIndex(pick) + 1;
const cellsOf = (r: TabRow) => r.cells as unknown[];
const dataRows = (rows: TabRow[], section: TabRow["section"]) =>
  rows.filter((r) => r.section === section && r.role === "data");

describe("parsePlanTab: a tab as the template writes it", () => {
  it("reads header, goals, actions, check-ins and next steps, with no problems", () => {
    expect(parse(buildTabRows(sample()))).toEqual(expected(sample()));
  });
});

describe("parsePlanTab: tolerant of how pairs edit", () => {
  it("reads around blank rows and rows inserted anywhere, including between title and headers", () => {
    const rows = buildTabRows(sample());
    const at = (pick: (r: TabRow) => boolean) => rows.findIndex(pick);
    rows.splice(at((r) => r.role === "sectionTitle" && r.section === "actions") + 1, 0, {
      cells: ["", ""],
      role: "blank",
    });
    rows.splice(at((r) => r.role === "data" && r.section === "actions") + 1, 0, {
      cells: [],
      role: "blank",
    });
    rows.splice(
      at((r) => r.headerKey === "startDate"),
      0,
      { cells: ["  ", null, undefined], role: "blank" },
    );
    rows.splice(0, 0, { cells: [""], role: "blank" });
    expect(parse(rows)).toEqual(expected(sample()));
  });

  it("finds columns by header text: extra and reordered columns, forgiving case, spacing and hints", () => {
    const rows = buildTabRows(sample());
    for (const r of rows.filter((r) => r.section === "actions" && r.role !== "sectionTitle")) {
      const c = cellsOf(r);
      // Swap Due date (E) and Action (C), and put a pair's own column first.
      [c[2], c[4]] = [c[4], c[2]];
      c.unshift(r.role === "columns" ? "Our notes" : { any: "thing" });
    }
    const headers = cellsOf(
      rows.find((r) => r.section === "progress" && r.role === "columns") as TabRow,
    );
    headers[5] = "  mentee   RATING "; // the "(1–5)" hint dropped, case and spaces changed
    headers[0] = "date:";
    expect(parse(rows)).toEqual(expected(sample()));
  });

  it("forgives case and spacing in titles, labels and status words; numbers as text; ISO dates", () => {
    const rows = buildTabRows(sample());
    cellsOf(rows.find((r) => r.role === "sectionTitle" && r.section === "goals") as TabRow)[0] =
      "  Goals ";
    cellsOf(rows.find((r) => r.headerKey === "targetEndDate") as TabRow)[0] = "TARGET END DATE:";
    const [a1, a2, a3] = dataRows(rows, "actions").map(cellsOf);
    (a1 as unknown[])[6] = "done";
    (a2 as unknown[])[6] = " In  Progress ";
    (a3 as unknown[])[6] = "NOT STARTED";
    (a1 as unknown[])[0] = "1";
    (a1 as unknown[])[1] = " 1 ";
    (a3 as unknown[])[4] = "2026-03-16"; // text, but an unambiguous ISO day
    cellsOf(dataRows(rows, "progress")[0] as TabRow)[5] = "4";
    cellsOf(dataRows(rows, "nextSteps")[0] as TabRow)[3] = false; // a checkbox
    cellsOf(rows.find((r) => r.headerKey === "mentee") as TabRow)[2] = "ANA@Example.org";
    cellsOf(rows.find((r) => r.headerKey === "cadence") as TabRow)[1] = "every two WEEKS";
    expect(parse(rows)).toEqual(expected(sample()));
  });

  it("reads Dates made in another realm (the bundle's vm) as dates", () => {
    const rows = buildTabRows(sample());
    const foreign = vm.runInNewContext(`new Date(${day("2026-03-02").getTime()})`);
    expect(foreign instanceof Date).toBe(false);
    cellsOf(rows.find((r) => r.headerKey === "startDate") as TabRow)[1] = foreign;
    expect(parse(rows).header.startDate?.getTime()).toBe(day("2026-03-02").getTime());
    expect(parse(rows).problems).toEqual([]);
  });

  it("merged cells (blank beyond the top-left) in title and label rows change nothing", () => {
    const rows = buildTabRows(sample());
    for (const r of rows.filter((r) => r.role === "sectionTitle"))
      r.cells = [cellsOf(r)[0], "", "", "", "", "", "", ""];
    expect(parse(rows)).toEqual(expected(sample()));
  });

  it('a stray cell that says "Goals" does not move the GOALS section', () => {
    const data = sample();
    data.nextSteps.push({ step: "Goals", owner: "Both", byWhen: null, done: false });
    expect(parse(buildTabRows(data))).toEqual(expected(data));
  });

  it('template filler (a number, the default status, "No") alone is not an entry', () => {
    const data = { ...sample(), goals: [], actions: [], checkIns: [], nextSteps: [] };
    expect(parse(buildTabRows(data))).toEqual(expected(data));
  });
});

describe("parsePlanTab: what cannot be read becomes a Problem with its row", () => {
  it("text in a date cell", () => {
    const rows = buildTabRows(sample());
    const r = dataRows(rows, "actions")[2] as TabRow;
    cellsOf(r)[4] = "next week";
    const plan = parse(rows);
    const row = rowOf(rows, (x) => x === r);
    expect(plan.problems).toEqual([{ message: `Due date in row ${row} is not a date`, row }]);
    expect(plan.actions[2]?.dueDate).toBeNull();
    expect(plan.actions[2]?.text).toBe("Pick a course"); // the rest of the row still counts
  });

  it("day/month text is ambiguous and is not guessed; neither are serial numbers or impossible days", () => {
    for (const bad of ["01/02/2026", 46054, "2026-02-30", true]) {
      const rows = buildTabRows(sample());
      const r = rows.find((x) => x.headerKey === "startDate") as TabRow;
      cellsOf(r)[1] = bad;
      const row = rowOf(rows, (x) => x === r);
      expect(parse(rows).problems).toEqual([
        { message: `Start date in row ${row} is not a date`, row },
      ]);
    }
  });

  it("an unknown status is named and read as Not started", () => {
    const rows = buildTabRows(sample());
    const r = dataRows(rows, "actions")[0] as TabRow;
    cellsOf(r)[6] = "Finished";
    const plan = parse(rows);
    const row = rowOf(rows, (x) => x === r);
    expect(plan.problems).toEqual([
      { message: `Status "Finished" in row ${row} is unknown (read as Not started)`, row },
    ]);
    expect(plan.actions[0]?.status).toBe("Not started");
  });

  it("bad numbers, ratings, owners and yes/no cells", () => {
    const rows = buildTabRows(sample());
    const [g1] = dataRows(rows, "goals");
    const [a1, a2] = dataRows(rows, "actions");
    const [c1] = dataRows(rows, "progress");
    const [n1] = dataRows(rows, "nextSteps");
    cellsOf(a1 as TabRow)[1] = "one";
    cellsOf(a2 as TabRow)[3] = "Manager";
    cellsOf(c1 as TabRow)[5] = 7;
    cellsOf(n1 as TabRow)[3] = "maybe";
    cellsOf(g1 as TabRow)[1] = { not: "text" };
    const at = (r: TabRow | undefined) => rowOf(rows, (x) => x === r);
    const plan = parse(rows);
    expect(plan.problems).toEqual([
      { message: `Goal in row ${at(g1)} could not be read`, row: at(g1) },
      { message: `Goal # in row ${at(a1)} is not a number`, row: at(a1) },
      { message: `Owner "Manager" in row ${at(a2)} is unknown (left blank)`, row: at(a2) },
      { message: `Mentee rating in row ${at(c1)} is not a whole number from 1 to 5`, row: at(c1) },
      { message: `Done "maybe" in row ${at(n1)} is not Yes or No (read as No)`, row: at(n1) },
    ]);
    expect(plan.actions[0]?.goalNumber).toBeNull();
    expect(plan.checkIns[0]?.menteeRating).toBeNull();
    expect(plan.goals[0]?.text).toBe("");
  });

  it("a renamed section title is reported, and the section is still found by its column headers", () => {
    const rows = buildTabRows(sample());
    const title = rows.find((r) => r.role === "sectionTitle" && r.section === "actions") as TabRow;
    cellsOf(title)[0] = "TASKS";
    const plan = parse(rows);
    expect(plan.actions).toEqual(sample().actions);
    const row = rowOf(rows, (x) => x === title);
    expect(plan.problems).toEqual([
      { message: "ACTIONS header missing" },
      // The renamed title now sits at the end of GOALS, where its "#" cell makes no sense.
      { message: `Goal number in row ${row} is not a number`, row },
    ]);
  });

  it("a section whose title and headers are both gone is reported and read as empty", () => {
    const rows = buildTabRows(sample()).filter(
      (r) => !(r.section === "progress" && (r.role === "sectionTitle" || r.role === "columns")),
    );
    const plan = parse(rows);
    expect(plan.checkIns).toEqual([]);
    expect(plan.problems[0]).toEqual({ message: "PROGRESS header missing" });
  });

  it("a renamed column header is reported and that column read as blank", () => {
    const rows = buildTabRows(sample());
    const headers = rows.find((r) => r.role === "columns" && r.section === "actions") as TabRow;
    cellsOf(headers)[4] = "Deadline";
    const plan = parse(rows);
    const row = rowOf(rows, (x) => x === headers);
    expect(plan.problems).toEqual([{ message: 'ACTIONS column "Due date" missing', row }]);
    expect(plan.actions.map((a) => a.dueDate)).toEqual([null, null, null]);
  });

  it("a deleted column-header row is reported and the template's column order assumed", () => {
    const rows = buildTabRows(sample()).filter(
      (r) => !(r.role === "columns" && r.section === "goals"),
    );
    const plan = parse(rows);
    const row = rowOf(rows, (x) => x.role === "sectionTitle" && x.section === "goals");
    expect(plan.problems).toEqual([
      { message: "GOALS column headers missing (read in the template's column order)", row },
    ]);
    expect(plan.goals).toEqual(sample().goals);
  });

  it("header block: a missing label, a bad email, an empty reviewer, an unknown cadence", () => {
    const rows = buildTabRows(sample()).filter((r) => r.headerKey !== "focusArea");
    const mentor = rows.find((r) => r.headerKey === "mentor") as TabRow;
    const reviewer = rows.find((r) => r.headerKey === "reviewer") as TabRow;
    const cadence = rows.find((r) => r.headerKey === "cadence") as TabRow;
    cellsOf(mentor)[2] = "bea at example";
    cellsOf(reviewer)[1] = "";
    cellsOf(cadence)[1] = "Fortnightly";
    const at = (r: TabRow) => rowOf(rows, (x) => x === r);
    const plan = parse(rows);
    expect(plan.problems).toEqual([
      { message: 'Header row "Focus area" missing' },
      {
        message: `Mentor email "bea at example" in row ${at(mentor)} is not an email address`,
        row: at(mentor),
      },
      { message: "Reviewer email is empty", row: at(reviewer) },
      {
        message: `Meeting cadence "Fortnightly" in row ${at(cadence)} is unknown`,
        row: at(cadence),
      },
    ]);
    expect(plan.header).toMatchObject({ focusArea: "", reviewerEmail: "", cadence: null });
    expect(plan.header.mentor).toEqual({ name: "Bea Okafor", email: "" });
  });

  it("goals without a number or used twice; actions without a goal or for a goal not in GOALS", () => {
    const rows = buildTabRows(sample());
    const [g1, g2] = dataRows(rows, "goals");
    const [a1, a2, a3] = dataRows(rows, "actions");
    cellsOf(g2 as TabRow)[0] = 1; // so goal 2 is gone, and a3 (for goal 2) points nowhere
    const extraGoal = {
      cells: ["", "Learn to delegate", "", "", "In progress", ""],
      role: "data",
      section: "goals",
    } as TabRow;
    rows.splice(rows.indexOf(g2 as TabRow) + 1, 0, extraGoal);
    cellsOf(a1 as TabRow)[1] = "";
    cellsOf(a2 as TabRow)[1] = 7;
    const at = (r: TabRow | undefined) => rowOf(rows, (x) => x === r);
    const plan = parse(rows);
    expect(plan.problems).toEqual([
      { message: `Goal number 1 is used twice (rows ${at(g1)} and ${at(g2)})`, row: at(g2) },
      { message: `Goal in row ${at(extraGoal)} has no number`, row: at(extraGoal) },
      { message: `Action in row ${at(a1)} has no goal #`, row: at(a1) },
      { message: `Action in row ${at(a2)} is for goal 7, which is not in GOALS`, row: at(a2) },
      { message: `Action in row ${at(a3)} is for goal 2, which is not in GOALS`, row: at(a3) },
    ]);
    expect(plan.goals.map((g) => g.number)).toEqual([1, 1, 0]);
  });

  it("a check-in without a usable date is reported and left out", () => {
    const rows = buildTabRows(sample());
    const [c1] = dataRows(rows, "progress");
    cellsOf(c1 as TabRow)[0] = "";
    const plan = parse(rows);
    const row = rowOf(rows, (x) => x === c1);
    expect(plan.problems).toEqual([{ message: `Check-in in row ${row} has no date`, row }]);
    expect(plan.checkIns).toEqual([]);
  });

  it("rows that are not lists of cells, and grids that are not grids, never throw", () => {
    const rows = buildTabRows(sample());
    const broken = [...valuesOf(rows)] as unknown[];
    broken.splice(2, 0, null, 42, "text");
    const plan = parse(broken);
    expect(plan.problems).toEqual(
      [3, 4, 5].map((row) => ({ message: `Row ${row} could not be read`, row })),
    );
    expect(plan.goals).toEqual(sample().goals);
    for (const input of [null, undefined, 42, "grid", {}, [[]], []]) {
      const p = parse(input);
      expect(p.goals).toEqual([]);
      expect(p.problems.map((x) => x.message)).toContain("ACTIONS header missing");
    }
    expect(parse(null).problems[0]).toEqual({
      message: "Tab could not be read (no rows of cells)",
    });
  });

  it("even a grid whose cells throw when touched yields a plan with a Problem", () => {
    const hostile = new Proxy([], {
      get(_t, key) {
        if (key === "length") return 3;
        throw new Error("boom");
      },
    });
    const p = parse([hostile] as unknown);
    expect(p.problems).toEqual([{ message: "Tab could not be read (boom)" }]);
  });
});
