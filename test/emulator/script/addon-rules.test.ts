import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const EDITOR_TRIGGERS = "https://developers.google.com/workspace/add-ons/concepts/editor-triggers";
const SCRIPT_APP = "https://developers.google.com/apps-script/reference/script/script-app";
const TOO_MANY_CLOCK =
  "This add-on has created too many time-based triggers in this document for this Google user account.";

/** One coordinator using the add-on in two program spreadsheets. */
function twoPrograms() {
  const a = createEnvironment({ spreadsheetName: "Program A" });
  const b = createEnvironment({ spreadsheetName: "Program B", sharedWith: a });
  return { a, b };
}

describe("editor add-on rules (an add-on is the default; a bound script is the other mode)", () => {
  test(`one trigger of each type per user per document: a second time-based one throws Google's text (${EDITOR_TRIGGERS}#restrictions)`, () => {
    const env = createEnvironment();
    const sa = env.globals.ScriptApp;
    sa.newTrigger("runReview").timeBased().everyWeeks(1).create();
    expect(() => sa.newTrigger("refresh").timeBased().everyDays(1).create()).toThrow(
      TOO_MANY_CLOCK,
    );
    // One-off triggers are time-based too.
    expect(() => sa.newTrigger("later").timeBased().after(60_000).create()).toThrow(TOO_MANY_CLOCK);
    expect(env.triggers).toHaveLength(1);
    // Another user of the same document has a trigger of their own.
    env.setUser("second@example.org");
    sa.newTrigger("refresh").timeBased().everyDays(1).create();
    expect(env.triggers).toHaveLength(2);
  });

  test("the same user may have a time-based trigger in each document that uses the add-on", () => {
    const { a, b } = twoPrograms();
    a.globals.ScriptApp.newTrigger("run").timeBased().everyHours(1).create();
    b.globals.ScriptApp.newTrigger("run").timeBased().everyHours(1).create();
    expect(a.triggers.map((t) => t.documentId)).toEqual([
      "emulated-spreadsheet-id",
      "emulated-spreadsheet-id-2",
    ]);
  });

  test("a bound script is not limited to one trigger of a type", () => {
    const env = createEnvironment({ mode: "bound" });
    const sa = env.globals.ScriptApp;
    sa.newTrigger("runReview").timeBased().everyWeeks(1).create();
    sa.newTrigger("refresh").timeBased().everyDays(1).create();
    expect(env.triggers).toHaveLength(2);
  });

  test(`getProjectTriggers spans the user's documents; getUserTriggers(spreadsheet) is this document's only (${SCRIPT_APP}#getUserTriggers(Spreadsheet))`, () => {
    const { a, b } = twoPrograms();
    a.globals.ScriptApp.newTrigger("inA").timeBased().everyHours(1).create();
    b.globals.ScriptApp.newTrigger("inB").timeBased().everyHours(1).create();
    const handlers = (ts: Array<{ getHandlerFunction(): string }>) =>
      ts.map((t) => t.getHandlerFunction());
    expect(handlers(a.globals.ScriptApp.getProjectTriggers())).toEqual(["inA", "inB"]);
    const ssA = a.globals.SpreadsheetApp.getActiveSpreadsheet();
    const ssB = b.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(handlers(a.globals.ScriptApp.getUserTriggers(ssA))).toEqual(["inA"]);
    expect(handlers(b.globals.ScriptApp.getUserTriggers(ssB))).toEqual(["inB"]);
    // Deleting through getProjectTriggers in A removes B's trigger: the trap the rule sets.
    for (const t of a.globals.ScriptApp.getProjectTriggers()) a.globals.ScriptApp.deleteTrigger(t);
    expect(b.triggers).toHaveLength(0);
    expect(() => a.globals.ScriptApp.getUserTriggers("not a spreadsheet")).toThrow(
      "don't match the method signature",
    );
  });

  test("each trigger runs in the document that created it, as its owner, on the shared clock", () => {
    const { a, b } = twoPrograms();
    const ran: string[] = [];
    a.setTriggerRunner(() => ran.push(`A:${a.user}`));
    b.setTriggerRunner(() => ran.push(`B:${b.user}`));
    a.globals.ScriptApp.newTrigger("run").timeBased().everyHours(1).create();
    b.setUser("second@example.org");
    b.globals.ScriptApp.newTrigger("run").timeBased().everyHours(1).create();
    b.setUser("coordinator@example.org");
    a.advanceTime(3_600_000);
    expect(ran.sort()).toEqual(["A:coordinator@example.org", "B:second@example.org"]);
    expect(b.clock.nowMs()).toBe(a.clock.nowMs());
  });

  test(`getAuthorizationInfo(FULL) says REQUIRED with a URL when the grant is out of date; other services then throw (${EDITOR_TRIGGERS}#authorization_in_installable_triggers)`, () => {
    const env = createEnvironment();
    const sa = env.globals.ScriptApp;
    const info = sa.getAuthorizationInfo(sa.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(sa.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    env.auth.requireReauthorization();
    const stale = sa.getAuthorizationInfo(sa.AuthMode.FULL);
    expect(stale.getAuthorizationStatus()).toBe(sa.AuthorizationStatus.REQUIRED);
    expect(stale.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\/.*authorize/);
    expect(() => env.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      "Authorization is required to perform that action.",
    );
    // The notice pattern still works: mail to the user, properties.
    env.globals.MailApp.sendEmail("coordinator@example.org", "Authorize", "url");
    env.globals.PropertiesService.getUserProperties().setProperty("k", "v");
    env.auth.reauthorize();
    expect(env.globals.SpreadsheetApp.getActiveSpreadsheet()).not.toBeNull();
  });

  test("getDocumentLock() returns null outside a document's context (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock())", () => {
    const env = createEnvironment();
    expect(env.globals.LockService.getDocumentLock()).not.toBeNull();
    env.globals.LockService.documentContext = false;
    expect(env.globals.LockService.getDocumentLock()).toBeNull();
    expect(env.globals.LockService.getScriptLock().tryLock(10)).toBe(true);
  });

  test("the two documents share mail quota and user properties, not document properties", () => {
    const { a, b } = twoPrograms();
    a.globals.PropertiesService.getDocumentProperties().setProperty("k", "A");
    a.globals.PropertiesService.getUserProperties().setProperty("u", "mine");
    expect(b.globals.PropertiesService.getDocumentProperties().getProperty("k")).toBeNull();
    expect(b.globals.PropertiesService.getUserProperties().getProperty("u")).toBe("mine");
    a.globals.MailApp.sendEmail("x@example.org", "S", "B");
    expect(b.globals.MailApp.getRemainingDailyQuota()).toBe(99);
    expect(b.outbox).toHaveLength(1);
  });
});
