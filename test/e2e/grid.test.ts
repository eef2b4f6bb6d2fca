/**
 * The playground's grid in Chromium, typed into as fast as a keyboard allows: every value
 * committed is stored and shown (a redraw never discards an open editor), Enter commits and
 * moves down and Tab moves right as in Sheets, the add-on's data validation rejects what Sheets
 * would reject, and a redraw does not close a menu under the pointer.
 */
import { describe, expect, it } from "vitest";
import { insertPlan } from "../playground/support";
import {
  cell,
  chromiumSuite,
  E2E_TIMEOUT,
  mentions,
  openTab,
  rowOf,
  shows,
  textOf,
  useMenu,
} from "./browser";

const suite = chromiumSuite();
const TAB = "Plan · Ana Lopez";

function withPlan() {
  return suite.open((pg) => {
    insertPlan(pg.playground, {
      mentee: "Ana Lopez",
      mentor: "Ben Okafor",
      reviewer: "rita@example.org",
    });
  });
}

describe("typing into the playground grid", () => {
  it(
    "text typed fast down and across cells is stored whole in every cell",
    async () => {
      const page = await withPlan();
      await openTab(page, TAB);
      const first = (await rowOf(page, "A", "PROGRESS")) + 2;
      // Who attended / Discussed / Progress notes of three check-ins, typed without pauses:
      // each Enter commits and moves down, so the next keys land in the next row's cell.
      const columns = ["B", "C", "D"];
      const texts = [
        ["Sofia only", "Sofia, Omar, HR", "Omar"],
        ["Goals for the quarter", "Feedback on the pitch", "Course week 2"],
        ["Agreed three goals", "Pitch needs data", "On track"],
      ];
      for (const [j, column] of columns.entries()) {
        await cell(page, `${column}${first}`).click();
        for (const text of texts[j] ?? []) {
          await page.keyboard.type(text);
          await page.keyboard.press("Enter");
        }
      }
      // Then across a row with Tab.
      await cell(page, `B${first + 3}`).click();
      await page.keyboard.type("Ana");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Interview practice");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Two mock interviews done");
      await page.keyboard.press("Enter");

      const expected: Record<string, string> = {
        [`B${first + 3}`]: "Ana",
        [`C${first + 3}`]: "Interview practice",
        [`D${first + 3}`]: "Two mock interviews done",
      };
      for (const [j, column] of columns.entries()) {
        for (const [i, text] of (texts[j] ?? []).entries())
          expected[`${column}${first + i}`] = text;
      }
      // The last Enter moved the selection down from D(first + 3).
      await expect.poll(() => textOf(page.locator("#cell-name"))).toBe(`D${first + 4}`);
      for (const [a1, text] of Object.entries(expected)) {
        await shows(cell(page, a1), text);
        await expect
          .poll(() => suite.playground().playground.env.inspect.cell(TAB, a1).value)
          .toBe(text);
      }
    },
    E2E_TIMEOUT,
  );

  it(
    "a date cell refuses 'next tuesday' as Sheets does, says so, and keeps its date",
    async () => {
      const page = await withPlan();
      await openTab(page, TAB);
      const due = `E${(await rowOf(page, "A", "ACTIONS")) + 2}`;
      const before = await textOf(cell(page, due));
      expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await cell(page, due).click();
      await page.keyboard.type("next tuesday");
      await page.keyboard.press("Enter");
      await mentions(page.locator("#status"), `${due} was not changed`);
      await mentions(page.locator("#status"), "violates the data validation rules");
      await shows(cell(page, due), before);
      const stored = suite.playground().playground.env.inspect.cell(TAB, due).value;
      expect(Object.prototype.toString.call(stored)).toBe("[object Date]");

      // A real date is taken.
      await cell(page, due).click();
      await page.keyboard.type("2026-03-02");
      await page.keyboard.press("Enter");
      await shows(cell(page, due), "2026-03-02");
    },
    E2E_TIMEOUT,
  );

  it(
    "the Extensions menu stays open while the page redraws under it",
    async () => {
      const page = await withPlan();
      await page.getByRole("button", { name: "Extensions" }).click();
      await page.getByRole("menuitem", { name: "Mentoring Action Plan" }).hover();
      const item = page.getByRole("menuitem", { name: "Refresh dashboard", exact: true });
      await item.waitFor();
      // Something else changes the workbook (here, the sidebar telling the page): a redraw.
      const revision = await page.evaluate(() => document.body.dataset.revision);
      suite.playground().playground.call("refreshDashboard", []);
      await page.evaluate(() =>
        window.postMessage({ type: "playground:changed" }, window.location.origin),
      );
      await expect
        .poll(() => page.evaluate(() => document.body.dataset.revision))
        .not.toBe(revision);
      expect(await item.isVisible()).toBe(true);
      await item.click();
      await mentions(page.locator("#status"), "Refresh dashboard");
      // And the menu still works through the helper every test uses.
      await useMenu(page, "Open sidebar");
      await page.locator("#sidebar-frame").waitFor();
    },
    E2E_TIMEOUT,
  );
});
