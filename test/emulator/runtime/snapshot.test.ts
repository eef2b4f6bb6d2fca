import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

describe("serialize / restore", () => {
  test("the whole state survives a JSON round trip, Dates included", () => {
    const env = createEnvironment({ mailQuota: 50 });
    const g = env.globals;
    const ss = g.SpreadsheetApp.getActive();
    const plan = ss.insertSheet("Plan – Ann");
    plan.getRange("A1:C2").setValues([
      ["Goal", "Due", "Done"],
      ["Lead a meeting", new Date("2026-02-01T00:00:00Z"), true],
    ]);
    plan.getRange("A1:C1").setFontWeight("bold").setBackground("#eeeeee");
    plan.getRange("B3").setFormula("=TODAY()");
    plan
      .getRange("C2")
      .setDataValidation(g.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    plan.getRange("A5:C5").merge();
    plan.getRange("A1:C1").protect().setDescription("labels");
    plan.setFrozenRows(1);
    plan.addDeveloperMetadata("mentoring.planId", "p1");
    plan.setConditionalFormatRules([
      g.SpreadsheetApp.newConditionalFormatRule()
        .whenCellEmpty()
        .setBackground("#f00")
        .setRanges([plan.getRange("B2:B9")])
        .build(),
    ]);
    plan.insertChart(plan.newChart().asBarChart().addRange(plan.getRange("A1:B2")).build());
    g.PropertiesService.getDocumentProperties().setProperty("settings", '{"reviewHour":9}');
    g.ScriptApp.newTrigger("runScheduledReview").timeBased().everyWeeks(2).create();
    g.MailApp.sendEmail("r@example.org", "S", "B");
    g.SpreadsheetApp.getUi().createAddonMenu().addItem("Open", "showSidebar").addToUi();
    env.advanceTime(3_600_000);

    const json = JSON.stringify(env.serialize());
    const back = createEnvironment({ restore: json });

    expect(back.clock.now()).toEqual(env.clock.now());
    expect(back.inspect.sheetNames()).toEqual(["Sheet1", "Plan – Ann"]);
    expect(back.inspect.sheetValues("Plan – Ann")).toEqual(env.inspect.sheetValues("Plan – Ann"));
    const due = back.inspect.sheetValues("Plan – Ann")[1]?.[1];
    expect(Object.prototype.toString.call(due)).toBe("[object Date]");
    expect(back.inspect.cell("Plan – Ann", "B3").formula).toBe("=TODAY()");
    expect(back.inspect.cell("Plan – Ann", "A1").format).toMatchObject({
      fontWeight: "bold",
      background: "#eeeeee",
    });
    expect(back.inspect.merges("Plan – Ann")).toEqual(["A5:C5"]);
    expect(back.inspect.protections("Plan – Ann").map((p) => [p.a1, p.description])).toEqual([
      ["A1:C1", "labels"],
    ]);
    expect(back.inspect.conditionalRules("Plan – Ann")[0]?.a1).toEqual(["B2:B9"]);
    expect(back.inspect.charts("Plan – Ann")[0]?.chartType).toBe("BAR");
    expect(back.inspect.metadata("Plan – Ann").map((m) => m.value)).toEqual(["p1"]);
    expect(back.inspect.sheetState("Plan – Ann").frozenRows).toBe(1);
    expect(back.triggers).toEqual(env.triggers);
    expect(back.outbox[0]?.sentAt).toEqual(new Date("2026-01-05T09:00:00Z"));
    expect(back.mail.remaining()).toBe(49);
    expect(back.ui.menus).toEqual(env.ui.menus);

    const bg = back.globals;
    const restored = bg.SpreadsheetApp.getActive().getSheetByName("Plan – Ann");
    expect(String(restored?.getRange("C2").getDataValidation()?.getCriteriaType())).toBe(
      "CHECKBOX",
    );
    expect(bg.PropertiesService.getDocumentProperties().getProperty("settings")).toBe(
      '{"reviewHour":9}',
    );
    expect(
      bg.SpreadsheetApp.getActive()
        .createDeveloperMetadataFinder()
        .withKey("mentoring.planId")
        .find()[0]
        ?.getLocation()
        .getSheet(),
    ).toBe(restored);
    // New ids continue the sequences instead of colliding with restored ones.
    const next = bg.SpreadsheetApp.getActive().insertSheet("Next");
    expect(env.inspect.sheetNames()).not.toContain("Next");
    expect([0, plan.getSheetId()]).not.toContain(next.getSheetId());
  });

  test("the snapshot is plain JSON and restoring it twice gives equal environments", () => {
    const env = createEnvironment();
    env.userInsertSheet("A");
    env.userEdit("A", "A1", [
      ["x", 1],
      [new Date(0), false],
    ]);
    const snap = env.serialize();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(createEnvironment({ restore: snap }).serialize()).toEqual(
      createEnvironment({ restore: snap }).serialize(),
    );
  });

  test("an unknown snapshot version is refused", () => {
    expect(() => createEnvironment({ restore: '{"version":2}' })).toThrow(
      "Unknown snapshot version 2.",
    );
  });
});
