// The sidebar's bundle, built the way scripts/build.mjs builds it: it holds the sidebar code
// and the shared domain only. The server's entry points are imported for their types, so no
// Apps Script service may reach the page.
import { build } from "esbuild";
import { beforeAll, describe, expect, it } from "vitest";
import { SIDEBAR_CALLS } from "../../src/sidebar-calls";

let bundle = "";

beforeAll(async () => {
  const result = await build({
    entryPoints: [new URL("../../sidebar/main.ts", import.meta.url).pathname],
    bundle: true,
    format: "iife",
    target: "es2019",
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  bundle = result.outputFiles[0]?.text ?? "";
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
