import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet/protection";
const PROTECTED =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

function setup() {
  const env = createEnvironment({ userEmail: "coordinator@example.org" });
  const app = env.globals.SpreadsheetApp;
  const sheet = app.getActive().insertSheet("Plan");
  return { env, app, sheet };
}

describe("Protection", () => {
  test(`a range protection records its description and type (${REF}#setDescription(String))`, () => {
    const { app, sheet } = setup();
    const p = sheet.getRange("A1:H1").protect().setDescription("Plan labels");
    expect(p.getDescription()).toBe("Plan labels");
    expect(p.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect((p.getRange() as { getA1Notation(): string }).getA1Notation()).toBe("A1:H1");
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);
  });

  test(`the owner stays an editor: removeEditors(getEditors()) leaves only the owner (${REF}#removeEditors(String))`, () => {
    const { env, sheet } = setup();
    const p = sheet.getRange("A1").protect();
    p.addEditor("mentor@example.org");
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(["coordinator@example.org"]);
    expect(p.canDomainEdit()).toBe(false);
    env.setUser("mentor@example.org");
    expect(p.canEdit()).toBe(false);
  });

  test("until editors change, a protection mirrors the spreadsheet: any editor may still edit (https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect())", () => {
    const { env, sheet } = setup();
    sheet.getRange("A1").protect();
    env.setUser("mentee@example.org");
    sheet.getRange("A1").setValue("edited");
    expect(sheet.getRange("A1").getValue()).toBe("edited");
  });

  test("a user who is not an editor cannot write into protected cells, and nothing changes", () => {
    const { env, sheet } = setup();
    const p = sheet.getRange("A1:B1").protect();
    p.removeEditors(p.getEditors());
    env.setUser("mentee@example.org");
    expect(() => sheet.getRange("B1:C1").setValues([["x", "y"]])).toThrow(PROTECTED);
    expect(sheet.getRange("B1:C1").getValues()).toEqual([["", ""]]);
    sheet.getRange("C1").setValue("outside the protected range");
    env.setUser("coordinator@example.org");
    sheet.getRange("A1").setValue("owner edits");
    expect(sheet.getRange("A1").getValue()).toBe("owner edits");
  });

  test(`a sheet protection with unprotected ranges leaves those editable (${REF}#setUnprotectedRanges(Range))`, () => {
    const { env, sheet } = setup();
    const p = sheet.protect().setUnprotectedRanges([sheet.getRange("B5:H40")]);
    p.removeEditors(p.getEditors());
    expect(
      p.getUnprotectedRanges().map((r) => (r as { getA1Notation(): string }).getA1Notation()),
    ).toEqual(["B5:H40"]);
    expect(sheet.protect().getUnprotectedRanges()).toHaveLength(1);
    env.setUser("mentor@example.org");
    sheet.getRange("C6").setValue("done");
    expect(() => sheet.getRange("A1").setValue("title")).toThrow(PROTECTED);
  });

  test("warning-only protections let anyone edit; remove() deletes the protection (https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean))", () => {
    const { env, app, sheet } = setup();
    const p = sheet.getRange("A1").protect().setWarningOnly(true);
    p.removeEditors(p.getEditors());
    env.setUser("mentor@example.org");
    sheet.getRange("A1").setValue("ok");
    p.remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });
});

describe("editors through groups and the domain, as Google's protection sample expects", () => {
  const SAMPLE = `${REF} (sample: "Ensure the current user is an editor before removing others")`;

  test(`removing the group a non-owner's access comes through throws; adding them first makes it safe (${SAMPLE})`, () => {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    env.sharing.addGroup("coordinators@example.org", ["deputy@example.org"]);
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    env.setUser("deputy@example.org");
    const p = sheet.getRange("A1:H1").protect();
    expect(p.getEditors().map((u) => u.getEmail())).toContain("coordinators@example.org");
    expect(() => p.removeEditors(p.getEditors())).toThrow("comes through that group");
    const q = sheet.getRange("A3:H3").protect();
    q.addEditor(env.globals.Session.getEffectiveUser());
    q.removeEditors(q.getEditors());
    expect(
      q
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(["deputy@example.org", "owner@example.org"]);
    expect(q.canEdit()).toBe(true);
  });

  test(`a user listed by name on a new protection is already its editor: removing every editor, their group too, keeps them (${REF}#removeEditors(String): "Neither the owner of the spreadsheet nor the current user can be removed")`, () => {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    env.sharing.addGroup("coordinators@example.org", ["deputy@example.org"]);
    env.sharing.addEditor("deputy@example.org");
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    env.setUser("deputy@example.org");
    const p = sheet.getRange("A1:H1").protect();
    const editors = p.getEditors().map((u) => u.getEmail());
    expect(editors).toContain("deputy@example.org");
    expect(editors).toContain("coordinators@example.org");
    p.removeEditors(p.getEditors());
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual(["deputy@example.org", "owner@example.org"]);
    sheet.getRange("A1").setValue("still mine");
    env.setUser("someone@example.org");
    expect(() => sheet.getRange("A1").setValue("x")).toThrow(PROTECTED);
  });

  test(`a group listed as an editor lets its members edit; removed, it does not (${REF}#getEditors())`, () => {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    env.sharing.addGroup("mentors@example.org", ["mo@example.org"]);
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    const kept = sheet.getRange("A1").protect();
    kept.removeEditors(["owner@example.org"]); // editors changed: no longer mirrors
    const gone = sheet.getRange("B1").protect();
    gone.removeEditors(gone.getEditors());
    env.setUser("mo@example.org");
    sheet.getRange("A1").setValue("through the group");
    expect(() => sheet.getRange("B1").setValue("x")).toThrow(PROTECTED);
  });

  test(`shared with the domain: domain edit is on until turned off (${REF}#canDomainEdit())`, () => {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    env.sharing.shareWithDomain("example.org");
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    const p = sheet.getRange("A1").protect();
    p.removeEditors(p.getEditors());
    expect(p.canDomainEdit()).toBe(true);
    env.setUser("anyone@example.org");
    sheet.getRange("A1").setValue("domain user");
    env.setUser("owner@example.org");
    p.setDomainEdit(false);
    env.setUser("anyone@example.org");
    expect(() => sheet.getRange("A1").setValue("again")).toThrow(PROTECTED);
  });
});

describe("users' own edits obey protection exactly as the script's do", () => {
  function locked() {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    const lock = (a1: string) => {
      const p = sheet.getRange(a1).protect();
      p.removeEditors(p.getEditors());
    };
    env.setUser("mentee@example.org");
    return { env, lock };
  }

  test("typing into a protected cell is refused and changes nothing", () => {
    const { env, lock } = locked();
    env.setUser("owner@example.org");
    lock("A1:H1");
    env.setUser("mentee@example.org");
    expect(() => env.userEdit("Plan", "B1", "mine")).toThrow(PROTECTED);
    expect(env.inspect.cell("Plan", "B1").value).toBe("");
    env.userEdit("Plan", "B2", "fine");
    expect(env.inspect.cell("Plan", "B2").value).toBe("fine");
  });

  test("rows go in above or below a protected range, never inside it; rows through it cannot be deleted", () => {
    const { env, lock } = locked();
    env.setUser("owner@example.org");
    lock("A5:H6");
    env.setUser("mentee@example.org");
    env.userInsertRowsBefore("Plan", 5); // above: the range moves to 6:7
    env.userInsertRowsAfter("Plan", 7); // below it
    expect(() => env.userInsertRowsAfter("Plan", 6)).toThrow(PROTECTED); // between its rows
    expect(() => env.userDeleteRows("Plan", 7)).toThrow(PROTECTED);
    env.userDeleteRows("Plan", 8);
    expect(env.inspect.protections("Plan").map((p) => p.a1)).toEqual(["A6:H7"]);
  });

  test(`under a sheet protection with unprotected ranges a non-editor edits those cells but cannot insert or delete rows (${REF}#setUnprotectedRanges(Range))`, () => {
    const env = createEnvironment({ userEmail: "owner@example.org" });
    const sheet = env.globals.SpreadsheetApp.getActive().insertSheet("Plan");
    const p = sheet.protect().setUnprotectedRanges([sheet.getRange("A5:H40")]);
    p.removeEditors(p.getEditors());
    env.setUser("mentee@example.org");
    env.userEdit("Plan", "C6", "done");
    expect(() => env.userInsertRowsAfter("Plan", 6)).toThrow(PROTECTED);
    expect(() => env.userDeleteRows("Plan", 6)).toThrow(PROTECTED);
  });
});
