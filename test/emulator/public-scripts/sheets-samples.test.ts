import { describe, expect, test } from "vitest";
import { publicScript } from "./public-script";

const SAMPLES = "https://github.com/googleworkspace/apps-script-samples/blob/main";

describe(`removeDuplicates (${SAMPLES}/sheets/removingDuplicates/removingDuplicates.gs)`, () => {
  test("keeps the first of each set of identical rows on the active sheet", () => {
    const { env, bundle } = publicScript("removing-duplicates", { mode: "bound" });
    env.userEdit("Sheet1", "A1", [
      ["Name", "Team"],
      ["Ann", "North"],
      ["Bo", "South"],
      ["Ann", "North"],
      ["Ann", "South"],
      ["Bo", "South"],
    ]);
    bundle.call("removeDuplicates");
    expect(env.inspect.sheetValues("Sheet1")).toEqual([
      ["Name", "Team"],
      ["Ann", "North"],
      ["Bo", "South"],
      ["Ann", "South"],
    ]);
  });
});

describe(`the Clean sheet editor add-on (${SAMPLES}/solutions/editor-add-on/clean-sheet)`, () => {
  function cleanSheet() {
    const { env, bundle } = publicScript("clean-sheet");
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.NONE });
    return { env, bundle };
  }

  test("onOpen builds its add-on menu; About shows an alert", () => {
    const { env, bundle } = cleanSheet();
    expect(
      env.ui.menus[0]?.items.filter((i) => "caption" in i).map((i) => "caption" in i && i.caption),
    ).toEqual([
      "Delete blank rows (from selected rows only)",
      "Delete blank columns (from selected columns only)",
      "Crop sheet to data range",
      "Fill in blank rows below",
      "About",
    ]);
    bundle.call("aboutApp");
    expect(env.ui.alerts[0]).toMatchObject({ title: "About this application", buttons: "OK" });
    expect(env.ui.alerts[0]?.prompt).toContain("Name: Clean sheet");
  });

  test("deletes the blank rows within the selected rows only", () => {
    const { env, bundle } = cleanSheet();
    env.userEdit("Sheet1", "A1", [["a"], [""], ["b"], [""], [""], ["c"], [""]]);
    env.userSelect("Sheet1", "A1:A5");
    bundle.call("deleteEmptyRows");
    // Rows 2, 4 and 5 were blank and selected; row 7 was blank but not selected.
    expect(env.inspect.sheetValues("Sheet1")).toEqual([["a"], ["b"], ["c"]]);
    expect(env.globals.SpreadsheetApp.getActiveSheet().getMaxRows()).toBe(997);
    expect(env.logs.map((l) => l.text)).toEqual(["[[2,2],[4,5]]"]);
  });

  test("deletes the blank columns within the selected columns only", () => {
    const { env, bundle } = cleanSheet();
    env.userEdit("Sheet1", "A1", [["a", "", "b", "", "c"]]);
    env.userSelect("Sheet1", "B1:D1");
    bundle.call("deleteEmptyColumns");
    expect(env.inspect.sheetValues("Sheet1")).toEqual([["a", "b", "c"]]);
    expect(env.globals.SpreadsheetApp.getActiveSheet().getMaxColumns()).toBe(24);
  });

  test("crops the sheet to its data range, keeping frozen rows", () => {
    const { env, bundle } = cleanSheet();
    env.userEdit("Sheet1", "A1", [
      ["h1", "h2", "h3"],
      [1, 2, 3],
    ]);
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    sheet.setFrozenRows(1);
    bundle.call("cropSheet");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([2, 3]);
    expect(env.inspect.sheetValues("Sheet1")).toEqual([
      ["h1", "h2", "h3"],
      [1, 2, 3],
    ]);
  });

  test("fills the active cell's value down into the blank cells below it", () => {
    const { env, bundle } = cleanSheet();
    env.userEdit("Sheet1", "A1", [
      ["Team", "Name"],
      ["North", "Ann"],
      ["", "Bo"],
      ["", "Cy"],
      ["South", "Di"],
    ]);
    env.userSelect("Sheet1", "A2");
    bundle.call("fillDownData");
    expect(env.inspect.sheetValues("Sheet1").map((r) => r[0])).toEqual([
      "Team",
      "North",
      "North",
      "North",
      "South",
    ]);
    env.userSelect("Sheet1", "A5");
    bundle.call("fillDownData");
    expect(env.ui.alerts.map((a) => a.prompt)).toEqual([
      "There are no empty cells below the Active Cell to fill.",
    ]);
  });
});
