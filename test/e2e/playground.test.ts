/**
 * The playground in a real browser (Debian's Chromium driven by playwright-core), used the way a
 * coordinator would: the add-on's menu, the real sidebar through the google.script.run bridge,
 * the grid, the Dashboard, the clock and the outbox. Each test gets its own server and state.
 */
import { describe, expect, it } from "vitest";
import { insertPlan, insertTwoPairs } from "../playground/support";
import {
  cell,
  chromiumSuite,
  E2E_TIMEOUT,
  fillPair,
  mentions,
  openTab,
  rowOf,
  shows,
  sidebar,
  textOf,
  useMenu,
} from "./browser";

const suite = chromiumSuite();
const openPlayground = suite.open;

describe("the playground in Chromium", () => {
  it(
    "menu → sidebar → a plan from a template with an edited goal becomes a tab with its sections",
    async () => {
      const page = await openPlayground();
      await useMenu(page, "Insert new plan…");
      const frame = sidebar(page);
      await frame.getByRole("heading", { name: "New mentoring plan" }).waitFor();
      await fillPair(frame, "ana.lopez@example.org");
      await frame.locator("#plan-templateId").selectOption("career-transition");
      const goal = frame.locator("#plan-goals-0-text");
      await expect.poll(() => goal.inputValue()).not.toBe("");
      await goal.fill("Run five customer interviews with the product team");
      await frame.getByRole("button", { name: "Insert plan" }).click();
      await frame.getByText("Plan inserted.").waitFor();

      // The new tab appears in the strip, drawn from what the emulator holds.
      await page.getByRole("tab", { name: "Plan · Ana Lopez" }).waitFor();
      await openTab(page, "Plan · Ana Lopez");
      for (const title of ["STARTING POINT", "GOALS", "ACTIONS", "PROGRESS", "NEXT STEPS"]) {
        expect(await rowOf(page, "A", title)).toBeGreaterThan(0);
      }
      const goalsRow = await rowOf(page, "A", "GOALS");
      await shows(
        cell(page, `B${goalsRow + 2}`),
        "Run five customer interviews with the product team",
      );
      // Dropdowns come from the tab's data validation.
      await expect
        .poll(() =>
          cell(page, `E${goalsRow + 2}`)
            .locator("select")
            .inputValue(),
        )
        .toBe("Not started");
      const stored = suite
        .playground()
        .playground.env.inspect.sheetValues("Plan · Ana Lopez")
        .flat();
      expect(stored).toContain("Run five customer interviews with the product team");
    },
    E2E_TIMEOUT,
  );

  it(
    "an invalid email shows the field's error and no tab appears; the server's own check agrees",
    async () => {
      const page = await openPlayground();
      const tabsBefore = await page.getByRole("tab").count();
      await useMenu(page, "Insert new plan…");
      const frame = sidebar(page);
      await fillPair(frame, "ana@");
      await frame.getByRole("button", { name: "Insert plan" }).click();
      await shows(
        frame.locator("#plan-menteeEmail-error"),
        "Mentee email must be a valid email address.",
      );
      await expect
        .poll(() => frame.getByLabel("Mentee email").getAttribute("aria-invalid"))
        .toBe("true");
      expect(await page.getByRole("tab").count()).toBe(tabsBefore);
      expect(
        suite
          .playground()
          .playground.env.inspect.sheetNames()
          .some((n) => n.startsWith("Plan ·")),
      ).toBe(false);

      // The same form sent straight through google.script.run: refused field by field, and a
      // server function that throws reaches the failure handler with its message and user object.
      const sidebarFrame = await (await page.$("#sidebar-frame"))?.contentFrame();
      const answers = await sidebarFrame?.evaluate(() => {
        const run = (window as unknown as { google: { script: { run: Record<string, never> } } })
          .google.script.run as unknown as {
          withSuccessHandler(f: (v: unknown, u: unknown) => void): typeof run;
          withFailureHandler(f: (e: Error, u: unknown) => void): typeof run;
          withUserObject(u: unknown): typeof run;
          insertPlan(form: unknown): void;
          previewReview(email: unknown): void;
        };
        const call = (invoke: (r: typeof run) => void) =>
          new Promise((resolve) => {
            invoke(
              run
                .withUserObject({ asked: true })
                .withSuccessHandler((value, user) => resolve({ value, user }))
                .withFailureHandler((error, user) =>
                  resolve({ failed: error instanceof Error, message: error.message, user }),
                ),
            );
          });
        return Promise.all([
          call((r) => r.insertPlan({ menteeName: "Ana", menteeEmail: "ana@" })),
          call((r) => r.previewReview("not an email")),
        ]);
      });
      const [inserted, preview] = answers as [
        { value: { ok: boolean; fieldErrors: Record<string, string> } },
        { failed: boolean; message: string; user: unknown },
      ];
      expect(inserted.value.ok).toBe(false);
      expect(inserted.value.fieldErrors.menteeEmail).toBe(
        "Mentee email must be a valid email address.",
      );
      expect(preview).toEqual({
        failed: true,
        message: "Reviewer email must be a valid email address.",
        user: { asked: true },
      });
      expect(await page.getByRole("tab").count()).toBe(tabsBefore);
    },
    E2E_TIMEOUT,
  );

  it(
    "a status set to Done in the grid moves the live completion, the highlight and the Dashboard",
    async () => {
      const page = await openPlayground((pg) => {
        insertPlan(pg.playground, {
          mentee: "Ana Lopez",
          mentor: "Ben Okafor",
          reviewer: "rita@example.org",
        });
        pg.playground.call("refreshDashboard", []);
      });
      await openTab(page, "Dashboard");
      const planRow = await rowOf(page, "B", "Ana Lopez");
      const completionColumn = "L";
      await shows(cell(page, `${completionColumn}${planRow - 1}`), "Completion");
      await shows(cell(page, `${completionColumn}${planRow}`), "0%");

      await openTab(page, "Plan · Ana Lopez");
      const firstGoal = (await rowOf(page, "A", "GOALS")) + 2;
      const completion = (await rowOf(page, "A", "Completion")) + 1;
      await shows(cell(page, `A${completion}`), "0%");
      await cell(page, `E${firstGoal}`).locator("select").selectOption("Done");
      // The tab's own formula (evaluated by the playground) and its "Done goal" highlight.
      await shows(cell(page, `A${completion}`), "25%");
      await expect
        .poll(() =>
          cell(page, `A${firstGoal}`).evaluate((td) => getComputedStyle(td).backgroundColor),
        )
        .toBe("rgb(217, 234, 211)");

      // Typing into a cell is a user's edit: a check-in date becomes a date in the sheet.
      const checkIn = (await rowOf(page, "A", "PROGRESS")) + 2;
      await cell(page, `A${checkIn}`).dblclick();
      await page.keyboard.type("2026-01-05");
      await page.keyboard.press("Enter");
      await shows(cell(page, `A${checkIn}`), "2026-01-05");
      // The cell shows what was typed at once; the server stores it a moment later.
      await expect
        .poll(() =>
          Object.prototype.toString.call(
            suite.playground().playground.env.inspect.cell("Plan · Ana Lopez", `A${checkIn}`).value,
          ),
        )
        .toBe("[object Date]");

      await useMenu(page, "Refresh dashboard");
      await mentions(page.locator("#status"), "Refresh dashboard: Dashboard refreshed");
      await openTab(page, "Dashboard");
      await shows(cell(page, `${completionColumn}${planRow}`), "25%");
      await mentions(page.locator("figure.chart"), "25%");
      // The chart's text alternative says every bar in words.
      await expect
        .poll(() => page.locator('figure.chart svg[role="img"]').getAttribute("aria-label"))
        .toContain("Completion per plan: Ana Lopez 25%");
    },
    E2E_TIMEOUT,
  );

  it(
    "reviews turned on in the sidebar send the reviewer a digest naming the pair two weeks later",
    async () => {
      const page = await openPlayground((pg) => {
        insertTwoPairs(pg.playground);
      });
      await shows(page.locator("#outbox-list"), "No email sent yet.");
      await useMenu(page, "Open sidebar");
      const frame = sidebar(page);
      await frame.getByRole("button", { name: "Reviews", exact: true }).click();
      await frame.getByLabel("Send review digests every two weeks").check();
      await frame.getByRole("button", { name: "Save settings" }).click();
      await frame.locator(".message.success").waitFor();
      await mentions(page.locator("#triggers"), "runScheduler");
      await mentions(page.locator("#triggers"), "every hour at :00");

      await page.getByRole("button", { name: "+2 weeks" }).click();
      await mentions(page.locator("#status"), "email(s) sent");
      await mentions(page.locator("#clock-label"), "19 Jan 2026");
      const toRita = page.locator("#outbox-list .mail").filter({ hasText: "rita@example.org" });
      await toRita.first().waitFor();
      await toRita.first().click();
      const mail = page.frameLocator("#mail-frame");
      await mentions(mail.locator("body"), "Ana Lopez");
      expect(await textOf(mail.locator("body"))).not.toContain("Chen Wei");
      const sent = suite.playground().playground.env.outbox ?? [];
      expect(sent.some((m) => m.to === "sam@example.org" && m.htmlBody?.includes("Chen Wei"))).toBe(
        true,
      );
    },
    E2E_TIMEOUT,
  );
});
