import { describe, expect, it } from "vitest";
import { OWNERS } from "../../../src/domain/plan/vocabulary";
import { addDays } from "../../../src/domain/sheet/calendar";
import {
  goalDraftSchema,
  planFormSchema,
  TEMPLATE_IDS,
} from "../../../src/domain/sidebar-contract/schemas";
import { TEMPLATES, templateById, templateChoices } from "../../../src/domain/templates";
import { goalsFromTemplate } from "../../../src/domain/templates/goals-from-template";
import { moveIntoManagement } from "../../../src/domain/templates/move-into-management";
import type { TemplateInput } from "../../../src/domain/templates/template-schema";
import { validateTemplates } from "../../../src/domain/templates/validate-templates";
import { planForm, START } from "../support/plan-form-fixture";

const withGoals = TEMPLATES.filter((t) => t.id !== "blank");
const clone = (t: TemplateInput): TemplateInput => structuredClone(t);

describe("built-in templates", () => {
  it("pass the template schema unchanged: the constants the bundle ships are the parsed shape", () => {
    // Trimmed texts, defaults written out: parsing changes nothing, so nothing parses at load.
    expect(validateTemplates(TEMPLATES)).toEqual(TEMPLATES);
  });

  it("are exactly the template ids, once each, blank last", () => {
    expect(TEMPLATES.map((t) => t.id).sort()).toEqual([...TEMPLATE_IDS].sort());
    expect(TEMPLATES.at(-1)?.id).toBe("blank");
  });

  it.each(withGoals.map((t) => [t.id, t] as const))(
    "%s has 2–4 goals, each with criteria and 2–4 actions, and 2–4 skills",
    (_id, t) => {
      expect(t.name).not.toBe("");
      expect(t.description.length).toBeGreaterThan(20);
      expect(t.focusArea).not.toBe("");
      expect(t.goals.length).toBeGreaterThanOrEqual(2);
      expect(t.goals.length).toBeLessThanOrEqual(4);
      expect(t.skills.length).toBeGreaterThanOrEqual(2);
      expect(t.skills.length).toBeLessThanOrEqual(4);
      for (const g of t.goals) {
        expect(g.successCriteria.length).toBeGreaterThan(20);
        expect(g.actions.length).toBeGreaterThanOrEqual(2);
        expect(g.actions.length).toBeLessThanOrEqual(4);
        for (const a of g.actions) {
          expect(OWNERS).toContain(a.owner);
          expect(a.dueInDays).toBeLessThanOrEqual(g.targetInDays);
        }
      }
      // Some actions name resources (courses, tools, introductions), as a coordinator expects.
      const resources = t.goals.flatMap((g) => g.actions.map((a) => a.resources)).join(" ");
      expect(resources).toMatch(/Course|Tool|Introduction/);
    },
  );

  it("blank has no goals and no skills", () => {
    const blank = templateById("blank");
    expect(blank.goals).toEqual([]);
    expect(blank.skills).toEqual([]);
    expect(goalsFromTemplate(templateById("blank"), START)).toEqual([]);
  });

  it("move into management carries the seed guide's goals", () => {
    const goals = templateById("move-into-management").goals.map((g) => g.text);
    expect(goals).toContain("Shadow my mentor in three leadership meetings");
    expect(goals).toContain("Complete a course on people management within 60 days");
    const course = templateById("move-into-management").goals.find((g) =>
      g.text.startsWith("Complete a course"),
    );
    expect(course?.targetInDays).toBe(60);
  });

  it("career transition covers customer research, cross-functional work and pitching a feature", () => {
    const text = JSON.stringify(templateById("career-transition")).toLowerCase();
    expect(text).toContain("marketing");
    expect(text).toContain("product management");
    expect(text).toContain("customer");
    expect(text).toContain("cross-functional");
    expect(text).toContain("pitch");
  });

  it("succession covers organisation-wide decisions and workforce planning", () => {
    const text = JSON.stringify(templateById("succession")).toLowerCase();
    expect(text).toContain("director");
    expect(text).toContain("organisation-wide decisions");
    expect(text).toContain("workforce plan");
  });

  it("throws on an unknown id", () => {
    expect(() => templateById("nope" as never)).toThrow(/Unknown template "nope"/);
  });
});

describe("goalsFromTemplate", () => {
  it.each(TEMPLATE_IDS.map((id) => [id]))(
    "%s: drafts the form accepts, dated from the start",
    (id) => {
      const goals = goalsFromTemplate(templateById(id), "2026-12-20");
      const template = templateById(id);
      expect(goals).toHaveLength(template.goals.length);
      goals.forEach((g, i) => {
        expect(goalDraftSchema.parse(g)).toEqual(g);
        expect(g.targetDate).toBe(addDays("2026-12-20", template.goals[i]?.targetInDays ?? -1));
      });
      // The whole form (with the template's suggested focus area) passes the server's schema.
      expect(() =>
        planForm(id, { focusArea: template.focusArea || "My own focus", goals }),
      ).not.toThrow();
      expect(planFormSchema.safeParse(planForm(id)).success).toBe(true);
    },
  );

  it("crosses a year end and returns copies the caller may edit", () => {
    const goals = goalsFromTemplate(templateById("move-into-management"), "2026-12-20");
    expect(goals[0]?.targetDate).toBe("2027-02-03"); // 45 days later
    const first = goals[0];
    if (!first?.actions[0]) throw new Error("fixture");
    first.text = "changed";
    first.actions[0].text = "changed";
    expect(templateById("move-into-management").goals[0]?.text).toBe(
      "Shadow my mentor in three leadership meetings",
    );
    expect(templateById("move-into-management").goals[0]?.actions[0]?.text).not.toBe("changed");
  });
});

describe("templateChoices", () => {
  it("lists every template for the sidebar as plain JSON data", () => {
    const choices = templateChoices();
    expect(choices.map((c) => c.id)).toEqual(TEMPLATES.map((t) => t.id));
    expect(JSON.parse(JSON.stringify(choices))).toEqual(choices);
    for (const c of choices) {
      const t = templateById(c.id);
      expect(c.name).toBe(t.name);
      expect(c.focusArea).toBe(t.focusArea);
      expect(c.goals).toEqual(t.goals);
    }
  });
});

describe("validateTemplates rejects bad template data with the template and field named", () => {
  it("a template with one goal", () => {
    const t = clone(moveIntoManagement);
    t.goals = t.goals.slice(0, 1);
    expect(() => validateTemplates([t])).toThrow(/move-into-management.*goals/s);
  });

  it("a goal with a single action", () => {
    const t = clone(moveIntoManagement);
    const g = t.goals[0];
    if (!g) throw new Error("fixture");
    g.actions = g.actions.slice(0, 1);
    expect(() => validateTemplates([t])).toThrow(/at least 2 actions/);
  });

  it("an action due after its goal's target", () => {
    const t = clone(moveIntoManagement);
    const a = t.goals[0]?.actions[0];
    if (!a) throw new Error("fixture");
    a.dueInDays = 400;
    expect(() => validateTemplates([t])).toThrow(/due after its goal's target/);
  });

  it("an unknown owner", () => {
    const t = clone(moveIntoManagement);
    const a = t.goals[0]?.actions[0];
    if (!a) throw new Error("fixture");
    a.owner = "Manager" as never;
    expect(() => validateTemplates([t])).toThrow(/Owner must be Mentee, Mentor or Both/);
  });

  it("a blank template with goals, and a duplicate id", () => {
    const blankWithGoals = { ...clone(moveIntoManagement), id: "blank" as const };
    expect(() => validateTemplates([blankWithGoals])).toThrow(/blank template has no goals/);
    expect(() => validateTemplates([moveIntoManagement, moveIntoManagement])).toThrow(
      /defined twice/,
    );
  });

  it("a goal text longer than the form allows", () => {
    const t = clone(moveIntoManagement);
    const g = t.goals[0];
    if (!g) throw new Error("fixture");
    g.text = "x".repeat(301);
    expect(() => validateTemplates([t])).toThrow(/at most 300 characters/);
  });
});
