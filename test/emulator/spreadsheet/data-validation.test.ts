import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

function setup() {
  const env = createEnvironment();
  const app = env.globals.SpreadsheetApp;
  const sheet = app.getActive().insertSheet("Plan");
  return { env, app, sheet };
}

describe("Data validation", () => {
  test(`a list rule is stored per cell and read back (${REF}/data-validation-builder#requireValueInList(String,Boolean))`, () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["Not started", "Done"], true)
      .setHelpText("Pick one")
      .build();
    sheet.getRange("E2:E4").setDataValidation(rule);
    const read = sheet.getRange("E3").getDataValidation();
    expect(String(read?.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(read?.getCriteriaValues()).toEqual([["Not started", "Done"], true]);
    expect(read?.getHelpText()).toBe("Pick one");
    expect(read?.getAllowInvalid()).toBe(true);
    expect(sheet.getRange("E1").getDataValidation()).toBeNull();
    expect(
      sheet
        .getRange("E1:E2")
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, false]);
  });

  test(`a rule with setAllowInvalid(false) rejects a script's invalid write, and the write changes nothing (${REF}/data-validation-builder#setAllowInvalid(Boolean))`, () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["Open", "Done"])
      .setAllowInvalid(false)
      .build();
    sheet.getRange("B1:B2").setDataValidation(rule);
    expect(() =>
      sheet.getRange("A1:B2").setValues([
        ["a", "Done"],
        ["b", "Maybe"],
      ]),
    ).toThrow(
      "The data you entered in cell B2 violates the data validation rules set on this cell.",
    );
    expect(sheet.getRange("A1:B2").getValues().flat()).toEqual(["", "", "", ""]);
    sheet.getRange("B2").setValue("Open");
    sheet.getRange("B2").setValue("");
    expect(sheet.getRange("B2").getValue()).toBe("");
  });

  test("a user can still type an unknown status into a rejecting cell in the emulator (users paste)", () => {
    const { env, app, sheet } = setup();
    sheet
      .getRange("B1")
      .setDataValidation(
        app.newDataValidation().requireValueInList(["Open"]).setAllowInvalid(false).build(),
      );
    env.userEdit("Plan", "B1", "Someday");
    expect(env.inspect.cell("Plan", "B1").value).toBe("Someday");
  });

  test(`text typed into a cell whose rule rejects input is refused and the cell keeps its value; a rule that only warns lets it in (${REF}/data-validation#getAllowInvalid())`, () => {
    const { env, app, sheet } = setup();
    sheet
      .getRange("A1:A2")
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet
      .getRange("B1")
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(true).build());
    env.calls.reset();
    env.userType("Plan", "A1", "2026-01-20");
    expect(() => env.userType("Plan", "A1", "next tuesday")).toThrow(
      "The data you entered in cell A1 violates the data validation rules set on this cell.",
    );
    expect(Object.prototype.toString.call(env.inspect.cell("Plan", "A1").value)).toBe(
      "[object Date]",
    );
    env.userType("Plan", "A2", "");
    env.userType("Plan", "B1", "next tuesday");
    expect(env.inspect.cell("Plan", "B1").value).toBe("next tuesday");
    // Typing is a user's act: nothing is counted.
    expect(env.calls.total()).toBe(0);
  });

  test("date, number and checkbox rules check their kind of value (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireNumberBetween(Number,Number))", () => {
    const { app, sheet } = setup();
    sheet
      .getRange("A1")
      .setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    sheet
      .getRange("B1")
      .setDataValidation(
        app.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build(),
      );
    sheet.getRange("A1").setValue(new Date());
    expect(() => sheet.getRange("A1").setValue("next week")).toThrow(
      "violates the data validation rules",
    );
    sheet.getRange("B1").setValue(3);
    expect(() => sheet.getRange("B1").setValue(6)).toThrow("cell B1 violates");
    sheet.getRange("C1:C2").insertCheckboxes();
    expect(sheet.getRange("C1:C2").getValues()).toEqual([[false], [false]]);
    expect(String(sheet.getRange("C1").getDataValidation()?.getCriteriaType())).toBe("CHECKBOX");
    expect(() => sheet.getRange("C1").setValue("yes")).toThrow("violates");
  });

  test("setDataValidations takes one rule (or null) per cell; clearDataValidations removes them (https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidations(DataValidation))", () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireTextIsEmail().build();
    sheet.getRange("A1:B1").setDataValidations([[rule, null]]);
    expect(
      sheet
        .getRange("A1:B1")
        .getDataValidations()[0]
        ?.map((r) => (r ? String(r.getCriteriaType()) : null)),
    ).toEqual(["TEXT_IS_VALID_EMAIL", null]);
    sheet.getRange("A1:B1").clearDataValidations();
    expect(sheet.getRange("A1").getDataValidation()).toBeNull();
  });

  test("a rule copied and rebuilt keeps its criteria and changes only what is set (https://developers.google.com/apps-script/reference/spreadsheet/data-validation#copy())", () => {
    const { app } = setup();
    const original = app
      .newDataValidation()
      .requireValueInList(["A"])
      .setAllowInvalid(false)
      .build();
    const changed = original.copy().setHelpText("Choose A").build();
    expect(changed.getCriteriaValues()).toEqual([["A"], true]);
    expect(changed.getAllowInvalid()).toBe(false);
    expect(original.getHelpText()).toBeNull();
  });

  test("build() without criteria fails clearly", () => {
    const { app } = setup();
    expect(() => app.newDataValidation().build()).toThrow("needs a criteria");
  });
});
