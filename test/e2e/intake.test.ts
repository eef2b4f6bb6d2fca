/**
 * Intake in the playground, in Chromium: the sidebar's Intake view makes the Roster, a pasted
 * roster becomes suggestions in the Matches tab, decisions are set in the Matches tab, and
 * "Create plans for accepted matches" makes one plan per accepted pair, saying how far it got.
 */
import { describe, expect, it } from "vitest";
import { generateRoster } from "../../scripts/bench/roster-generator";
import { chromiumSuite, E2E_TIMEOUT, mentions, sidebar, useMenu } from "./browser";

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
});
