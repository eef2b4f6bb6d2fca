/**
 * dist/Code.js as Apps Script sees it: every entry point of docs/design.md is a real top-level
 * function declaration (Apps Script only lists those for menus, triggers and
 * google.script.run), and no module syntax is left in the file.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import * as entryPoints from "../../src/main";
import { SIDEBAR_CALLS } from "../../src/sidebar-calls";

const DOCUMENTED_ENTRY_POINTS = [
  "onOpen",
  "onInstall",
  "showSidebar",
  "insertPlanFromMenu",
  "refreshDashboard",
  "refreshOutcomes",
  "sendReviewsNow",
  "getSidebarState",
  "insertPlan",
  "saveSettings",
  "previewReview",
  "runScheduledReview",
];

const codePath = fileURLToPath(new URL("../../dist/Code.js", import.meta.url));
let code = "";
let source: ts.SourceFile;

beforeAll(() => {
  code = readFileSync(codePath, "utf8");
  source = ts.createSourceFile("Code.js", code, ts.ScriptTarget.ES2019, true, ts.ScriptKind.JS);
});

function topLevelFunctions(file: ts.SourceFile): string[] {
  return file.statements
    .filter(ts.isFunctionDeclaration)
    .map((f) => f.name?.text ?? "")
    .filter((n) => n !== "");
}

describe("dist/Code.js", () => {
  it("declares every documented entry point as a top-level function", () => {
    const declared = topLevelFunctions(source);
    for (const name of DOCUMENTED_ENTRY_POINTS) expect(declared).toContain(name);
  });

  it("declares exactly the exports of src/main.ts, generated from that one list", () => {
    expect(topLevelFunctions(source).sort()).toEqual(Object.keys(entryPoints).sort());
  });

  it("offers the sidebar only calls that are entry points", () => {
    for (const call of SIDEBAR_CALLS) expect(Object.keys(entryPoints)).toContain(call);
  });

  it("holds no import, export or require", () => {
    const moduleSyntax = source.statements.filter(
      (s) => ts.isImportDeclaration(s) || ts.isExportDeclaration(s) || ts.isExportAssignment(s),
    );
    expect(moduleSyntax).toEqual([]);
    expect(code).not.toMatch(/\brequire\s*\(/);
  });

  it("parses as a script without syntax errors", () => {
    const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] })
      .parseDiagnostics;
    expect(diagnostics).toEqual([]);
  });
});

describe("dist/appsscript.json", () => {
  it("asks for exactly the narrowest scopes, on the V8 runtime", () => {
    const manifest = JSON.parse(
      readFileSync(fileURLToPath(new URL("../../dist/appsscript.json", import.meta.url)), "utf8"),
    );
    expect(manifest.runtimeVersion).toBe("V8");
    expect(typeof manifest.timeZone).toBe("string");
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        "https://www.googleapis.com/auth/script.container.ui",
        "https://www.googleapis.com/auth/script.scriptapp",
        "https://www.googleapis.com/auth/script.send_mail",
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        // Session.getActiveUser().getEmail(): who is a coordinator (docs/design.md, "Roles").
        "https://www.googleapis.com/auth/userinfo.email",
      ].sort(),
    );
  });
});
