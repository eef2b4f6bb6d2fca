// The sidebar's bundle as dist/Sidebar.html ships it: it holds the sidebar code
// and the shared domain only. The server's entry points are imported for their types, so no
// Apps Script service may reach the page.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { SIDEBAR_CALLS } from "../../src/sidebar-calls";

let bundle = "";

beforeAll(() => {
  // What ships: the script inlined in dist/Sidebar.html (npm test builds before testing).
  const html = readFileSync(new URL("../../dist/Sidebar.html", import.meta.url), "utf8");
  bundle = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("\n");
});

describe("sidebar bundle", () => {
  it("contains no server code (no Apps Script service is named in it)", () => {
    expect(bundle.length).toBeGreaterThan(1000);
    for (const service of [
      "SpreadsheetApp",
      "PropertiesService",
      "MailApp",
      "ScriptApp",
      "LockService",
      "HtmlService",
      "Session.get",
    ]) {
      expect(bundle, service).not.toContain(service);
    }
  });

  it("calls each sidebar entry point by its name", () => {
    for (const name of SIDEBAR_CALLS) expect(bundle).toContain(`"${name}"`);
    expect(bundle).toContain("google.script.run");
  });
});
