/**
 * Health explained where a coordinator meets it, in Chromium: the Dashboard's Why column beside
 * Health, with the plan and pair columns frozen so both stay in view when scrolled right; the
 * sidebar's plan list shows each plan's health with its reason and opens its tab on click.
 */

import { describe, expect, it } from "vitest";
import { dashboardColumn } from "../../src/domain/dashboard/row";
import { columnLetter } from "../../src/domain/sheet/a1-notation";
import { insertTwoPairs } from "../playground/support";
import {
  cell,
  chromiumSuite,
  E2E_TIMEOUT,
  mentions,
  openTab,
  rowOf,
  shows,
  sidebar,
  useMenu,
} from "./browser";

const HEALTH = columnLetter(dashboardColumn("Health"));
const WHY = columnLetter(dashboardColumn("Why"));

const suite = chromiumSuite();

function withTwoPlans() {
  return suite.open((pg) => {
    insertTwoPairs(pg.playground);
    // Four weeks without a check-in: both pairs stall.
    pg.playground.advance(28 * 86_400_000);
    pg.playground.call("refreshDashboard", []);
  });
}

describe("health explained", () => {
  it(
    "the Dashboard says why beside Health, and keeps plan and pair in view when scrolled right",
    async () => {
      const page = await withTwoPlans();
      await openTab(page, "Dashboard");
      const row = await rowOf(page, "B", "Ana Lopez");
      await shows(cell(page, `${HEALTH}${row}`), "Stalled");
      await shows(cell(page, `${WHY}${row}`), "no check-in in the 28 days since the start");
      const grid = page.locator("#grid");
      await grid.evaluate((g) => {
        g.scrollLeft = g.scrollWidth;
      });
      const left = async (a1: string) => (await cell(page, a1).boundingBox())?.x ?? -1;
      const gridLeft = (await grid.boundingBox())?.x ?? 0;
      // Mentee (B) is still at the left edge, beside the frozen Plan column.
      expect(await left(`B${row}`)).toBeGreaterThan(gridLeft);
      expect(await left(`B${row}`)).toBeLessThan(gridLeft + 600);
      expect(await cell(page, `${WHY}${row}`).isVisible()).toBe(true);
    },
    E2E_TIMEOUT,
  );

  it(
    "the sidebar lists each plan with its health and reason; a click opens the plan's tab",
    async () => {
      const page = await withTwoPlans();
      await useMenu(page, "Open sidebar");
      const bar = sidebar(page);
      const chen = bar.getByRole("button", { name: "Plan · Chen Wei", exact: true });
      await chen.waitFor();
      await mentions(
        bar.locator("li", { has: chen }),
        "Stalled — no check-in in the 28 days since the start",
      );
      // Help is one click away, in the footer.
      await bar.locator("footer").getByRole("button", { name: "Help", exact: true }).click();
      await mentions(bar.locator("section.help"), "Nothing is sent until then.");
      await bar.getByRole("button", { name: "Back to plans" }).click();
      await chen.click();
      await page.locator('table.grid[aria-label="Plan · Chen Wei"]').waitFor();
      expect(
        await page
          .getByRole("tab", { name: "Plan · Chen Wei", exact: true })
          .getAttribute("aria-selected"),
      ).toBe("true");
    },
    E2E_TIMEOUT,
  );
});
