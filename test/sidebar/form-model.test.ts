// The new-plan form's logic: defaults, templates, dates that follow the start date,
// goals editing, and the same checks as the server's planFormSchema.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionDueDate,
  actionLimitReached,
  addAction,
  addGoal,
  applyTemplate,
  changeStartDate,
  changeTargetEndDate,
  checkPlanDraft,
  DEFAULT_PLAN_DAYS,
  editAction,
  editGoal,
  goalsWereEdited,
  newPlanDraft,
  PLAN_FIELD_ORDER,
  type PlanDraft,
  planErrorSlots,
  removeAction,
  removeGoal,
  toPlanFormInput,
} from "../../sidebar/form-model";
import { dateAfter, daysBetween } from "../../src/domain/sheet/calendar";
import type { TemplateChoice } from "../../src/domain/sidebar-contract/replies";
import {
  MAX_GOAL_ACTIONS,
  MAX_PLAN_ACTIONS,
  MAX_PLAN_GOALS,
  planFormSchema,
} from "../../src/domain/sidebar-contract/schemas";
import { sidebarState } from "./fixtures";

const state = sidebarState();
const templates = state.templates;
const byId = (id: string): TemplateChoice => {
  const t = templates.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

/** A draft with the pair filled in, as a coordinator would type it. */
function filled(draft: PlanDraft = newPlanDraft(state)): PlanDraft {
  return {
    ...draft,
    menteeName: "Ana López",
    menteeEmail: "ana@example.com",
    mentorName: "Bruno Díaz",
    mentorEmail: "bruno@example.com",
    learningStyle: "Observing others",
  };
}

describe("dateAfter", () => {
  it("adds calendar days across month, year and leap-day boundaries", () => {
    expect(dateAfter("2025-03-03", 90)).toBe("2025-06-01");
    expect(dateAfter("2024-12-15", 30)).toBe("2025-01-14");
    expect(dateAfter("2024-02-28", 1)).toBe("2024-02-29");
    expect(dateAfter("2023-02-28", 1)).toBe("2023-03-01");
  });

  it("gives nothing for a date the browser has not finished (empty or partial)", () => {
    expect(dateAfter("", 90)).toBe("");
    expect(dateAfter("2025-3-3", 90)).toBe("");
  });
});

describe("newPlanDraft", () => {
  it("defaults the reviewer to the coordinator, the start to today, the end to start + 90 days", () => {
    const draft = newPlanDraft(state);
    expect(draft.reviewerEmail).toBe("coordinator@example.com");
    expect(draft.startDate).toBe("2025-03-03");
    expect(draft.targetEndDate).toBe("2025-06-01");
    expect(daysBetween(draft.startDate, draft.targetEndDate)).toBe(DEFAULT_PLAN_DAYS);
  });

  it("starts from the first template, its goals dated from the start date", () => {
    const first = templates[0] as TemplateChoice;
    const draft = newPlanDraft(state);
    expect(draft.templateId).toBe(first.id);
    expect(draft.focusArea).toBe(first.focusArea);
    expect(draft.goals.map((g) => g.text)).toEqual(first.goals.map((g) => g.text));
    draft.goals.forEach((goal, i) => {
      expect(daysBetween("2025-03-03", goal.targetDate)).toBe(first.goals[i]?.targetInDays);
      expect(goal.actions).toEqual(first.goals[i]?.actions);
    });
  });

  it("works with no templates at all (the form still asks for one)", () => {
    const draft = newPlanDraft({ ...state, templates: [] });
    expect(draft.templateId).toBe("");
    expect(draft.goals).toEqual([]);
    const check = checkPlanDraft(filled(draft));
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.fieldErrors.templateId).toBe("Choose a template.");
  });

  it("with each built-in template and the pair typed in, passes the server's schema", () => {
    for (const template of templates) {
      const draft = filled(applyTemplate(newPlanDraft(state), template, templates));
      const withFocus = draft.focusArea ? draft : { ...draft, focusArea: "Own goals" };
      const check = checkPlanDraft(withFocus);
      expect(check, template.id).toMatchObject({ ok: true });
    }
  });
});

describe("applyTemplate", () => {
  it("replaces the goals and the suggested focus area", () => {
    const draft = newPlanDraft(state);
    const succession = byId("succession");
    const next = applyTemplate(draft, succession, templates);
    expect(next.templateId).toBe("succession");
    expect(next.focusArea).toBe(succession.focusArea);
    expect(next.goals.map((g) => g.text)).toEqual(succession.goals.map((g) => g.text));
  });

  it("keeps a focus area the coordinator wrote", () => {
    const draft = { ...newPlanDraft(state), focusArea: "Leading the platform team" };
    const next = applyTemplate(draft, byId("technical-skill"), templates);
    expect(next.focusArea).toBe("Leading the platform team");
  });

  it("the blank template leaves no goals and no focus area to keep", () => {
    const next = applyTemplate(newPlanDraft(state), byId("blank"), templates);
    expect(next.goals).toEqual([]);
    expect(next.focusArea).toBe("");
  });

  it("dates the goals from the current start date, not today", () => {
    const draft = changeStartDate(newPlanDraft(state), "2025-09-01");
    const next = applyTemplate(draft, byId("career-transition"), templates);
    next.goals.forEach((goal, i) => {
      expect(goal.targetDate).toBe(
        dateAfter("2025-09-01", byId("career-transition").goals[i]?.targetInDays ?? -1),
      );
    });
  });
});

describe("changeStartDate", () => {
  it("moves the end date and the template's goal dates along", () => {
    const next = changeStartDate(newPlanDraft(state), "2025-04-01");
    expect(next.targetEndDate).toBe("2025-06-30");
    const first = templates[0] as TemplateChoice;
    next.goals.forEach((goal, i) => {
      expect(daysBetween("2025-04-01", goal.targetDate)).toBe(first.goals[i]?.targetInDays);
    });
  });

  it("leaves dates the coordinator picked by hand", () => {
    let draft = changeTargetEndDate(newPlanDraft(state), "2025-12-31");
    draft = editGoal(draft, 0, "targetDate", "2025-05-05");
    const next = changeStartDate(draft, "2025-04-01");
    expect(next.targetEndDate).toBe("2025-12-31");
    expect(next.goals[0]?.targetDate).toBe("2025-05-05");
    expect(next.goals[1]?.targetDate).toBe(
      dateAfter("2025-04-01", (templates[0] as TemplateChoice).goals[1]?.targetInDays ?? -1),
    );
  });

  it("keeps the last good dates while the start date is half typed", () => {
    const draft = newPlanDraft(state);
    const next = changeStartDate(draft, "");
    expect(next.startDate).toBe("");
    expect(next.targetEndDate).toBe(draft.targetEndDate);
    expect(next.goals.map((g) => g.targetDate)).toEqual(draft.goals.map((g) => g.targetDate));
  });

  it("keeps the end date exactly 90 days out for any start (until edited)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), (offset) => {
        const start = dateAfter("2020-01-01", offset);
        const next = changeStartDate(newPlanDraft(state), start);
        expect(daysBetween(next.startDate, next.targetEndDate)).toBe(DEFAULT_PLAN_DAYS);
      }),
    );
  });
});

describe("goals editing", () => {
  it("adds an empty goal due at the plan's end, up to the schema's limit", () => {
    let draft = applyTemplate(newPlanDraft(state), byId("blank"), templates);
    draft = addGoal(draft);
    expect(draft.goals).toEqual([
      {
        text: "",
        successCriteria: "",
        targetDate: draft.targetEndDate,
        targetDateEdited: false,
        targetInDays: null,
        actions: [],
      },
    ]);
    for (let i = 0; i < 20; i++) draft = addGoal(draft);
    expect(draft.goals).toHaveLength(MAX_PLAN_GOALS);
  });

  it("stops at the server's limit: 8 goals pass, a 9th is refused", () => {
    const input = toPlanFormInput(filled());
    const goal = input.goals?.[0];
    if (!goal) throw new Error("the first template has goals");
    const withGoals = (n: number) => ({ ...input, goals: Array.from({ length: n }, () => goal) });
    expect(planFormSchema.safeParse(withGoals(MAX_PLAN_GOALS)).success).toBe(true);
    const over = planFormSchema.safeParse(withGoals(MAX_PLAN_GOALS + 1));
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]?.message).toBe("At most 8 goals per plan.");
  });

  it("an added goal does not move with the start date (it was not dated from it)", () => {
    const draft = addGoal(applyTemplate(newPlanDraft(state), byId("blank"), templates));
    const moved = changeStartDate(draft, "2025-05-01");
    expect(moved.goals[0]?.targetDate).toBe(draft.goals[0]?.targetDate);
  });

  it("removes the chosen goal and keeps the others in order", () => {
    const draft = newPlanDraft(state);
    const texts = draft.goals.map((g) => g.text);
    const next = removeGoal(draft, 1);
    expect(next.goals.map((g) => g.text)).toEqual([texts[0], ...texts.slice(2)]);
  });

  it("edits one field of one goal", () => {
    const draft = editGoal(newPlanDraft(state), 1, "successCriteria", "=SUM(A1:A3) stays text");
    expect(draft.goals[1]?.successCriteria).toBe("=SUM(A1:A3) stays text");
    expect(draft.goals[0]?.successCriteria).toBe(newPlanDraft(state).goals[0]?.successCriteria);
  });

  it("removes one action of one goal", () => {
    const draft = newPlanDraft(state);
    const actions = draft.goals[0]?.actions ?? [];
    const next = removeAction(draft, 0, 0);
    expect(next.goals[0]?.actions).toEqual(actions.slice(1));
    expect(next.goals[1]?.actions).toEqual(draft.goals[1]?.actions);
  });
});

describe("toPlanFormInput", () => {
  it("sends the form's values only, in the shape the server parses", () => {
    const input = toPlanFormInput(filled());
    expect(Object.keys(input).sort()).toEqual([...PLAN_FIELD_ORDER, "goals"].sort());
    for (const goal of input.goals ?? []) {
      expect(Object.keys(goal).sort()).toEqual([
        "actions",
        "successCriteria",
        "targetDate",
        "text",
      ]);
      for (const action of goal.actions ?? []) {
        expect(Object.keys(action).sort()).toEqual(["dueInDays", "owner", "resources", "text"]);
      }
    }
  });

  it("survives google.script.run's copy (JSON-like values only) and parses on the server", () => {
    const input = toPlanFormInput(filled());
    const copied = JSON.parse(JSON.stringify(input));
    expect(copied).toEqual(input);
    expect(planFormSchema.safeParse(copied).success).toBe(true);
  });

  it("every field of the server's schema has a field in the form", () => {
    expect(Object.keys(planFormSchema._zod.innerType.shape).sort()).toEqual(
      [...PLAN_FIELD_ORDER, "goals"].sort(),
    );
  });
});

describe("checkPlanDraft", () => {
  it("rejects an empty pair field by field, with the schema's messages", () => {
    const check = checkPlanDraft(newPlanDraft(state));
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.fieldErrors).toMatchObject({
      menteeName: "Mentee name is required.",
      menteeEmail: "Mentee email is required.",
      mentorName: "Mentor name is required.",
      mentorEmail: "Mentor email is required.",
      learningStyle: "Choose a learning style.",
    });
    expect(check.fieldErrors.reviewerEmail).toBeUndefined();
  });

  it("names goal fields by their path", () => {
    let draft = filled();
    draft = editGoal(draft, 1, "text", "   ");
    draft = editGoal(draft, 0, "targetDate", "2025-02-30");
    const check = checkPlanDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.fieldErrors["goals.1.text"]).toBe("Goal is required.");
    expect(check.fieldErrors["goals.0.targetDate"]).toBe(
      "Goal target date is not a real calendar date.",
    );
  });

  it("rejects an end date before the start, and the mentor being the mentee", () => {
    const draft = {
      ...changeTargetEndDate(filled(), "2025-01-01"),
      mentorEmail: "ANA@example.com",
    };
    const check = checkPlanDraft(draft);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.fieldErrors.targetEndDate).toBe("Target end date must be after the start date.");
    expect(check.fieldErrors.mentorEmail).toBe("Mentor and mentee must be different people.");
  });

  it("accepts what the server accepts, and sends the raw input (the server trims and parses)", () => {
    const draft = { ...filled(), menteeName: "  Ana López  " };
    const check = checkPlanDraft(draft);
    expect(check).toMatchObject({ ok: true });
    if (check.ok) expect(check.input.menteeName).toBe("  Ana López  ");
  });
});

describe("planErrorSlots", () => {
  it("lists the fields in screen order, then each goal's fields and each action's", () => {
    const draft = newPlanDraft(state);
    const goals = [
      { ...(draft.goals[0] as PlanDraft["goals"][number]), actions: [] },
      draft.goals[1] as PlanDraft["goals"][number],
    ];
    const actions = goals[1]?.actions.length ?? 0;
    expect(actions).toBeGreaterThan(0);
    const slots = planErrorSlots({ goals });
    expect(slots.slice(0, PLAN_FIELD_ORDER.length)).toEqual([...PLAN_FIELD_ORDER]);
    expect(slots.slice(PLAN_FIELD_ORDER.length)).toEqual([
      "goals",
      "goals.0.text",
      "goals.0.successCriteria",
      "goals.0.targetDate",
      "goals.0.actions",
      "goals.1.text",
      "goals.1.successCriteria",
      "goals.1.targetDate",
      ...Array.from({ length: actions }, (_, a) =>
        ["text", "owner", "dueInDays", "resources"].map((f) => `goals.1.actions.${a}.${f}`),
      ).flat(),
      "goals.1.actions",
    ]);
  });

  it("has a slot for every error the schema gives an action", () => {
    let draft = filled();
    draft = editAction(draft, 0, 0, "text", " ");
    draft = editAction(draft, 0, 1, "dueDate", "");
    draft = editAction(draft, 0, 1, "owner", "Manager");
    const check = checkPlanDraft(draft);
    if (check.ok) throw new Error("the draft has bad actions");
    const slots = new Set(planErrorSlots(draft));
    for (const key of Object.keys(check.fieldErrors)) expect(slots.has(key), key).toBe(true);
    expect(check.fieldErrors).toEqual({
      "goals.0.actions.0.text": "Action is required.",
      "goals.0.actions.1.owner": "Owner must be Mentee, Mentor or Both.",
      "goals.0.actions.1.dueInDays": "Action due date is required.",
    });
  });
});

describe("actions editing", () => {
  it("edits an action's text, owner, resources and due date (kept as days after the start)", () => {
    let draft = filled();
    draft = editAction(draft, 0, 0, "text", "Shadow two 1:1s");
    draft = editAction(draft, 0, 0, "owner", "Mentor");
    draft = editAction(draft, 0, 0, "resources", "+ the manager handbook");
    draft = editAction(draft, 0, 0, "dueDate", "2025-03-20");
    const action = draft.goals[0]?.actions[0];
    expect(action).toEqual({
      text: "Shadow two 1:1s",
      owner: "Mentor",
      resources: "+ the manager handbook",
      dueInDays: 17,
    });
    expect(draft.goals[0]?.actions[1]).toEqual(newPlanDraft(state).goals[0]?.actions[1]);
    // The due date follows a new start date, as the template's dates do.
    const moved = changeStartDate(draft, "2025-04-01");
    expect(actionDueDate(moved, moved.goals[0]?.actions[0] as never)).toBe("2025-04-18");
    const input = checkPlanDraft(draft);
    expect(input).toMatchObject({ ok: true });
  });

  it("adds an empty action shared by the pair, due with its goal", () => {
    const draft = addAction(filled(), 1);
    const goal = draft.goals[1];
    const added = goal?.actions.at(-1);
    expect(added).toEqual({
      text: "",
      owner: "Both",
      resources: "",
      dueInDays: daysBetween(draft.startDate, goal?.targetDate ?? ""),
    });
    expect(actionDueDate(draft, added as never)).toBe(goal?.targetDate);
    const check = checkPlanDraft(draft);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      const a = (goal?.actions.length ?? 0) - 1;
      expect(check.fieldErrors[`goals.1.actions.${a}.text`]).toBe("Action is required.");
    }
  });

  it("stops at a goal's limit and at the plan's (the ACTIONS section's capacity)", () => {
    let draft = { ...applyTemplate(filled(), byId("blank"), templates), focusArea: "Own goals" };
    draft = addGoal(draft);
    for (let i = 0; i < 20; i++) draft = addAction(draft, 0);
    expect(draft.goals[0]?.actions).toHaveLength(MAX_GOAL_ACTIONS);
    expect(actionLimitReached(draft, 0)).toBe(
      `A goal starts with at most ${MAX_GOAL_ACTIONS} actions.`,
    );
    while (draft.goals.length < MAX_PLAN_GOALS) draft = addGoal(draft);
    for (let g = 1; g < MAX_PLAN_GOALS; g++) {
      for (let i = 0; i < MAX_GOAL_ACTIONS; i++) draft = addAction(draft, g);
    }
    const total = draft.goals.reduce((n, goal) => n + goal.actions.length, 0);
    expect(total).toBe(MAX_PLAN_ACTIONS);
    expect(actionLimitReached(draft, MAX_PLAN_GOALS - 1)).toMatch(/at most 32 actions/);
    // What the form lets through, the server accepts (once every action is written).
    for (const [g, goal] of draft.goals.entries()) {
      draft = editGoal(draft, g, "text", `Goal ${g + 1}`);
      draft = editGoal(draft, g, "successCriteria", "Done well");
      for (let a = 0; a < goal.actions.length; a++) {
        draft = editAction(draft, g, a, "text", `Step ${a + 1}`);
      }
    }
    expect(checkPlanDraft(draft)).toEqual({ ok: true, input: toPlanFormInput(draft) });
  });

  it("says when an action is due before the start or too late", () => {
    let draft = editAction(filled(), 0, 0, "dueDate", "2025-03-01");
    draft = editAction(draft, 0, 1, "dueDate", "2028-01-01");
    const check = checkPlanDraft(draft);
    if (check.ok) throw new Error("the dates are out of range");
    expect(check.fieldErrors["goals.0.actions.0.dueInDays"]).toBe(
      "An action cannot be due before the plan starts.",
    );
    expect(check.fieldErrors["goals.0.actions.1.dueInDays"]).toBe(
      "An action must be due within two years of the start.",
    );
  });
});

describe("goalsWereEdited", () => {
  it("is false for the template's goals, even after their dates followed a new start", () => {
    const draft = newPlanDraft(state);
    expect(goalsWereEdited(draft, templates)).toBe(false);
    expect(goalsWereEdited(changeStartDate(draft, "2025-06-02"), templates)).toBe(false);
    expect(goalsWereEdited(applyTemplate(draft, byId("blank"), templates), templates)).toBe(false);
  });

  it("is true once a goal or an action is edited, added or removed", () => {
    const draft = newPlanDraft(state);
    const edits: PlanDraft[] = [
      editGoal(draft, 0, "text", "My own goal"),
      editGoal(draft, 1, "targetDate", "2025-05-05"),
      removeGoal(draft, 0),
      addGoal(draft),
      addAction(draft, 0),
      removeAction(draft, 0, 0),
      editAction(draft, 0, 0, "owner", "Mentee"),
      addGoal(applyTemplate(draft, byId("blank"), templates)),
    ];
    for (const edited of edits) expect(goalsWereEdited(edited, templates)).toBe(true);
  });

  it("keeps the edited goals when asked, and still takes the template and its focus", () => {
    const edited = editGoal(newPlanDraft(state), 0, "text", "My own goal");
    const kept = applyTemplate(edited, byId("succession"), templates, { keepGoals: true });
    expect(kept.templateId).toBe("succession");
    expect(kept.focusArea).toBe(byId("succession").focusArea);
    expect(kept.goals).toEqual(edited.goals);
  });
});
