/**
 * The contract between the writer (plan-tab/layout) and the reader (plan-reading/parse-plan-tab): a tab exactly as
 * inserted reads back as the form that made it, with no problems, for every template.
 */
import { describe, expect, it } from "vitest";
import { parsePlanTab } from "../../../src/domain/plan-reading/parse-plan-tab";
import { FIRST_NEXT_STEP, layoutPlanTab } from "../../../src/domain/plan-tab/layout";
import { addDays, dateOfDay } from "../../../src/domain/sheet/calendar";
import { planFormSchema, TEMPLATE_IDS } from "../../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../../src/domain/templates";
import { goalsFromTemplate } from "../../../src/domain/templates/goals-from-template";

const TZ = "Pacific/Auckland";
const START = "2026-03-02";

/** What getValues returns after setValues: Sheets keeps the text after a leading apostrophe. */
const asStored = (v: unknown) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v);

describe.each(TEMPLATE_IDS)("a freshly inserted %s plan reads back as its form", (templateId) => {
  const form = planFormSchema.parse({
    menteeName: "=Ana López", // formula-like text stays text
    menteeEmail: "ana@example.org",
    mentorName: "Bea Okafor",
    mentorEmail: "bea@example.org",
    reviewerEmail: "hr@example.org",
    templateId,
    focusArea: "+1 people management",
    startDate: START,
    targetEndDate: "2026-05-31",
    cadence: "Weekly",
    mode: "Video",
    learningStyle: "Learning by doing",
    goals: goalsFromTemplate(templateById(templateId), START),
  });
  const model = layoutPlanTab({
    planId: "plan-0000abcd",
    form,
    template: templateById(templateId),
    timeZone: TZ,
    coordinatorEmail: "coord@example.org",
  });
  const plan = parsePlanTab({
    planId: "plan-0000abcd",
    sheetName: "Plan · Ana López",
    values: model.values.map((row) => row.map(asStored)),
    timeZone: TZ,
  });
  const day = (key: string) => dateOfDay(key, TZ);

  it("has no problems", () => {
    expect(plan.problems).toEqual([]);
  });

  it("has the header the form asked for", () => {
    expect(plan.header).toEqual({
      mentee: { name: "=Ana López", email: "ana@example.org" },
      mentor: { name: "Bea Okafor", email: "bea@example.org" },
      reviewerEmail: "hr@example.org",
      focusArea: "+1 people management",
      startDate: day(START),
      targetEndDate: day("2026-05-31"),
      cadence: "Weekly",
      mode: "Video",
      learningStyle: "Learning by doing",
      planStatus: "Active",
      // A new plan is active from its start date.
      statusSince: day(START),
      statusReason: "",
    });
  });

  it("has the form's goals and actions, not started, numbered as written", () => {
    expect(plan.goals).toEqual(
      form.goals.map((g, i) => ({
        number: i + 1,
        text: g.text,
        successCriteria: g.successCriteria,
        targetDate: day(g.targetDate),
        status: "Not started",
        attained: null,
        doneOn: null,
      })),
    );
    const actions = form.goals.flatMap((g, gi) =>
      g.actions.map((a) => ({ ...a, goalNumber: gi + 1 })),
    );
    expect(plan.actions).toEqual(
      actions.map((a, i) => ({
        number: i + 1,
        goalNumber: a.goalNumber,
        text: a.text,
        owner: a.owner,
        dueDate: day(addDays(START, a.dueInDays)),
        resources: a.resources,
        status: "Not started",
        doneOn: null,
      })),
    );
  });

  it("has no check-ins yet and the first next step", () => {
    expect(plan.checkIns).toEqual([]);
    expect(plan.nextSteps).toEqual([
      {
        step: FIRST_NEXT_STEP.text,
        owner: FIRST_NEXT_STEP.owner,
        byWhen: day(addDays(START, FIRST_NEXT_STEP.inDays)),
        done: false,
      },
    ]);
  });
});
