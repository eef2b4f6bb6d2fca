/**
 * The plan lifecycle from the sidebar, in Chromium: each plan in the list shows its status and
 * next checkpoint; a coordinator closes a plan (ended early needs a reason, asked next to the
 * field), pauses another, and the list follows after the Dashboard refresh the sidebar runs;
 * the Outcomes tab and the impact report are made from the sidebar too.
 */

import { describe, expect, it } from "vitest";
import { insertTwoPairs } from "../playground/support";
import { chromiumSuite, E2E_TIMEOUT, mentions, sidebar, useMenu } from "./browser";

const suite = chromiumSuite();

function withTwoPlans() {
  return suite.open((pg) => {
    insertTwoPairs(pg.playground);
    pg.playground.call("refreshDashboard", []);
  });
}

describe("plan status from the sidebar", () => {
  it(
    "shows status and next checkpoint; closes a plan early with a reason, pauses another",
    async () => {
      const page = await withTwoPlans();
      await useMenu(page, "Open sidebar");
      const bar = sidebar(page);
      const item = (name: string) =>
        bar.locator("li", {
          has: bar.getByRole("button", { name: `Plan · ${name}`, exact: true }),
        });
      const ana = item("Ana Lopez");
      await ana.waitFor();
      await mentions(ana, "Status: Active");
      await mentions(ana, "Next checkpoint: Fit check · due ");

      await ana.getByRole("button", { name: "Change status…" }).click();
      await ana.getByRole("button", { name: "Close", exact: true }).click();
      await ana.getByLabel("Ended early").check();
      await ana.getByRole("button", { name: "Close plan" }).click();
      const reason = ana.getByLabel("Reason");
      await expect.poll(() => reason.getAttribute("aria-invalid")).toBe("true");
      await mentions(ana, "Give a reason for ending the plan early.");
      await reason.fill("Mentee moved to another team");
      await ana.getByRole("button", { name: "Close plan" }).click();
      const messages = bar.locator(".view:not([hidden]) .messages").first();
      await mentions(
        messages,
        "Ana Lopez's plan is closed, ended early (Mentee moved to another team).",
      );
      await mentions(messages, "Dashboard refreshed");
      await mentions(item("Ana Lopez"), "Status: Closed – ended early");
      await item("Ana Lopez").getByRole("button", { name: "Change status…" }).click();
      await item("Ana Lopez").getByRole("button", { name: "Archive" }).waitFor();

      const chen = item("Chen Wei");
      await chen.getByRole("button", { name: "Change status…" }).click();
      await chen.getByRole("button", { name: "Pause" }).click();
      await mentions(item("Chen Wei"), "Status: Paused");
      expect(await item("Chen Wei").textContent()).not.toContain("Next checkpoint");

      // The Outcomes tab and the impact report, from the sidebar, counting both plans.
      await bar.getByRole("button", { name: "Refresh outcomes and impact report" }).click();
      await mentions(messages, "Outcomes tab, impact report and Dashboard refreshed: 2 plans");
      await page.getByRole("tab", { name: "Outcomes", exact: true }).waitFor();
      await page.getByRole("tab", { name: "Impact report", exact: true }).waitFor();
    },
    E2E_TIMEOUT,
  );
});
