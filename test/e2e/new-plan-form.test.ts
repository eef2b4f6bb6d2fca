/**
 * The new-plan form in Chromium, as a coordinator fills it: every error shows in one round
 * (cross-field rules beside the field checks), required fields are marked, an empty email says
 * it is required; edited goals survive a template switch unless the coordinator says otherwise,
 * actions are edited and added, and a mentee who has a plan is asked about first.
 */
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/sheet/calendar";
import type { TemplateId } from "../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../src/domain/templates";
import { insertPlan } from "../playground/support";
import { chromiumSuite, E2E_TIMEOUT, fillPair, mentions, shows, sidebar, useMenu } from "./browser";

const suite = chromiumSuite();

describe("the new-plan form", () => {
  it(
    "shows every error at once, end-before-start included, and marks the required fields",
    async () => {
      const page = await suite.open();
      await useMenu(page, "Insert new plan…");
      const form = sidebar(page);
      await form.getByRole("heading", { name: "New mentoring plan" }).waitFor();
      await expect.poll(() => form.getByText("Fields marked * are required.").count()).toBe(1);
      for (const id of [
        "menteeName",
        "menteeEmail",
        "startDate",
        "targetEndDate",
        "goals-0-text",
      ]) {
        expect(await form.locator(`#plan-${id}`).getAttribute("aria-required")).toBe("true");
        expect(await form.locator(`label[for="plan-${id}"] .required`).textContent()).toBe(" *");
      }
      await form.getByLabel("Mentee email").fill("ana@");
      await form.getByLabel("Start date").fill("2026-03-02");
      await form.getByLabel("Target end date").fill("2026-02-27");
      await form.getByRole("button", { name: "Insert plan" }).click();

      await shows(form.locator("#plan-menteeName-error"), "Mentee name is required.");
      await shows(
        form.locator("#plan-menteeEmail-error"),
        "Mentee email must be a valid email address.",
      );
      await shows(form.locator("#plan-mentorEmail-error"), "Mentor email is required.");
      await shows(
        form.locator("#plan-targetEndDate-error"),
        "Target end date must be after the start date.",
      );
      expect(suite.playground().playground.env.inspect.sheetNames()).toEqual(
        expect.not.arrayContaining([expect.stringMatching(/^Plan ·/)]),
      );
    },
    E2E_TIMEOUT,
  );
});

const goalOf = (id: TemplateId, goal = 0) => templateById(id).goals[goal]?.text ?? "";

describe("the new-plan form keeps what was typed", () => {
  it(
    "switching template asks before replacing edited goals; actions are edited and added, and the tab gets them",
    async () => {
      const page = await suite.open();
      await useMenu(page, "Insert new plan…");
      const form = sidebar(page);
      await form.getByRole("heading", { name: "New mentoring plan" }).waitFor();
      await fillPair(form, "ana.lopez@example.org");
      const goal = form.locator("#plan-goals-0-text");
      const template = form.locator("#plan-templateId");
      const question = form.locator("#plan-template-question");

      // Untouched goals follow the template at once.
      await template.selectOption("technical-skill");
      await expect.poll(() => goal.inputValue()).toBe(goalOf("technical-skill"));
      expect(await question.count()).toBe(0);

      // Edited goals: asked first; "Replace my goals" takes the template's.
      await goal.fill("Ship the search feature with the platform team");
      await template.selectOption("succession");
      await mentions(question, 'Replace them with the goals of "Succession", or keep yours?');
      expect(await goal.inputValue()).toBe("Ship the search feature with the platform team");
      await form.getByRole("button", { name: "Replace my goals" }).click();
      await expect.poll(() => goal.inputValue()).toBe(goalOf("succession"));
      expect(await question.count()).toBe(0);

      // Edited again: "Keep my goals" takes the template (and its focus area), keeps the goals.
      await goal.fill("Ship the search feature with the platform team");
      await template.selectOption("technical-skill");
      await question.waitFor();
      await form.getByRole("button", { name: "Keep my goals" }).click();
      expect(await goal.inputValue()).toBe("Ship the search feature with the platform team");
      expect(await template.inputValue()).toBe("technical-skill");
      expect(await form.getByLabel("Focus area").inputValue()).toBe(
        templateById("technical-skill").focusArea,
      );

      // The first action of goal 1 edited, one action added and written.
      await form.locator("#plan-goals-0-actions-0-text").fill("Pair on two code reviews a week");
      await form.locator("#plan-goals-0-actions-0-owner").selectOption("Mentor");
      const start = await form.getByLabel("Start date").inputValue();
      await form.locator("#plan-goals-0-actions-0-dueDate").fill(addDays(start, 10));
      const before = templateById("succession").goals[0]?.actions.length ?? 0;
      await form.getByRole("button", { name: "Add action to goal 1" }).click();
      const added = form.locator(`#plan-goals-0-actions-${before}-text`);
      await expect.poll(() => added.evaluate((el) => el === document.activeElement)).toBe(true);
      await added.fill("Read the team's style guide");
      await form.getByRole("button", { name: "Insert plan" }).click();
      await form.getByText("Plan inserted.").waitFor();

      const values = suite.playground().playground.env.inspect.sheetValues("Plan · Ana Lopez");
      const row = (text: string) => values.find((line) => line.includes(text)) ?? [];
      expect(values.flat()).toContain("Ship the search feature with the platform team");
      const edited = row("Pair on two code reviews a week");
      expect(edited).toContain("Mentor");
      const due = edited.find((v) => v instanceof Date) as Date | undefined;
      expect(due?.toISOString().slice(0, 10)).toBe(addDays(start, 10));
      expect(row("Read the team's style guide")).toContain("Both");
    },
    E2E_TIMEOUT,
  );

  it(
    "a mentee who already has a plan: the form asks, Cancel keeps the form, Create another inserts",
    async () => {
      const page = await suite.open((pg) => {
        insertPlan(pg.playground, {
          mentee: "Ana Lopez",
          mentor: "Chen Wei",
          reviewer: "rita@example.org",
        });
      });
      await useMenu(page, "Insert new plan…");
      const form = sidebar(page);
      await form.getByRole("heading", { name: "New mentoring plan" }).waitFor();
      await fillPair(form, "ana.l@example.org");
      const insert = form.getByRole("button", { name: "Insert plan" });
      const asked = form.locator("#plan-same-mentee-question");
      const planTabs = () =>
        suite
          .playground()
          .playground.env.inspect.sheetNames()
          .filter((n) => n.startsWith("Plan ·"));

      await insert.click();
      await shows(
        asked,
        "Ana Lopez already has a plan (Plan · Ana Lopez, on track). Create another?",
      );
      await form.getByRole("button", { name: "Cancel" }).click();
      expect(await asked.count()).toBe(0);
      expect(await form.getByLabel("Mentee name").inputValue()).toBe("Ana Lopez");
      expect(planTabs()).toEqual(["Plan · Ana Lopez"]);

      await insert.click();
      await asked.waitFor();
      await form.getByRole("button", { name: "Create another plan" }).click();
      await form.getByText("Plan inserted.").waitFor();
      expect(planTabs().sort()).toEqual(["Plan · Ana Lopez", "Plan · Ana Lopez (2)"]);
    },
    E2E_TIMEOUT,
  );
});
