/**
 * axe-core (https://github.com/dequelabs/axe-core) run in Chromium on the playground page and on
 * each of the sidebar's views, as a coordinator sees them: the test fails on any violation axe
 * rates serious or critical (contrast, names, roles…), and says which element breaks which rule.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { insertTwoPairs } from "../playground/support";
import { chromiumSuite, E2E_TIMEOUT, mentions, openTab, sidebar, useMenu } from "./browser";

const suite = chromiumSuite();
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Serious and critical violations on what the frame shows now (or only the rules named), one
 * line each.
 */
async function seriousViolations(frame: Page | Frame, rules?: string[]): Promise<string[]> {
  if (!(await frame.evaluate(() => "axe" in window))) {
    await frame.addScriptTag({ content: AXE_SOURCE });
  }
  const violations = (await frame.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const options = only ? { runOnly: { type: "rule", values: only } } : {};
    return (await axe.run(document, options)).violations;
  }, rules)) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)}`),
    );
}

async function sidebarFrame(page: Page): Promise<Frame> {
  const frame = await (await page.$("#sidebar-frame"))?.contentFrame();
  if (!frame) throw new Error("The sidebar is not open.");
  return frame;
}

function withProgram() {
  return suite.open((pg) => {
    insertTwoPairs(pg.playground);
    pg.playground.call("refreshDashboard", []);
  });
}

describe("accessibility (axe-core, serious and critical rules)", () => {
  it(
    "the playground page: the Dashboard and a plan tab",
    async () => {
      const page = await withProgram();
      await openTab(page, "Dashboard");
      expect(await seriousViolations(page)).toEqual([]);
      await openTab(page, "Plan · Ana Lopez");
      expect(await seriousViolations(page)).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    "every sidebar view, and the new-plan form showing its errors",
    async () => {
      const page = await withProgram();
      await useMenu(page, "Open sidebar");
      const view = sidebar(page);
      await view.getByRole("button", { name: "Plans", exact: true }).waitFor();
      expect(await seriousViolations(await sidebarFrame(page))).toEqual([]);

      await view.getByRole("button", { name: "New plan", exact: true }).click();
      await view.getByRole("heading", { name: "New mentoring plan" }).waitFor();
      expect(await seriousViolations(await sidebarFrame(page))).toEqual([]);
      // Hovered, the active tab and a secondary button keep their contrast.
      await view.getByRole("button", { name: "New plan", exact: true }).hover();
      expect(await seriousViolations(await sidebarFrame(page), ["color-contrast"])).toEqual([]);
      const secondary = view.locator("button.secondary:visible").first();
      await secondary.hover();
      expect(await seriousViolations(await sidebarFrame(page), ["color-contrast"])).toEqual([]);
      // Remove buttons are targets of at least 24 × 24 px.
      const removes = view.getByRole("button", { name: /^Remove / });
      expect(await removes.count()).toBeGreaterThan(0);
      for (const box of await removes.evaluateAll((buttons) =>
        buttons.map((b) => b.getBoundingClientRect()).map((r) => [r.width, r.height]),
      )) {
        expect(Math.min(...box)).toBeGreaterThanOrEqual(24);
      }

      await view.getByRole("button", { name: "Insert plan" }).click();
      await view.locator(".field-error:not([hidden])").first().waitFor();
      expect(await seriousViolations(await sidebarFrame(page))).toEqual([]);

      await view.getByRole("button", { name: "Reviews", exact: true }).click();
      await view.getByRole("button", { name: "Save settings" }).waitFor();
      expect(await seriousViolations(await sidebarFrame(page))).toEqual([]);
    },
    E2E_TIMEOUT,
  );

  it(
    "the help view (the menu's last item), and the question a template switch asks",
    async () => {
      const page = await withProgram();
      await useMenu(page, "Help");
      const view = sidebar(page);
      await view.getByRole("heading", { name: "Help", exact: true }).waitFor();
      await mentions(view.locator("#help-roles"), "You are a coordinator");
      expect(
        await view
          .getByRole("link", { name: "Google's help on add-ons in Sheets" })
          .getAttribute("href"),
      ).toBe("https://support.google.com/docs/answer/2942256");
      expect(await seriousViolations(await sidebarFrame(page))).toEqual([]);

      await view.getByRole("button", { name: "New plan", exact: true }).click();
      await view.locator("#plan-goals-0-text").fill("A goal of our own");
      await view.locator("#plan-templateId").selectOption("succession");
      await view.locator("#plan-template-question").waitFor();
      expect(await seriousViolations(await sidebarFrame(page))).toEqual([]);
    },
    E2E_TIMEOUT,
  );
});
