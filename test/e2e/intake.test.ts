/**
 * Intake in the playground, in Chromium: the sidebar's Intake view makes the Roster, a pasted
 * roster becomes suggestions in the Matches tab, decisions are set in the Matches tab, and
 * "Create plans for accepted matches" makes one plan per accepted pair, saying how far it got.
 */
import { describe, expect, it } from "vitest";
import { generateRoster } from "../../scripts/bench/roster-generator";
import {
  cell,
  chromiumSuite,
  E2E_TIMEOUT,
  mentions,
  openTab,
  sidebar,
  textOf,
  useMenu,
} from "./browser";

const suite = chromiumSuite();

describe("intake in the playground", () => {
  it(
    "Roster → pasted participants → Suggest matches → decisions → plans with links",
    async () => {
      const page = await suite.open();
      const { env, bundle } = suite.playground().playground;
      await useMenu(page, "Open sidebar");
      const frame = sidebar(page);
      await frame.getByRole("button", { name: "Intake", exact: true }).click();
      await frame.getByRole("heading", { name: "Intake" }).waitFor();
      await frame.getByRole("button", { name: "Roster", exact: true }).click();
      await mentions(frame.locator(".message"), 'Roster made in the tab "Roster"');
      await page.getByRole("tab", { name: "Roster", exact: true }).waitFor();

      // The coordinator pastes a roster (some rows bad) and names the program's reviewer.
      const roster = generateRoster({ people: 24, badRows: 2 });
      env.userEdit("Roster", "A1", roster.values);
      bundle.call("saveSettings", { programReviewers: ["coach@example.org"] });

      await frame.getByRole("button", { name: "Suggest matches" }).click();
      await mentions(frame.locator(".message"), "given a suggested mentor");
      await mentions(frame.locator(".message"), "2 roster rows skipped");
      await page.getByRole("tab", { name: "Matches", exact: true }).waitFor();

      const values = env.inspect.sheetValues("Matches");
      const header = (values[0] ?? []).map(String);
      const decision = String.fromCharCode(65 + header.indexOf("Decision"));
      const mentorColumn = header.indexOf("Mentor email");
      const rows = values
        .map((row, i) => ({ row: i + 1, mentor: String(row[mentorColumn] ?? "") }))
        .filter((r) => r.row > 1 && r.mentor !== "");
      const [rejected, ...accepted] = rows;
      env.userEdit("Matches", `${decision}${rejected?.row}`, "Reject");
      for (const r of accepted) env.userEdit("Matches", `${decision}${r.row}`, "Accept");

      await frame.getByRole("button", { name: "Create plans for accepted matches" }).click();
      const progress = frame.locator("#plan-run-progress");
      await expect
        .poll(async () => (await progress.textContent()) ?? "", { timeout: 20_000 })
        .toBe(`${accepted.length} of ${accepted.length} plans created. Done.`);

      const planColumn = header.indexOf("Plan");
      const formulas = env.inspect.formulas("Matches");
      const linked = accepted.map((r) => formulas[r.row - 1]?.[planColumn] ?? "");
      for (const link of linked) expect(link).toMatch(/^=HYPERLINK\("#gid=\d+","Plan · /);
      expect(formulas[(rejected?.row ?? 0) - 1]?.[planColumn]).toBe("");
      const label = /"(Plan · [^"]+)"\)$/.exec(linked[0] ?? "")?.[1] ?? "";
      await page.getByRole("tab", { name: label, exact: true }).waitFor();
    },
    E2E_TIMEOUT * 2,
  );

  it(
    "the demo's roster: two rejected and one swapped in the grid, a run paused by the time budget and finished by the scheduler",
    async () => {
      const page = await suite.open(undefined, { demo: true });
      const { env, bundle } = suite.playground().playground;
      await useMenu(page, "Open sidebar");
      const frame = sidebar(page);
      await frame.getByRole("button", { name: "Intake", exact: true }).click();
      await frame.getByRole("heading", { name: "Intake" }).waitFor();
      // The demo's roster of 30 (two bad rows) is already pasted.
      await frame.getByRole("button", { name: "Suggest matches" }).click();
      await mentions(frame.locator(".message"), "given a suggested mentor");
      await mentions(frame.locator(".message"), "2 roster rows skipped");
      await openTab(page, "Matches");

      const values = env.inspect.sheetValues("Matches");
      const header = (values[0] ?? []).map(String);
      const letter = (name: string) => String.fromCharCode(65 + header.indexOf(name));
      const rows = values
        .map((row, i) => ({
          row: i + 1,
          mentee: String(row[header.indexOf("Mentee email")] ?? ""),
          mentor: String(row[header.indexOf("Mentor email")] ?? ""),
          alternatives: String(row[header.indexOf("Alternatives")] ?? ""),
        }))
        .filter((r) => r.row > 1 && r.mentor !== "");
      const free = (r: (typeof rows)[number]) =>
        r.alternatives.split("\n").find((a) => a !== "" && !a.includes("full"));
      const swap = rows.find((r) => free(r) !== undefined);
      const [rejectA, rejectB] = rows.filter((r) => r !== swap);
      if (!swap || !rejectA || !rejectB) throw new Error("too few suggestions");
      const swapTo = free(swap)?.replace(/\s*\(\d+\)$/, "") ?? "";

      // The coordinator's three decisions, typed into the Matches tab's cells.
      const type = async (a1: string, text: string) => {
        await cell(page, a1).click();
        await page.keyboard.type(text);
        await page.keyboard.press("Enter");
        await expect.poll(() => env.inspect.cell("Matches", a1).value).toBe(text);
      };
      await type(`${letter("Decision")}${rejectA.row}`, "Reject");
      await type(`${letter("Decision")}${rejectB.row}`, "Reject");
      await type(`${letter("Decision")}${swap.row}`, "Swap");
      await type(`${letter("Swap to")}${swap.row}`, swapTo);
      const accepted = rows.filter((r) => ![rejectA, rejectB, swap].includes(r));
      for (const r of accepted) env.userEdit("Matches", `${letter("Decision")}${r.row}`, "Accept");
      const pairs = accepted.length + 1;

      // Each plan takes 25 s here: the run stops at a safe point before the 6-minute limit.
      env.faults.on("Spreadsheet.insertSheet", () => env.clock.advance(25_000));
      const tabsBefore = env.inspect.sheetNames().length;
      await frame.getByRole("button", { name: "Create plans for accepted matches" }).click();
      const progress = frame.locator("#plan-run-progress");
      await expect
        .poll(() => textOf(progress), { timeout: 20_000 })
        .toMatch(/^\d+ of \d+ plans created\. Paused to stay within Apps Script's time limit/);
      const paused = Number(/^(\d+)/.exec(await textOf(progress))?.[1]);
      expect(paused).toBeLessThan(pairs);
      await frame.getByRole("button", { name: "Stop", exact: true }).waitFor();

      // A day passes on the playground's clock: the hourly scheduler finishes the run.
      await page.getByRole("button", { name: "+1 day" }).click();
      await expect
        .poll(() => (bundle.call("getPlanCreationProgress") as { text: string }).text, {
          timeout: 20_000,
        })
        .toBe(`${pairs} of ${pairs} plans created. Done.`);
      expect(env.inspect.sheetNames().length - tabsBefore).toBe(pairs);

      // Every accepted pair's row links its plan; the rejected rows have none.
      const formulas = env.inspect.formulas("Matches");
      const plan = header.indexOf("Plan");
      for (const r of [...accepted, swap]) {
        expect(formulas[r.row - 1]?.[plan]).toMatch(/^=HYPERLINK\("#gid=\d+","Plan · /);
      }
      expect([rejectA, rejectB].map((r) => formulas[r.row - 1]?.[plan])).toEqual(["", ""]);
      const links = new Set([...accepted, swap].map((r) => formulas[r.row - 1]?.[plan]));
      expect(links.size).toBe(pairs);
      // The swapped pair's plan names the mentor chosen in Swap to.
      const swappedLabel = /"(Plan · [^"]+)"\)$/.exec(formulas[swap.row - 1]?.[plan] ?? "")?.[1];
      const swappedValues = env.inspect
        .sheetValues(swappedLabel ?? "")
        .flat()
        .map(String);
      expect(swappedValues).toContain(swapTo.replace(/^.*<|>$/g, ""));

      // Clicking again makes nothing new, and says so.
      await frame.getByRole("button", { name: "Create plans for accepted matches" }).click();
      await expect
        .poll(() => textOf(progress), { timeout: 20_000 })
        .toBe(`${pairs} of ${pairs} plans created. Done.`);
      expect(env.inspect.sheetNames().length - tabsBefore).toBe(pairs);
      await page.getByRole("tab", { name: swappedLabel ?? "", exact: true }).waitFor();
    },
    E2E_TIMEOUT * 3,
  );
});
