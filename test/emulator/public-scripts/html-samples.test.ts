import { describe, expect, test } from "vitest";
import { publicScript } from "./public-script";

const SAMPLES = "https://github.com/googleworkspace/apps-script-samples/blob/main";

describe(`the Sheets add-on template (${SAMPLES}/templates/sheets-addon)`, () => {
  function template() {
    const { env, bundle } = publicScript("sheets-addon-template");
    bundle.call("onOpen", { authMode: env.globals.ScriptApp.AuthMode.NONE });
    return { env, bundle };
  }

  test("its sidebar and dialog are templates that include the stylesheet and scripts with <?!= ?>", () => {
    const { env, bundle } = template();
    expect(env.ui.menus[0]).toMatchObject({
      addon: true,
      items: [
        { caption: "Show sidebar", functionName: "showSidebar" },
        { caption: "Show dialog", functionName: "showDialog" },
      ],
    });
    bundle.call("showSidebar");
    const sidebar = env.ui.lastSidebar;
    expect(sidebar?.title).toBe("Example Sidebar");
    expect(sidebar?.html).not.toContain("<?");
    expect(sidebar?.html).toContain(".branding-below");
    expect(sidebar?.html).toContain("google.script.run");
    expect(sidebar?.html).toContain('id="sidebar-value"');
    bundle.call("showDialog");
    expect(env.ui.dialogs[0]).toMatchObject({
      title: "Example Dialog",
      width: 400,
      height: 190,
      modal: true,
    });
    expect(env.ui.dialogs[0]?.html).toContain("dialog-elements");
  });

  test("the sidebar's server calls read and write the active cell", () => {
    const { env, bundle } = template();
    env.userEdit("Sheet1", "C3", "from the sheet");
    env.userSelect("Sheet1", "C3");
    expect(bundle.call("getActiveValue")).toBe("from the sheet");
    env.userSelect("Sheet1", "D4");
    bundle.call("setActiveValue", "from the sidebar");
    expect(env.inspect.sheetValues("Sheet1")[3]?.[3]).toBe("from the sidebar");
  });

  test("the dialog's server call creates, copies and clears sheets", () => {
    const { env, bundle } = template();
    env.userEdit("Sheet1", "A1", "data");
    bundle.call("modifySheets", "copy");
    bundle.call("modifySheets", "create");
    expect(env.inspect.sheetNames()).toEqual(["Sheet1", "Copy of Sheet1", "Sheet3"]);
    expect(env.inspect.sheetValues("Copy of Sheet1")).toEqual([["data"]]);
    // insertSheet made Sheet3 the active sheet: clearing clears it, not Sheet1.
    env.userEdit("Sheet3", "B2", "scratch");
    bundle.call("modifySheets", "clear");
    expect(env.inspect.sheetValues("Sheet3")).toEqual([]);
    expect(env.inspect.sheetValues("Sheet1")).toEqual([["data"]]);
  });
});

describe(`the HTML service guide's scriptlets (${SAMPLES}/ui/html)`, () => {
  test("a printing scriptlet inside a loop, a standard scriptlet's condition, and an expression", () => {
    const { env } = publicScript("html-scriptlets");
    const html = (file: string) =>
      env.globals.HtmlService.createTemplateFromFile(file).evaluate().getContent();
    const printed = html("printing_scriptlet").replace(/\s+/g, " ");
    expect(printed).toContain(
      "My favorite Google products: <b>Gmail</b> <b>Docs</b> <b>Android</b>",
    );
    const standard = html("standard_scriptlet");
    expect(standard).toContain("This will always be served!");
    expect(standard).not.toContain("This will never be served.");
    expect(html("scriptlet")).toMatch(/Hello, World! The time is Mon Jan 05 2026 \d\d:00:00 GMT/);
  });
});
