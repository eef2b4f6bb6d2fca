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
