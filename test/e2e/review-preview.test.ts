/**
 * The digest preview in the sidebar's Reviews view, in Chromium: it says which period it shows
 * and when that digest is due, and an address that reviews no pairs is told so in words
 * instead of being shown an empty digest.
 */
import { describe, expect, it } from "vitest";
import { insertPlan } from "../playground/support";
import { chromiumSuite, E2E_TIMEOUT, mentions, sidebar, useMenu } from "./browser";

const suite = chromiumSuite();

describe("the digest preview", () => {
  it(
    "names the period and when it is due; an address with no pairs is told it gets nothing",
    async () => {
      const page = await suite.open((pg) => {
        insertPlan(pg.playground, {
          mentee: "Ana Lopez",
          mentor: "Ben Okafor",
          reviewer: "rita@example.org",
        });
      });
      await useMenu(page, "Open sidebar");
      const bar = sidebar(page);
      await bar.getByRole("button", { name: "Reviews", exact: true }).click();
      const email = bar.locator("#preview-reviewerEmail");
      const preview = bar.getByRole("button", { name: "Preview a digest" });
      const said = bar.locator('section[aria-labelledby="preview-title"] .messages');

      await email.fill("nobody@example.org");
      await preview.click();
      await mentions(
        said,
        "nobody@example.org reviews no pairs, so no digest is sent to this address.",
      );
      expect(await bar.locator("iframe.preview-frame").count()).toBe(0);

      // The playground's clock starts on Monday 5 January 2026; reviews are off until saved.
      await email.fill("rita@example.org");
      await preview.click();
      await mentions(
        said,
        "This is the digest for 29 Dec 2025 – 11 Jan 2026. Reviews are off: nothing is sent until they are turned on and saved in the settings.",
      );
      await mentions(said, "1 pair for rita@example.org.");
      expect(await bar.locator("iframe.preview-frame").count()).toBe(1);
    },
    E2E_TIMEOUT,
  );
});
