/** Tab and column actions users take by hand in the Sheets UI, as the emulator plays them. */
import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

function setup() {
  const env = createEnvironment();
  const ss = env.globals.SpreadsheetApp.getActive();
  const plan = ss.insertSheet("Plan");
  plan.getRange("A1:C2").setValues([
    ["a", "b", "c"],
    [1, 2, 3],
  ]);
  plan.getRange("B3:C3").merge();
  plan.setConditionalFormatRules([
    env.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo("x")
      .setBackground("#ff0000")
      .setRanges([plan.getRange("C1:C10")])
      .build(),
  ]);
  plan.addDeveloperMetadata("mentoringActionPlan.planId", "plan-1");
  return { env, ss, plan };
}

describe("Duplicate (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#duplicatesheetrequest)", () => {
  test("makes a visible 'Copy of …' right after the tab, with its cells, merges, rules and sheet metadata", () => {
    const { env } = setup();
    env.userHideSheet("Plan");
    expect(env.userDuplicateSheet("Plan")).toBe("Copy of Plan");
    const names = env.inspect.sheetNames();
    expect(names.indexOf("Copy of Plan")).toBe(names.indexOf("Plan") + 1);
    expect(env.inspect.sheetValues("Copy of Plan").slice(0, 2)).toEqual([
      ["a", "b", "c"],
      [1, 2, 3],
    ]);
    expect(env.inspect.merges("Copy of Plan")).toEqual(["B3:C3"]);
    expect(env.inspect.conditionalRules("Copy of Plan").map((r) => r.a1)).toEqual([["C1:C10"]]);
    expect(env.inspect.metadata("Copy of Plan").map((m) => [m.key, m.value])).toEqual([
      ["mentoringActionPlan.planId", "plan-1"],
    ]);
    expect(env.inspect.sheetState("Copy of Plan").hidden).toBe(false);
    // Two copies: Sheets numbers the second.
    expect(env.userDuplicateSheet("Plan")).toBe("Copy of Plan 2");
  });
});

describe("Hide, unhide, move (https://support.google.com/docs/answer/1218656)", () => {
  test("hides and shows a tab, and moves it in the tab strip", () => {
    const { env } = setup();
    env.userHideSheet("Plan");
    expect(env.inspect.sheetState("Plan").hidden).toBe(true);
    env.userShowSheet("Plan");
    expect(env.inspect.sheetState("Plan").hidden).toBe(false);
    env.userMoveSheet("Plan", 0);
    expect(env.inspect.sheetNames()[0]).toBe("Plan");
  });
});

describe("Columns deleted or inserted by hand", () => {
  test("cells, merges and conditional format ranges move with the columns; wholly deleted ones go", () => {
    const { env, plan } = setup();
    env.userDeleteColumns("Plan", 1, 1);
    expect(env.inspect.sheetValues("Plan")[0]).toEqual(["b", "c"]);
    expect(env.inspect.merges("Plan")).toEqual(["A3:B3"]);
    expect(env.inspect.conditionalRules("Plan").map((r) => r.a1)).toEqual([["B1:B10"]]);
    expect(env.rt.direct(() => plan.getMaxColumns())).toBe(25);
    env.userDeleteColumns("Plan", 2, 1);
    expect(env.inspect.merges("Plan")).toEqual(["A3"]);
    expect(env.inspect.conditionalRules("Plan")).toEqual([]);
    env.userInsertColumnsAfter("Plan", 1, 2);
    expect(env.inspect.sheetValues("Plan")[0]).toEqual(["b"]);
    expect(env.inspect.merges("Plan")).toEqual(["A3"]);
    expect(env.rt.direct(() => plan.getMaxColumns())).toBe(26);
  });

  test("another script removing a tab's developer metadata", () => {
    const { env } = setup();
    env.userRemoveSheetMetadata("Plan");
    expect(env.inspect.metadata("Plan")).toEqual([]);
  });
});
