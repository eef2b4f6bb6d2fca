/**
 * `npm run screenshots`: regenerates the README's pictures of the product from the demo program
 * in the playground, with Debian's Chromium: the new-plan form (filled in, and with its errors),
 * a plan tab, the Dashboard, the Outcomes tab, the impact report, a plan's status in the
 * sidebar and a review email. Written to docs/images/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { startPlayground } from "./server";

const CHROMIUM = "/usr/bin/chromium";
const OUT = new URL("../../docs/images/", import.meta.url).pathname;
const VIEWPORT = { width: 1440, height: 900 };

async function useMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "Mentoring Action Plan" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`table.grid[aria-label="${name}"]`).waitFor();
}

/** Scrolls the grid so `row` is the first row under the frozen ones. */
async function scrollToRow(page: Page, row: number): Promise<void> {
  await page.evaluate((r) => {
    const grid = document.getElementById("grid");
    const frozen = document.querySelectorAll("table.grid tr.frozen").length;
    if (grid) grid.scrollTop = (r - 1 - frozen) * 21;
  }, row);
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Screenshots need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`,
    );
  }
  mkdirSync(OUT, { recursive: true });
  const stateDir = mkdtempSync(join(tmpdir(), "playground-screenshots-"));
  const running = await startPlayground({ port: 0, stateDir, demo: true, log: () => {} });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(running.url);
    await page.locator('table.grid[aria-label="Dashboard"]').waitFor();
    await page.locator("figure.chart").waitFor();
    await page.screenshot({ path: join(OUT, "dashboard.png") });

    await openTab(page, "Outcomes");
    await page.locator("figure.chart").waitFor();
    await page.screenshot({ path: join(OUT, "outcomes.png") });

    await openTab(page, "Impact report");
    await page.screenshot({ path: join(OUT, "impact-report.png") });

    // A plan's status and next checkpoint in the sidebar, with the moves its lifecycle allows.
    await useMenu(page, "Open sidebar");
    const bar = page.frameLocator("#sidebar-frame");
    const ana = bar.locator("li", {
      has: bar.getByRole("button", { name: "Plan · Ana Lopez", exact: true }),
    });
    await ana.getByRole("button", { name: "Change status…" }).click();
    await ana.getByRole("button", { name: "Close", exact: true }).click();
    await ana.getByLabel("Ended early").check();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, "plan-status.png") });
    await ana.getByRole("button", { name: "Cancel" }).click();

    await openTab(page, "Plan · Chen Wei");
    const goals = await page
      .locator('td[data-a1^="A"]', { hasText: /^GOALS$/ })
      .getAttribute("data-a1");
    await scrollToRow(page, Number(goals?.slice(1)) - 1);
    await page.screenshot({ path: join(OUT, "plan-tab.png") });

    await useMenu(page, "Insert new plan…");
    const sidebar = page.frameLocator("#sidebar-frame");
    await sidebar.getByLabel("Mentee name").fill("Maya Singh");
    await sidebar.getByLabel("Mentee email").fill("maya.singh@example.org");
    await sidebar.getByLabel("Mentor name").fill("Tom Berger");
    await sidebar.getByLabel("Mentor email").fill("tom.berger@example.org");
    await sidebar.locator("#plan-reviewerEmail").fill("rita.hr@example.org");
    await sidebar.locator("#plan-templateId").selectOption("career-transition");
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, "new-plan-form.png") });

    // Every error in one round: a blank name, a bad email and an end before the start.
    await sidebar.getByLabel("Mentee name").fill("");
    await sidebar.getByLabel("Mentor email").fill("tom.berger@");
    await sidebar.getByLabel("Start date").fill("2026-03-02");
    await sidebar.getByLabel("Target end date").fill("2026-02-27");
    await sidebar.getByRole("button", { name: "Insert plan" }).click();
    await sidebar.locator("#plan-targetEndDate-error").waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, "form-with-errors.png") });

    const outbox = running.playground.env.outbox;
    const digest = outbox.map((m) => m.to).lastIndexOf("rita.hr@example.org");
    const mail = await browser.newPage({ viewport: { width: 760, height: 900 } });
    await mail.goto(`${running.url}api/mail/${digest}`);
    await mail.screenshot({ path: join(OUT, "email.png"), fullPage: true });
    console.log(`Screenshots written to ${OUT}`);
  } finally {
    await browser.close();
    await running.close();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error((error as Error)?.message ?? error);
  process.exit(1);
});
