import { describe, expect, test } from "vitest";
import { publicScript } from "./public-script";

const SAMPLES = "https://github.com/googleworkspace/apps-script-samples/blob/main";

describe(`the triggers guide's samples (${SAMPLES}/triggers/triggers.gs)`, () => {
  function triggers() {
    return publicScript("triggers", { mode: "bound", now: new Date("2026-01-05T09:30:00Z") });
  }

  test("onOpen adds a custom menu (not an add-on menu)", () => {
    const { env, bundle } = triggers();
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.LIMITED });
    expect(env.ui.menus).toEqual([
      {
        title: "Custom Menu",
        addon: false,
        items: [{ caption: "First item", functionName: "menuItem1" }],
      },
    ]);
  });

  test("a user's edit runs onEdit, which notes the time on the edited cell", () => {
    const { env } = triggers();
    env.userEdit("Sheet1", "B2", "typed");
    const note = env.globals.SpreadsheetApp.getActiveSheet().getRange("B2").getNote();
    expect(note).toMatch(/^Last modified: Mon Jan 05 2026 \d\d:30:00 GMT/);
    expect(env.simpleTriggerRuns).toEqual([
      { handler: "onEdit", ranAt: new Date("2026-01-05T09:30:00Z") },
    ]);
  });

  test("selecting one empty cell colours it red (onSelectionChange)", () => {
    const { env } = triggers();
    env.userEdit("Sheet1", "A1", "full");
    env.userSelect("Sheet1", "A1");
    env.userSelect("Sheet1", "C3");
    env.userSelect("Sheet1", "D4:E5");
    const sheet = env.globals.SpreadsheetApp.getActiveSheet();
    expect(["A1", "C3", "D4", "E5"].map((a1) => sheet.getRange(a1).getBackground())).toEqual([
      "#ffffff",
      "#ff0000",
      "#ffffff",
      "#ffffff",
    ]);
  });

  test("createTimeDrivenTriggers: every 6 hours, and Mondays at 9 (onWeekDay without everyWeeks)", () => {
    const { env, bundle } = triggers();
    bundle.call("createTimeDrivenTriggers");
    expect(env.triggers.map((t) => t.nextFireAt?.toISOString())).toEqual([
      // The first hourly run is at the next whole hour (the emulator fires exactly on time).
      "2026-01-05T10:00:00.000Z",
      "2026-01-12T09:00:00.000Z",
    ]);
  });

  test("createSpreadsheetOpenTrigger, then deleteTrigger(id) removes exactly that trigger", () => {
    const { env, bundle } = triggers();
    bundle.call("createSpreadsheetOpenTrigger");
    bundle.call("createTimeDrivenTriggers");
    expect(env.triggers.map((t) => t.eventType)).toEqual(["ON_OPEN", "CLOCK", "CLOCK"]);
    const id = env.triggers[0]?.id;
    bundle.call("deleteTrigger", id);
    expect(env.triggers.map((t) => t.eventType)).toEqual(["CLOCK", "CLOCK"]);
  });
});
