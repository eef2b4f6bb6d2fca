/**
 * What the browser tests share: Debian's Chromium driven by playwright-core, a playground per
 * test (its own server and state), and helpers that wait for the page as Playwright's own
 * assertions would (playwright-core has no assertion library).
 */
import { existsSync } from "node:fs";
import {
  type Browser,
  chromium,
  type FrameLocator,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { startTestPlayground, type TestPlayground } from "../playground/support";

const CHROMIUM = "/usr/bin/chromium";
export const E2E_TIMEOUT = 45_000;

/** Never skipped: without Chromium every test fails, saying how to install it. */
const MISSING_CHROMIUM = `The browser suite needs Debian's Chromium at ${CHROMIUM}: run \`apt-get install -y chromium\` (as root), then npm test again.`;

export interface ChromiumSuite {
  /**
   * A fresh playground (set up by `setup` before the page loads) open in a new page; with
   * `demo`, the demo program of `npm start -- --demo`.
   */
  open(setup?: (pg: TestPlayground) => void, options?: { demo?: boolean }): Promise<Page>;
  /** The playground the current test opened. */
  playground(): TestPlayground;
}

/** Registers the suite's hooks: one browser for the file, one playground per test. */
export function chromiumSuite(): ChromiumSuite {
  let browser: Browser | null = null;
  let running: TestPlayground | null = null;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) return;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await running?.stop();
    running = null;
  });
  return {
    async open(setup, options = {}) {
      if (!browser) throw new Error(MISSING_CHROMIUM);
      running = await startTestPlayground(options);
      setup?.(running);
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(running.url);
      await page.locator("table.grid").waitFor();
      expect(errors).toEqual([]);
      return page;
    },
    playground() {
      if (!running) throw new Error("No playground is open in this test.");
      return running;
    },
  };
}

export async function useMenu(page: Page, caption: string): Promise<void> {
  await page.getByRole("button", { name: "Extensions" }).click();
  await page.getByRole("menuitem", { name: "Mentoring Action Plan" }).click();
  await page.getByRole("menuitem", { name: caption, exact: true }).click();
}

export function sidebar(page: Page): FrameLocator {
  return page.frameLocator("#sidebar-frame");
}

export const cell = (page: Page, a1: string) => page.locator(`td[data-a1="${a1}"]`);

export const textOf = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();
export const shows = (locator: Locator, text: string) =>
  expect.poll(() => textOf(locator)).toBe(text);
export const mentions = (locator: Locator, text: string) =>
  expect.poll(() => textOf(locator)).toContain(text);

/** The row of the first cell in a column whose text is exactly `text` (sections move). */
export async function rowOf(page: Page, column: string, text: string): Promise<number> {
  const a1 = await page
    .locator(`td[data-a1^="${column}"]`)
    .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .first()
    .getAttribute("data-a1");
  const row = Number(a1?.slice(column.length));
  if (!row) throw new Error(`No cell "${text}" in column ${column}.`);
  return row;
}

export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`table.grid[aria-label="${name}"]`).waitFor();
}

export async function fillPair(frame: FrameLocator, menteeEmail: string): Promise<void> {
  await frame.getByLabel("Mentee name").fill("Ana Lopez");
  await frame.getByLabel("Mentee email").fill(menteeEmail);
  await frame.getByLabel("Mentor name").fill("Ben Okafor");
  await frame.getByLabel("Mentor email").fill("ben.okafor@example.org");
  // "Reviewer email" also labels the digest preview's field in the Reviews view.
  await frame.locator("#plan-reviewerEmail").fill("rita@example.org");
  await frame.getByLabel("Meeting cadence").selectOption("Every two weeks");
  await frame.getByLabel("Meeting mode").selectOption("Video");
  await frame.getByLabel("Mentee's preferred learning style").selectOption("Learning by doing");
}
