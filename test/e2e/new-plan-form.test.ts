/**
 * The new-plan form in Chromium, as a coordinator fills it: every error shows in one round
 * (cross-field rules beside the field checks), required fields are marked, an empty email says
 * it is required.
 */
import { describe, expect, it } from "vitest";
import { chromiumSuite, E2E_TIMEOUT, shows, sidebar, useMenu } from "./browser";

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
