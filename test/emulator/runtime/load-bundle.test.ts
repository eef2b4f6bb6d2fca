import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { createEnvironment, entryPointsOf, loadBundle } from "../index";

/** A tiny hand-written bundle in the shape scripts/build.mjs produces. */
const BUNDLE = `
var App = (function () {
  function onOpen(e) {
    SpreadsheetApp.getUi().createAddonMenu().addItem("Open sidebar", "showSidebar").addToUi();
  }
  return {
    onOpen: onOpen,
    onInstall: function (e) { onOpen(e); },
    showSidebar: function () {
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Mentoring"));
    },
    getSidebarState: function () {
      return { name: SpreadsheetApp.getActive().getName(), at: new Date().toISOString(), missing: undefined };
    },
    insertPlan: function (form) { return { received: form }; },
    previewReview: function () { return { when: new Date() }; },
    probe: function () {
      return {
        typeofRequire: typeof require, typeofProcess: typeof process, typeofBuffer: typeof Buffer,
        typeofFetch: typeof fetch, typeofSetTimeout: typeof setTimeout,
        now: Date.now(), fresh: new Date().getTime(), epoch: new Date(0).getTime(),
        utc: Date.UTC(2026, 0, 1), parsed: Date.parse("2026-01-01T00:00:00Z"),
        isDate: new Date() instanceof Date, asString: typeof Date(),
      };
    },
    catchError: function () {
      try { SpreadsheetApp.getActive().insertSheet("Sheet1"); }
      catch (err) { return { isError: err instanceof Error, message: err.message, text: String(err) }; }
    },
    takeLock: function () { LockService.getDocumentLock().waitLock(100); },
    runScheduledReview: function (e) { MailApp.sendEmail("r@example.org", "Review " + e.triggerUid, "body"); }
  };
})();
function onOpen() { return App.onOpen.apply(this, arguments); }
function onInstall() { return App.onInstall.apply(this, arguments); }
function showSidebar() { return App.showSidebar.apply(this, arguments); }
function getSidebarState() { return App.getSidebarState.apply(this, arguments); }
function insertPlan() { return App.insertPlan.apply(this, arguments); }
function previewReview() { return App.previewReview.apply(this, arguments); }
function probe() { return App.probe.apply(this, arguments); }
function catchError() { return App.catchError.apply(this, arguments); }
function takeLock() { return App.takeLock.apply(this, arguments); }
function runScheduledReview() { return App.runScheduledReview.apply(this, arguments); }
`;

function load(options = {}) {
  const env = createEnvironment({ htmlFiles: { Sidebar: "<main>sidebar</main>" }, ...options });
  return { env, bundle: loadBundle(env, { code: BUNDLE }) };
}

describe("loadBundle", () => {
  test("entry points are the top-level function declarations, in order", () => {
    const { bundle } = load();
    expect(bundle.entryPoints).toEqual(entryPointsOf(BUNDLE));
    expect(bundle.entryPoints.slice(0, 3)).toEqual(["onOpen", "onInstall", "showSidebar"]);
    expect(entryPointsOf("var x = function f() {}; const g = () => 1; function h() {}")).toEqual([
      "h",
    ]);
  });

  test("the context holds only the Apps Script globals: no require, process, Buffer, fetch or setTimeout", () => {
    const { bundle } = load();
    expect(bundle.call("probe")).toMatchObject({
      typeofRequire: "undefined",
      typeofProcess: "undefined",
      typeofBuffer: "undefined",
      typeofFetch: "undefined",
      typeofSetTimeout: "undefined",
    });
  });

  test("Date inside the bundle follows the emulator's clock and stays a working Date", () => {
    const { env, bundle } = load();
    env.clock.set(new Date("2026-04-01T12:00:00Z"));
    const probe = bundle.call<Record<string, unknown>>("probe");
    const at = Date.parse("2026-04-01T12:00:00Z");
    expect(probe).toMatchObject({
      now: at,
      fresh: at,
      epoch: 0,
      utc: Date.UTC(2026, 0, 1),
      isDate: true,
      asString: "string",
    });
    expect(probe.parsed).toBe(Date.UTC(2026, 0, 1));
  });

  test("onOpen in AuthMode.NONE builds the menu; a call needing authorization in NONE throws (https://developers.google.com/apps-script/reference/script/auth-mode)", () => {
    const { env, bundle } = load();
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.NONE });
    expect(env.ui.menus[0]?.items).toEqual([
      { caption: "Open sidebar", functionName: "showSidebar" },
    ]);
    expect(() => bundle.call("onInstall", { authMode: "NONE" })).not.toThrow();
    const noneBundle = loadBundle(env, {
      code: "function onOpen(e) { SpreadsheetApp.getActive().getName(); }",
    });
    expect(() => noneBundle.call("onOpen", { authMode: "NONE" })).toThrow(
      "You do not have permission to call SpreadsheetApp.getActive.",
    );
    expect(env.execution.depth()).toBe(0);
  });

  test("showSidebar opens the HTML file with its title", () => {
    const { env, bundle } = load();
    bundle.call("showSidebar");
    expect(env.ui.sidebars).toEqual([
      { title: "Mentoring", html: "<main>sidebar</main>", width: 300, requestedWidth: null },
    ]);
  });

  test("sidebar calls carry arguments and results as google.script.run does (JSON; no Dates) (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values)", () => {
    const { bundle } = load();
    const state = bundle.call<Record<string, unknown>>("getSidebarState");
    expect(state).toEqual({ name: "Mentoring program", at: "2026-01-05T09:00:00.000Z" });
    expect(
      bundle.call("insertPlan", { mentee: "Ann", skip: undefined, list: [1, undefined] }),
    ).toEqual({
      received: { mentee: "Ann", list: [1, null] },
    });
    expect(() => bundle.call("insertPlan", { start: new Date() })).toThrow(
      "google.script.run cannot carry a Date (at arguments[0].start).",
    );
    expect(() => bundle.call("previewReview", "r@example.org")).toThrow(
      "cannot carry a Date (at result.when)",
    );
  });

  test("errors thrown by the services are Errors of the bundle's realm, printed as Exception: …", () => {
    const { bundle } = load();
    expect(bundle.call("catchError")).toEqual({
      isError: true,
      message: 'A sheet with the name "Sheet1" already exists. Please enter another name.',
      text: 'Exception: A sheet with the name "Sheet1" already exists. Please enter another name.',
    });
  });

  test("each call is one execution whose locks are released when it ends", () => {
    const { env, bundle } = load();
    bundle.call("takeLock");
    expect(env.locks.document.heldBy()).toBeNull();
  });

  test("an unknown function fails like Apps Script's 'Script function not found'", () => {
    const { bundle } = load();
    expect(() => bundle.call("nope")).toThrow("Script function not found: nope");
  });

  test("due triggers call the bundle's handler with a time-driven event (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events)", () => {
    const { env } = load();
    env.globals.ScriptApp.newTrigger("runScheduledReview")
      .timeBased()
      .everyDays(1)
      .atHour(10)
      .create();
    const runs = env.advanceTime(2 * 3_600_000);
    expect(runs.map((r) => [r.handler, r.error])).toEqual([["runScheduledReview", undefined]]);
    expect(env.outbox.map((m) => m.subject)).toEqual(["Review 1"]);
  });

  test("by default the code is read from a file (codePath)", () => {
    const dir = mkdtempSync(join(tmpdir(), "bundle-"));
    const path = join(dir, "Code.js");
    writeFileSync(path, "function hello() { return Session.getScriptTimeZone(); }");
    const env = createEnvironment({ timeZone: "Asia/Tokyo" });
    expect(loadBundle(env, { codePath: path }).call("hello")).toBe("Asia/Tokyo");
  });
});
