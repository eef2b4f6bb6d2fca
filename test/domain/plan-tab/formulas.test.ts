/**
 * The plan tab's live summary formulas, evaluated by a real formula engine (HyperFormula) over
 * the layout's own values, and compared with the domain's definitions (progress.ts,
 * check-ins.ts) applied to what the parser reads from the same sheet.
 */
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { lastCheckIn } from "../../../src/domain/plan/check-ins";
import {
  goalProgress,
  isActiveGoal,
  isOverdue,
  PROGRESS_CAP,
  planCompletion,
} from "../../../src/domain/plan/progress";
import { ACTION_STATUSES, GOAL_STATUSES } from "../../../src/domain/plan/vocabulary";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { NO_CHECK_IN_YET } from "../../../src/domain/plan-tab/formulas";
import { layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import { COLUMN } from "../../../src/domain/plan-tab/sections";
import type { PlanTabModel } from "../../../src/domain/plan-tab/tab-model";
import { addDays, type DayKey, dayKey } from "../../../src/domain/sheet/calendar";
import type { TemplateId } from "../../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../../src/domain/templates";
import { planForm, START } from "../support/plan-form-fixture";
import { dayOfSerial, PlanTabSheet } from "../support/plan-tab-sheet";

const TZ = "Europe/Madrid";
/** HyperFormula's TODAY() reads the (faked) clock; noon UTC is the same day in Madrid. */
const TODAY: DayKey = "2026-04-20";

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00Z`));
});
afterEach(() => {
  vi.useRealTimers();
});

function tab(templateId: TemplateId = "move-into-management", overrides = {}) {
  const model = layoutPlanTab({
    planId: "plan-0a1b2c3d",
    form: planForm(templateId, overrides),
    template: templateById(templateId),
    timeZone: TZ,
    coordinatorEmail: "c@example.org",
  });
  return { model, sheet: new PlanTabSheet(model, TZ) };
}

/** The summary as the pair sees it, and the same three numbers from the domain code. */
function compare(model: PlanTabModel, sheet: PlanTabSheet) {
  const { summary } = model.positions;
  const plan = parsePlanTab({
    planId: model.planId,
    sheetName: "t",
    values: sheet.readBack(),
    timeZone: TZ,
  });
  const last = sheet.value(summary.lastCheckInA1);
  const domainLast = lastCheckIn(plan.checkIns, TODAY, TZ);
  return {
    formulas: {
      completion: sheet.value(summary.completionA1),
      overdue: sheet.value(summary.overdueA1),
      lastCheckIn: typeof last === "number" ? dayOfSerial(last) : last,
    },
    domain: {
      completion: planCompletion(plan),
      overdue: plan.actions.filter((a) => isOverdue(a, TODAY, TZ)).length,
      lastCheckIn: domainLast ? dayKey(domainLast.date, TZ) : NO_CHECK_IN_YET,
    },
    plan,
  };
}

/** Same numbers (HyperFormula rounds results to 11 significant digits, hence toBeCloseTo). */
function expectAgree(
  formulas: ReturnType<typeof compare>["formulas"],
  domain: ReturnType<typeof compare>["domain"],
) {
  expect(formulas.completion).toBeCloseTo(domain.completion, 9);
  expect(formulas.overdue).toBe(domain.overdue);
  expect(formulas.lastCheckIn).toBe(domain.lastCheckIn);
}

const actionRows = (m: PlanTabModel) => {
  const s = m.positions.sections.actions;
  const rows: number[] = [];
  for (let r = s.firstRow; r <= s.lastRow; r++) if (m.values[r - 1]?.[2] !== "") rows.push(r);
  return rows;
};
const goalRow = (m: PlanTabModel, n: number) => m.positions.sections.goals.firstRow + n - 1;
const progressOf = (m: PlanTabModel, sheet: PlanTabSheet, n: number) =>
  sheet.valueAt(goalRow(m, n), COLUMN.goals.progress);

describe("live summary on a new plan", () => {
  it("shows 0 % before anything is done, counts overdue actions and no check-in yet", () => {
    const { model, sheet } = tab();
    const { formulas, domain } = compare(model, sheet);
    expect(formulas.completion).toBe(0);
    // Due dates before 2026-04-20 (start 2026-03-02 + dueInDays < 49) are overdue.
    const expectedOverdue = planForm("move-into-management")
      .goals.flatMap((g) => g.actions)
      .filter((a) => addDays(START, a.dueInDays) < TODAY).length;
    expect(expectedOverdue).toBeGreaterThan(0);
    expect(formulas.overdue).toBe(expectedOverdue);
    expect(formulas.lastCheckIn).toBe(NO_CHECK_IN_YET);
    expectAgree(formulas, domain);
  });

  it("shows no overdue action when everything is due after today", () => {
    const { model, sheet } = tab("succession", { startDate: TODAY, targetEndDate: "2026-12-31" });
    expect(sheet.value(model.positions.summary.overdueA1)).toBe(0);
  });
});

describe("goal progress and completion", () => {
  it("all actions done but goals open: each goal at 99 %, never 100 %", () => {
    const { model, sheet } = tab();
    for (const r of actionRows(model)) sheet.setAt(r, COLUMN.actions.status, "Done");
    for (let n = 1; n <= 4; n++) expect(progressOf(model, sheet, n)).toBe(PROGRESS_CAP);
    const { formulas, domain } = compare(model, sheet);
    expect(formulas.completion).toBeCloseTo(0.99, 10);
    expect(formulas.overdue).toBe(0);
    expectAgree(formulas, domain);
  });

  it("all goals Done: 100 %", () => {
    const { model, sheet } = tab();
    for (let n = 1; n <= 4; n++) sheet.setAt(goalRow(model, n), COLUMN.goals.status, "Done");
    const { formulas, domain } = compare(model, sheet);
    expect(formulas.completion).toBe(1);
    expect(formulas.completion).toBe(domain.completion);
  });

  it("counts done over active actions, Dropped actions excluded", () => {
    const { model, sheet } = tab();
    // Goal 2 has 4 actions (rows 4–7 of the actions): 1 Done, 1 Dropped → 1 / 3.
    const rows = actionRows(model).filter((r) => model.values[r - 1]?.[1] === 2);
    expect(rows).toHaveLength(4);
    sheet.setAt(rows[0] as number, COLUMN.actions.status, "Done");
    sheet.setAt(rows[1] as number, COLUMN.actions.status, "Dropped");
    expect(progressOf(model, sheet, 2)).toBeCloseTo(1 / 3, 10);
    expect(compare(model, sheet).formulas.completion).toBeCloseTo(1 / 3 / 4, 10);
  });

  it("Dropped goals show no progress and do not count in completion", () => {
    const { model, sheet } = tab();
    const goal1 = actionRows(model).filter((r) => model.values[r - 1]?.[1] === 1);
    for (const r of goal1) sheet.setAt(r, COLUMN.actions.status, "Done");
    for (const n of [2, 3, 4]) sheet.setAt(goalRow(model, n), COLUMN.goals.status, "Dropped");
    expect(progressOf(model, sheet, 2)).toBe("");
    const { formulas, domain } = compare(model, sheet);
    expect(formulas.completion).toBeCloseTo(0.99, 10);
    expectAgree(formulas, domain);
    // Every goal dropped: no active goal, 0.
    sheet.setAt(goalRow(model, 1), COLUMN.goals.status, "Dropped");
    expect(compare(model, sheet).formulas.completion).toBe(0);
  });

  it("a goal with no actions is at 0, and so is one whose actions are all dropped", () => {
    const goals = [
      {
        text: "Read two books",
        successCriteria: "Notes shared",
        targetDate: "2026-05-01",
        actions: [],
      },
      { text: "Give a talk", successCriteria: "Talk given", targetDate: "2026-05-01", actions: [] },
    ];
    const { model, sheet } = tab("blank", { focusArea: "Own focus", goals });
    expect(progressOf(model, sheet, 1)).toBe(0);
    expect(compare(model, sheet).formulas.completion).toBe(0);
    // One action for goal 2, done: goal 2 at 99 %, completion (0 + 0.99) / 2.
    const a = model.positions.sections.actions.firstRow;
    sheet.setAt(a, COLUMN.actions.goalNumber, 2);
    sheet.setAt(a, COLUMN.actions.text, "Draft the talk");
    sheet.setAt(a, COLUMN.actions.status, "Done");
    expect(compare(model, sheet).formulas.completion).toBeCloseTo(0.495, 10);
    sheet.setAt(a, COLUMN.actions.status, "Dropped");
    expect(progressOf(model, sheet, 2)).toBe(0);
  });

  it("blank goal rows neither show progress nor count", () => {
    const { model, sheet } = tab();
    const blank = goalRow(model, 5);
    expect(sheet.valueAt(blank, COLUMN.goals.progress)).toBe("");
    sheet.setAt(blank, COLUMN.goals.number, 5); // a number alone is template filler
    sheet.setAt(blank, COLUMN.goals.status, "Not started");
    expect(sheet.valueAt(blank, COLUMN.goals.progress)).toBe("");
    const { formulas, domain } = compare(model, sheet);
    expectAgree(formulas, domain);
  });
});

describe("overdue actions and last check-in", () => {
  it("counts an action overdue from the day after its due date until it is Done or Dropped", () => {
    const { model, sheet } = tab("technical-skill", {
      startDate: "2026-04-01",
      targetEndDate: "2026-07-01",
    });
    const rows = actionRows(model);
    for (const r of rows) sheet.setDayAt(r, COLUMN.actions.dueDate, "2026-06-01");
    const [a, b, c] = rows as [number, number, number];
    sheet.setDayAt(a, COLUMN.actions.dueDate, TODAY); // due today: not overdue yet
    sheet.setDayAt(b, COLUMN.actions.dueDate, "2026-04-19");
    sheet.setDayAt(c, COLUMN.actions.dueDate, "2026-03-01");
    expect(compare(model, sheet).formulas.overdue).toBe(2);
    sheet.setAt(b, COLUMN.actions.status, "Done");
    sheet.setAt(c, COLUMN.actions.status, "Dropped");
    expect(compare(model, sheet).formulas.overdue).toBe(0);
    sheet.setAt(c, COLUMN.actions.status, "Blocked");
    const { formulas, domain } = compare(model, sheet);
    expect(formulas.overdue).toBe(1);
    expectAgree(formulas, domain);
  });

  it("shows the latest check-in on or before today (a planned one does not count)", () => {
    const { model, sheet } = tab();
    const p = model.positions.sections.progress.firstRow;
    sheet.setDayAt(p, 1, "2026-03-10");
    sheet.setAt(p, 2, "Ana, Bea");
    sheet.setDayAt(p + 1, 1, "2026-04-07");
    sheet.setDayAt(p + 2, 1, "2026-05-05"); // planned
    const { formulas, domain } = compare(model, sheet);
    expect(formulas.lastCheckIn).toBe("2026-04-07");
    expectAgree(formulas, domain);
  });
});

describe("formulas survive rows inserted inside sections", () => {
  it("an action added in an inserted row counts towards its goal and the summary", () => {
    const { model, sheet } = tab();
    const s = model.positions.sections;
    const at = s.actions.firstRow + 2; // inside the block
    sheet.insertRowsBefore(at, 2);
    sheet.setAt(at, COLUMN.actions.goalNumber, 1);
    sheet.setAt(at, COLUMN.actions.text, "Extra action");
    sheet.setAt(at, COLUMN.actions.status, "Done");
    sheet.setDayAt(at + 1, COLUMN.actions.dueDate, "2026-01-01");
    sheet.setAt(at + 1, COLUMN.actions.text, "Old overdue one");
    sheet.setAt(at + 1, COLUMN.actions.goalNumber, 3);
    // Goal 1 had 3 actions: now 1 done of 4.
    expect(progressOf(model, sheet, 1)).toBeCloseTo(1 / 4, 10);
    const { formulas, domain } = compare(model, sheet);
    expectAgree(formulas, domain);
    expect(sheet.formula(model.positions.summary.overdueA1)).toContain(
      `$G$${s.actions.lastRow + 2}`,
    );
  });

  it("check-ins in rows inserted into PROGRESS and goals in rows inserted into GOALS are seen", () => {
    const { model, sheet } = tab();
    const s = model.positions.sections;
    // Insert into PROGRESS first (below GOALS), so GOALS rows keep their numbers.
    sheet.insertRowsBefore(s.progress.firstRow + 1, 1);
    sheet.setDayAt(s.progress.firstRow + 1, 1, "2026-04-15");
    sheet.insertRowsBefore(goalRow(model, 2), 1);
    // The inserted goal row has no Progress formula (Sheets does not copy formulas into inserted
    // rows): the pair's new goal is not in the live completion until the formula is filled down.
    sheet.setAt(goalRow(model, 2), COLUMN.goals.text, "Inserted goal");
    const completion = sheet.formula(model.positions.summary.completionA1);
    expect(completion).toContain(`$F$${s.goals.lastRow + 1}`);
    expect(dayOfSerial(sheet.value(model.positions.summary.lastCheckInA1) as number)).toBe(
      "2026-04-15",
    );
  });
});

describe("formulas agree with the domain definitions on any plan state", () => {
  it("completion, per-goal progress, overdue count and last check-in", () => {
    const { model } = tab();
    const goalsRows = [1, 2, 3, 4].map((n) => goalRow(model, n));
    const rows = actionRows(model);
    const extraRow = model.positions.sections.actions.firstRow + rows.length; // a blank row
    const checkInRow = model.positions.sections.progress.firstRow;
    const day = fc.integer({ min: -60, max: 60 }).map((d) => addDays(TODAY, d));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GOAL_STATUSES), { minLength: 4, maxLength: 4 }),
        fc.array(
          fc.record({ status: fc.constantFrom(...ACTION_STATUSES, ""), due: fc.option(day) }),
          {
            minLength: rows.length,
            maxLength: rows.length,
          },
        ),
        fc.option(
          fc.record({
            goal: fc.integer({ min: 1, max: 5 }),
            status: fc.constantFrom(...ACTION_STATUSES),
          }),
        ),
        fc.array(day, { maxLength: 4 }),
        (goalStatuses, actions, extra, checkIns) => {
          const sheet = new PlanTabSheet(model, TZ);
          goalStatuses.forEach((st, i) => {
            sheet.setAt(goalsRows[i] as number, COLUMN.goals.status, st);
          });
          actions.forEach((a, i) => {
            const r = rows[i] as number;
            sheet.setAt(r, COLUMN.actions.status, a.status);
            if (a.due) sheet.setDayAt(r, COLUMN.actions.dueDate, a.due);
            else sheet.setAt(r, COLUMN.actions.dueDate, "");
          });
          if (extra) {
            sheet.setAt(extraRow, COLUMN.actions.goalNumber, extra.goal);
            sheet.setAt(extraRow, COLUMN.actions.text, "Extra");
            sheet.setAt(extraRow, COLUMN.actions.status, extra.status);
          }
          checkIns.forEach((d, i) => {
            sheet.setDayAt(checkInRow + i, 1, d);
          });
          const { formulas, domain, plan } = compare(model, sheet);
          expect(formulas.completion).toBeCloseTo(domain.completion, 9);
          expect(formulas.overdue).toBe(domain.overdue);
          expect(formulas.lastCheckIn).toBe(domain.lastCheckIn);
          for (const goal of plan.goals) {
            const shown = progressOf(model, sheet, goal.number);
            if (isActiveGoal(goal)) expect(shown).toBeCloseTo(goalProgress(goal, plan.actions), 9);
            else expect(shown).toBe("");
          }
        },
      ),
      { numRuns: 40 },
    );
    // 40 whole sheets evaluated by HyperFormula (the checkpoints' formulas included): slow on a
    // loaded machine, never a timed assertion.
  }, 120_000);
});
