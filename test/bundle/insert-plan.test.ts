/**
 * Inserting a plan through the built bundle: "Insert new plan" makes a complete plan tab for a pair
 * (values, dropdowns, conditional formats, protection, plan id, frozen header) and a row for
 * it on the Dashboard, in a bounded number of service calls whatever the size of the program.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { TARGETS } from "../../scripts/bench/targets";
import { PLAN_STATUSES } from "../../src/domain/plan/vocabulary";
import { addDays, type DayKey } from "../../src/domain/sheet/calendar";
import type { SidebarState } from "../../src/domain/sidebar-contract/replies";
import type { TemplateId } from "../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../src/domain/templates";
import type { Environment } from "../emulator";
import {
  COORDINATOR,
  dashboardRowOf,
  dashboardTable,
  dayOf,
  emailName,
  insertPlan,
  openProgram,
  type Program,
  planForm,
  printCalls,
  rowLabelled,
  rowValues,
  START,
  TEMPLATE_IDS,
} from "./program-fixture";

const MENTEES: Record<TemplateId, string> = {
  "move-into-management": "Ana López",
  "career-transition": "Kwame Mensah",
  succession: "Sofia Rossi",
  "technical-skill": "Priya Nair",
  blank: "Tom Becker",
};

const GOAL_STATUSES = ["Not started", "In progress", "Done", "Dropped"];
const ACTION_STATUSES = ["Not started", "In progress", "Blocked", "Done", "Dropped"];
const OWNERS = ["Mentee", "Mentor", "Both"];
const ONE_TO_FIVE = ["1", "2", "3", "4", "5"];

/** The validation rule on a cell: its criteria and, for lists, the choices. */
function validationOf(env: Environment, sheet: string, a1: string) {
  const v = env.inspect.cell(sheet, a1).format.validation;
  if (!v) return null;
  return {
    criteria: v.criteria,
    choices: v.criteria === "VALUE_IN_LIST" ? v.values[0] : undefined,
    allowInvalid: v.allowInvalid,
  };
}

const list = (choices: string[]) => ({ criteria: "VALUE_IN_LIST", choices, allowInvalid: false });
const date = { criteria: "DATE_IS_VALID_DATE", choices: undefined, allowInvalid: false };

interface Inserted {
  templateId: TemplateId;
  planId: string;
  sheetName: string;
  sheetId: number;
  calls: number;
  roundTrips: number;
}

let program: Program;
const inserted: Inserted[] = [];

beforeAll(() => {
  program = openProgram();
  for (const templateId of TEMPLATE_IDS) {
    const form = planForm(templateId, { menteeName: MENTEES[templateId] });
    const m = program.env.calls.measure(() => insertPlan(program.bundle, form));
    inserted.push({ templateId, ...m.result, calls: m.calls, roundTrips: m.roundTrips });
  }
});

const at = (offset: number): DayKey => addDays(START, offset);

describe.each(TEMPLATE_IDS)("a plan inserted from the %s template", (templateId) => {
  const template = templateById(templateId);
  const mentee = MENTEES[templateId];
  const plan = () => inserted.find((p) => p.templateId === templateId) as Inserted;
  const values = () => program.env.inspect.sheetValues(plan().sheetName);

  test("gets its own visible tab named after the mentee, right after the Dashboard", () => {
    const { env } = program;
    expect(plan().sheetName).toBe(`Plan · ${mentee}`);
    expect(env.inspect.hasSheet(plan().sheetName)).toBe(true);
    expect(env.inspect.sheetState(plan().sheetName).hidden).toBe(false);
    expect(env.inspect.sheetState(plan().sheetName).id).toBe(plan().sheetId);
    expect(env.inspect.sheetNames()[0]).toBe("Dashboard");
  });

  test("starts with a title, the live summary (formulas) and the header block of the pair", () => {
    const v = values();
    const { env } = program;
    expect(v[0]?.[0]).toBe(`Mentoring action plan · ${mentee}`);
    expect(rowValues(v, 2, 4)).toEqual([
      "Completion",
      "Overdue actions",
      "Last check-in",
      "Live: updates as you edit this tab",
    ]);
    const summaryFormulas = env.inspect.formulas(plan().sheetName)[2]?.slice(0, 3) ?? [];
    expect(summaryFormulas.every((f) => f.startsWith("="))).toBe(true);
    expect(summaryFormulas[1]).toContain("TODAY()");

    const email = `${emailName(mentee)}@example.org`;
    const header = (label: string, width = 3) => rowValues(v, rowLabelled(v, label), width);
    expect(header("Mentee")).toEqual(["Mentee", mentee, email]);
    expect(header("Mentor")).toEqual(["Mentor", "Bea Okafor", "bea.okafor@example.org"]);
    expect(header("Reviewer")).toEqual(["Reviewer", "hr.partner@example.org", ""]);
    expect(header("Focus area", 2)).toEqual([
      "Focus area",
      "Moving into a first people-management role",
    ]);
    expect(dayOf(header("Start date", 2)[1])).toBe("2026-03-02");
    expect(dayOf(header("Target end date", 2)[1])).toBe("2026-05-31");
    expect(header("Meeting cadence", 2)).toEqual(["Meeting cadence", "Every two weeks"]);
    expect(header("Meeting mode", 2)).toEqual(["Meeting mode", "Video"]);
    expect(header("Learning style", 2)).toEqual(["Learning style", "Learning by doing"]);
    expect(header("Plan status", 2)).toEqual(["Plan status", "Active"]);
    const order = [
      "Mentee",
      "Mentor",
      "Reviewer",
      "Focus area",
      "Start date",
      "Target end date",
      "Meeting cadence",
      "Meeting mode",
      "Learning style",
      "Plan status",
    ].map((label) => rowLabelled(v, label));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  test("has the sections in order, each title followed by its column headers", () => {
    const v = values();
    const titles = [
      "STARTING POINT",
      "GOALS",
      "ACTIONS",
      "PROGRESS",
      "NEXT STEPS",
      "CHECKPOINTS",
      "FEEDBACK",
      "CAREER OUTCOMES",
    ];
    const rows = titles.map((t) => rowLabelled(v, t));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows[0]).toBeGreaterThan(rowLabelled(v, "Plan status"));
    const headersAfter = (title: string, width: number) =>
      rowValues(v, rowLabelled(v, title) + 1, width);
    expect(headersAfter("STARTING POINT", 5)).toEqual([
      "Skill",
      "Current level (1–5)",
      "Target level (1–5)",
      "Level at end (1–5)",
      "Notes",
    ]);
    expect(headersAfter("GOALS", 8)).toEqual([
      "#",
      "Goal",
      "Success criteria",
      "Target date",
      "Status",
      "Progress",
      "Attained",
      "Done on",
    ]);
    expect(headersAfter("ACTIONS", 8)).toEqual([
      "#",
      "Goal #",
      "Action",
      "Owner",
      "Due date",
      "Resources",
      "Status",
      "Done on",
    ]);
    expect(headersAfter("PROGRESS", 6)).toEqual([
      "Date",
      "Who attended",
      "Discussed",
      "Progress notes",
      "Blockers",
      "Mentee rating (1–5)",
    ]);
    expect(headersAfter("NEXT STEPS", 4)).toEqual(["Step", "Owner", "By when", "Done"]);
    expect(headersAfter("CHECKPOINTS", 6)).toEqual([
      "Checkpoint",
      "Goal #",
      "Month",
      "Due date",
      "Status",
      "Done on",
    ]);
    expect(headersAfter("FEEDBACK", 6)).toEqual([
      "Checkpoint",
      "Who",
      "Fit (is this pairing working?)",
      "Satisfaction (0–10)",
      "What helped",
      "What to change",
    ]);
    expect(headersAfter("CAREER OUTCOMES", 3)).toEqual([
      "Outcome",
      "What happened (evidence)",
      "Date",
    ]);
  });

  test("lists the template's skills, then Strengths and Areas to grow", () => {
    const v = values();
    const first = rowLabelled(v, "STARTING POINT") + 2;
    const skills = template.skills.map((_, i) => rowValues(v, first + i, 5));
    expect(skills).toEqual(template.skills.map((s) => [s.name, "", "", "", s.note]));
    expect(rowLabelled(v, "Strengths")).toBeGreaterThan(first + template.skills.length - 1);
    expect(rowLabelled(v, "Areas to grow")).toBe(rowLabelled(v, "Strengths") + 1);
  });

  test("writes the template's goals and their actions, numbered, with dates from the start", () => {
    const v = values();
    const firstGoal = rowLabelled(v, "GOALS") + 2;
    const goals = template.goals.map((_, i) => {
      const [n, text, criteria, target, status] = rowValues(v, firstGoal + i, 5);
      return [n, text, criteria, dayOf(target), status];
    });
    expect(goals).toEqual(
      template.goals.map((g, i) => [
        i + 1,
        g.text,
        g.successCriteria,
        at(g.targetInDays),
        "Not started",
      ]),
    );
    // The rows after the goals are left blank to work in, up to the next section.
    const blankGoalRows = v
      .slice(firstGoal - 1 + template.goals.length, rowLabelled(v, "ACTIONS") - 1)
      .filter((line) => line.slice(1, 5).every((c) => c === ""));
    expect(blankGoalRows.length).toBeGreaterThanOrEqual(4);

    const firstAction = rowLabelled(v, "ACTIONS") + 2;
    const expected = template.goals.flatMap((g, gi) =>
      g.actions.map((a) => [
        gi + 1,
        a.text,
        a.owner,
        at(a.dueInDays),
        a.resources,
        "Not started",
        "",
      ]),
    );
    const actions = expected.map((_, i) => {
      const [n, goal, text, owner, due, resources, status, doneOn] = rowValues(
        v,
        firstAction + i,
        8,
      );
      return { n, row: [goal, text, owner, dayOf(due), resources, status, doneOn] };
    });
    expect(actions.map((a) => a.n)).toEqual(expected.map((_, i) => i + 1));
    expect(actions.map((a) => a.row)).toEqual(expected);
    const blankActionRows = v
      .slice(firstAction - 1 + expected.length, rowLabelled(v, "PROGRESS") - 1)
      .filter((line) => line.slice(2, 8).every((c) => c === ""));
    expect(blankActionRows.length).toBeGreaterThanOrEqual(32 - expected.length);
  });

  test("leaves an empty check-in log and one first next step", () => {
    const v = values();
    const firstCheckIn = rowLabelled(v, "PROGRESS") + 2;
    const log = v.slice(firstCheckIn - 1, rowLabelled(v, "NEXT STEPS") - 1);
    expect(log.length).toBeGreaterThanOrEqual(20);
    expect(log.every((line) => line.every((c) => c === ""))).toBe(true);
    const [step, owner, byWhen, done] = rowValues(v, rowLabelled(v, "NEXT STEPS") + 2, 4);
    expect([step, owner, dayOf(byWhen), done]).toEqual([
      "Hold the first check-in: agree the goals, how often to meet and how to log progress",
      "Both",
      at(7),
      "No",
    ]);
  });

  test("has dropdowns for statuses, owners, ratings and levels, and date validation on dates", () => {
    const { env } = program;
    const name = plan().sheetName;
    const v = values();
    const header = (label: string) => `B${rowLabelled(v, label)}`;
    const goal = rowLabelled(v, "GOALS") + 2;
    const action = rowLabelled(v, "ACTIONS") + 2;
    const lastAction = rowLabelled(v, "PROGRESS") - 2;
    const checkIn = rowLabelled(v, "PROGRESS") + 2;
    const step = rowLabelled(v, "NEXT STEPS") + 2;
    const skill = rowLabelled(v, "STARTING POINT") + 2;
    const cases: [string, unknown][] = [
      [header("Start date"), date],
      [header("Target end date"), date],
      [header("Meeting cadence"), list(["Weekly", "Every two weeks", "Monthly"])],
      [header("Meeting mode"), list(["In person", "Video", "Chat"])],
      [header("Plan status"), list([...PLAN_STATUSES])],
      [`B${skill}`, list(ONE_TO_FIVE)],
      [`C${skill + 5}`, list(ONE_TO_FIVE)],
      [`D${goal}`, date],
      [`E${goal}`, list(GOAL_STATUSES)],
      [`E${goal + 7}`, list(GOAL_STATUSES)],
      [`D${action}`, list(OWNERS)],
      [`E${action}`, date],
      [`G${action}`, list(ACTION_STATUSES)],
      [`G${lastAction}`, list(ACTION_STATUSES)],
      [`H${action}`, date],
      [`A${checkIn}`, date],
      [`F${checkIn}`, list(ONE_TO_FIVE)],
      [`B${step}`, list(OWNERS)],
      [`C${step}`, date],
      [`D${step}`, list(["Yes", "No"])],
      // Free text and labels have none.
      ["A1", null],
      [`C${action}`, null],
      [`A${goal - 1}`, null],
    ];
    for (const [a1, expected] of cases) {
      expect({ a1, rule: validationOf(env, name, a1) }).toEqual({ a1, rule: expected });
    }
  });

  test("highlights overdue actions and greys closed ones with conditional formats", () => {
    const { env } = program;
    const v = values();
    const first = rowLabelled(v, "ACTIONS") + 2;
    const last = rowLabelled(v, "PROGRESS") - 2;
    const rules = env.inspect.conditionalRules(plan().sheetName);
    const overdue = rules.find((r) => r.format.background === "#f4cccc");
    expect(overdue?.a1).toEqual([`A${first}:H${last}`]);
    expect(overdue?.criteria).toBe("CUSTOM_FORMULA");
    // Due (column E) before today, and the status (column G) neither Done nor Dropped.
    expect(overdue?.values[0]).toBe(
      `=AND(ISNUMBER($E${first}),$E${first}<TODAY(),$G${first}<>"Done",$G${first}<>"Dropped")`,
    );
    const closed = rules.find((r) => r.format.fontColor === "#5f6368");
    expect(closed?.a1).toEqual([`A${first}:H${last}`]);
    const goal = rowLabelled(v, "GOALS") + 2;
    const doneGoal = rules.find((r) => r.format.background === "#d9ead3");
    expect(doneGoal?.values[0]).toBe(`=$E${goal}="Done"`);
  });

  test("protects labels and headers for the coordinator; the pair edits the content cells", () => {
    const { env } = program;
    const name = plan().sheetName;
    const v = values();
    const protections = env.inspect.protections(name);
    // Labels and headers only, range by range, so pairs can insert rows between them.
    expect(protections.length).toBeGreaterThanOrEqual(7);
    for (const p of protections) {
      expect(p.type).toBe("RANGE");
      expect(p.editors).toEqual([COORDINATOR]);
      expect(p.warningOnly).toBe(false);
    }

    // Protection as Sheets enforces it for a user who is not an editor of it:
    // https://developers.google.com/apps-script/reference/spreadsheet/protection
    const sheet = env.spreadsheet.getSheetByName(name);
    const tryAs = (user: string, a1: string, value = "edited") => {
      env.setUser(user);
      try {
        env.runExecution(() => sheet?.getRange(a1).setValue(value));
        return "edited";
      } catch (error) {
        return String((error as Error).message).includes("protected") ? "refused" : String(error);
      } finally {
        env.setUser(COORDINATOR);
      }
    };
    const mentee = "mentee.pair@example.org";
    const action = rowLabelled(v, "ACTIONS") + 2;
    const checkIn = rowLabelled(v, "PROGRESS") + 2;
    const labels = [
      "A1",
      `A${rowLabelled(v, "Mentee")}`,
      `A${rowLabelled(v, "GOALS")}`,
      `C${rowLabelled(v, "ACTIONS") + 1}`,
    ];
    for (const a1 of labels)
      expect({ a1, result: tryAs(mentee, a1) }).toEqual({ a1, result: "refused" });
    const content: [string, string][] = [
      [`C${action + 20}`, "Ask for a stretch project"],
      [`B${checkIn}`, "Ana and Bea"],
      [`B${rowLabelled(v, "Strengths")}`, "Calm under pressure"],
      [`B${rowLabelled(v, "Meeting mode")}`, "In person"],
      [`G${action}`, "Done"],
    ];
    for (const [a1, value] of content) {
      expect({ a1, result: tryAs(mentee, a1, value) }).toEqual({ a1, result: "edited" });
    }
  });

  test("carries its plan id as developer metadata and freezes the title and summary", () => {
    const { env } = program;
    const name = plan().sheetName;
    expect(env.inspect.metadata(name).map((m) => [m.key, m.value])).toEqual([
      ["mentoringActionPlan.planId", plan().planId],
    ]);
    expect(plan().planId).toMatch(/^plan-[0-9a-f]{12}$/);
    expect(env.inspect.sheetState(name).frozenRows).toBe(3);
    expect(env.inspect.sheetState(name).columnWidths[2]).toBe(250);
  });

  test("gets a Dashboard row that links to its tab", () => {
    const { env } = program;
    const row = dashboardRowOf(env, plan().planId);
    const goals = template.goals.length;
    const actions = template.goals.reduce((n, g) => n + g.actions.length, 0);
    expect({ ...row, Start: dayOf(row.Start), "Target end": dayOf(row["Target end"]) }).toEqual({
      Plan: plan().sheetName,
      Mentee: mentee,
      Mentor: "Bea Okafor",
      Reviewer: "hr.partner@example.org",
      Focus: "Moving into a first people-management role",
      Start: "2026-03-02",
      "Target end": "2026-05-31",
      "Goals done": 0,
      "Goals active": goals,
      "Actions done": 0,
      "Actions active": actions,
      Completion: 0,
      "Overdue actions": 0,
      "Last check-in": "",
      "Days since check-in": "",
      Health: "On track",
      Why: "0% done, 0% of the time gone",
      // Started today: the fit check is due 30 days on.
      "Next checkpoint": "Fit check · due 2026-04-01",
      "Satisfaction (mentee)": "",
      Fit: "",
      Problems: "",
      "Plan id": plan().planId,
    });
    const table = dashboardTable(env);
    const i = table.rows.findIndex((r) => r["Plan id"] === plan().planId);
    expect(table.links[i]).toBe(`=HYPERLINK("#gid=${plan().sheetId}","${plan().sheetName}")`);
    // Shown as the Dashboard formats it, also for a row appended by an insert.
    expect(table.displayed[i]?.Completion).toBe("0%");
    expect(table.displayed[i]?.Start).toBe("2026-03-02");
  });
});

describe("the program after five inserts", () => {
  test("has one tab per plan, the Dashboard first, the template tab hidden at the end", () => {
    const { env } = program;
    const names = env.inspect.sheetNames();
    expect(names[0]).toBe("Dashboard");
    expect(names.filter((n) => n.startsWith("Plan · ")).sort()).toEqual(
      Object.values(MENTEES)
        .map((m) => `Plan · ${m}`)
        .sort(),
    );
    const template = names[names.length - 1] as string;
    expect(template).toMatch(/^Plan template · layout [0-9a-z]+ \(used by the add-on\)$/);
    expect(env.inspect.sheetState(template).hidden).toBe(true);
    // The template is not a plan: no plan id, and not on the Dashboard.
    expect(env.inspect.metadata(template).map((m) => m.key)).not.toContain(
      "mentoringActionPlan.planId",
    );
    expect(dashboardTable(env).rows).toHaveLength(5);
    // Inserts append rows; the totals are a refresh's (the first insert made them for none).
    expect(dashboardTable(env).totals.get("Pairs")).toBe(0);
  });

  test("plan tabs are small enough for thousands in one spreadsheet (10 million cells at most)", () => {
    // https://support.google.com/drive/answer/37603: up to 10 million cells per spreadsheet.
    const { env } = program;
    for (const p of inserted) {
      const { maxRows, maxColumns } = env.inspect.size(p.sheetName);
      // The plan's rows and some spare ones, not a new sheet's 1,000.
      const used = env.inspect.sheetValues(p.sheetName).length;
      expect(maxRows).toBeGreaterThanOrEqual(used + 20);
      expect(maxRows).toBeLessThanOrEqual(170);
      // Columns A:H only, not a new sheet's 26: about 1,200 cells a plan.
      expect(maxColumns).toBe(8);
      expect(maxRows * maxColumns * 5000).toBeLessThan(10_000_000);
    }
  });

  test("the sidebar's state lists every new plan", () => {
    const state = program.bundle.call<SidebarState>("getSidebarState");
    expect(state.plans).toEqual(
      inserted.map((p) => ({
        planId: p.planId,
        sheetName: p.sheetName,
        menteeName: MENTEES[p.templateId],
        mentorName: "Bea Okafor",
        health: "On track — 0% done, 0% of the time gone",
      })),
    );
  });

  test(`each insert after the first costs at most ${TARGETS.insertCalls} service calls (printed)`, () => {
    printCalls(
      "Service calls per insert (the first one also builds the template tab and the Dashboard)",
      inserted.map((p, i) => ({
        insert: i + 1,
        template: p.templateId,
        calls: p.calls,
        "round trips": p.roundTrips,
      })),
    );
    const [first, ...next] = inserted;
    expect(first?.calls).toBeGreaterThan(next[0]?.calls ?? 0);
    for (const p of next) expect(p.calls).toBeLessThanOrEqual(TARGETS.insertCalls);
  });
});

describe("the cost of an insert does not grow with the program", () => {
  test("the 41st insert costs what the 2nd did: one read of the tab list by metadata, one of the Dashboard (is the mentee new?), one setValues", () => {
    const { env, bundle } = openProgram();
    const form = (i: number) =>
      planForm("move-into-management", { menteeName: `Mentee ${String(i).padStart(2, "0")}` });
    insertPlan(bundle, form(0));
    const second = env.calls.measure(() => insertPlan(bundle, form(1)));
    for (let i = 2; i < 40; i++) insertPlan(bundle, form(i));
    const later = env.calls.measure(() => insertPlan(bundle, form(40)));
    printCalls("Service calls of an insert as the program grows", [
      { plans: 1, calls: second.calls, "round trips": second.roundTrips },
      { plans: 40, calls: later.calls, "round trips": later.roundTrips },
    ]);
    expect(later.calls).toBe(second.calls);
    expect(later.byMethod).toEqual(second.byMethod);
    expect(later.calls).toBeLessThanOrEqual(TARGETS.insertCalls);
    expect(later.byMethod["Range.setValues"]).toBe(1);
    expect(later.byMethod["Range.getValues"]).toBe(1);
    expect(later.byMethod["DeveloperMetadataFinder.find"]).toBe(1);
    expect(dashboardTable(env).rows).toHaveLength(41);
  });
});
