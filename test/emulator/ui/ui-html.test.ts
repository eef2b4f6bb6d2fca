import { describe, expect, test } from "vitest";
import { createEnvironment, loadBundle } from "../index";

const REF = "https://developers.google.com/apps-script/reference";

describe("Ui", () => {
  test(`menus are recorded with their items, separators and submenus; adding again replaces (${REF}/base/menu#addToUi())`, () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    const more = ui.createMenu("More").addItem("Send reviews now", "sendReviewsNow");
    ui.createAddonMenu()
      .addItem("Open sidebar", "showSidebar")
      .addSeparator()
      .addSubMenu(more)
      .addToUi();
    ui.createAddonMenu().addItem("Open sidebar", "showSidebar").addToUi();
    expect(env.ui.menus).toEqual([
      {
        title: "Mentoring Action Plan",
        addon: true,
        items: [{ caption: "Open sidebar", functionName: "showSidebar" }],
      },
    ]);
    more.addToUi();
    expect(env.ui.menus[1]).toEqual({
      title: "More",
      addon: false,
      items: [{ caption: "Send reviews now", functionName: "sendReviewsNow" }],
    });
  });

  test(`showSidebar records the title and HTML at Sheets' fixed 300 px (${REF}/base/ui#showSidebar(Object))`, () => {
    const env = createEnvironment({ htmlFiles: { Sidebar: "<p>Hello</p>" } });
    const html = env.globals.HtmlService.createHtmlOutputFromFile("Sidebar")
      .setTitle("Mentoring")
      .setWidth(500);
    env.globals.SpreadsheetApp.getUi().showSidebar(html);
    expect(env.ui.sidebars).toEqual([
      { title: "Mentoring", html: "<p>Hello</p>", width: 300, requestedWidth: 500 },
    ]);
    expect(env.calls.byMethod()).toEqual({ "Ui.showSidebar": 1 });
  });

  test(`alert records the message and returns the user's answer, OK by default (${REF}/base/ui#alert(String,String,ButtonSet))`, () => {
    const env = createEnvironment();
    const ui = env.globals.SpreadsheetApp.getUi();
    expect(ui.alert("Reviews sent")).toBe(ui.Button.OK);
    env.ui.alertAnswers.push("NO");
    expect(ui.alert("Send now?", "3 reviewers are due", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(env.ui.alerts).toEqual([
      { title: "", prompt: "Reviews sent", buttons: "OK" },
      { title: "Send now?", prompt: "3 reviewers are due", buttons: "YES_NO" },
    ]);
  });
});

describe("HtmlService", () => {
  test(`templates print properties escaped with <?= ?> and raw with <?!= ?> (${REF}/html/html-template#evaluate())`, () => {
    const env = createEnvironment({ htmlFiles: { Page: "<h1><?= title ?></h1><?!= body ?>" } });
    const t = env.globals.HtmlService.createTemplateFromFile("Page");
    t.title = "Ann & <Bo>";
    t.body = "<b>raw</b>";
    expect(t.evaluate().getContent()).toBe("<h1>Ann &amp; &lt;Bo&gt;</h1><b>raw</b>");
  });

  test(`<? code ?> runs loops and conditions around the text; <?= ?> prints any expression (${REF}/html/html-template#evaluate())`, () => {
    const env = createEnvironment();
    const t = env.globals.HtmlService.createTemplate(
      "<ul><? for (var i = 0; i < items.length; i++) { ?><li><?= i + 1 ?>. <?= items[i].toUpperCase(); ?></li><? } ?></ul>" +
        "<? if (items.length > 2) { ?>many<? } else { ?>few<? } ?>",
    );
    t.items = ["a", "<b>"];
    expect(t.evaluate().getContent()).toBe("<ul><li>1. A</li><li>2. &lt;B&gt;</li></ul>few");
    t.items = ["x", "y", "z"];
    expect(t.evaluate().getContent()).toMatch(/<li>3\. Z<\/li><\/ul>many$/);
  });

  test(`getCode compiles the template to a function; scriptlets may append to output (${REF}/html/html-template#getCode())`, () => {
    const env = createEnvironment();
    const t = env.globals.HtmlService.createTemplate(
      "a<? output.append('<i>b</i>') ?>c<?!= null ?>",
    );
    expect(t.getCode()).toContain("function");
    expect(t.evaluate().getContent()).toBe("a<i>b</i>c");
  });

  test("a template sees the script's globals and functions: includes with createHtmlOutputFromFile(name).getContent()", () => {
    const env = createEnvironment({
      htmlFiles: {
        Page: "<head><?!= include('Style'); ?></head><body><?= greet(who) ?></body>",
        Style: "<style>b{}</style>",
      },
    });
    const bundle = loadBundle(env, {
      code: [
        "function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }",
        "function greet(name) { return 'Hi ' + name; }",
        "function page() { var t = HtmlService.createTemplateFromFile('Page'); t.who = 'Ann & Bo'; return t.evaluate().getContent(); }",
      ].join("\n"),
    });
    expect(bundle.call("page")).toBe("<head><style>b{}</style></head><body>Hi Ann &amp; Bo</body>");
  });

  test("a name that is neither a template property nor a global is a ReferenceError", () => {
    const env = createEnvironment();
    const missing = env.globals.HtmlService.createTemplate("<?= nobody ?>");
    expect(() => missing.evaluate()).toThrow("nobody is not defined");
  });

  test("template variables named like the emulator's internals do not break the template", () => {
    const env = createEnvironment();
    const t = env.globals.HtmlService.createTemplate("<?= source ?>/<?= rt ?>");
    t.source = "s";
    t.rt = "r";
    expect(t.evaluate().getContent()).toBe("s/r");
  });

  test(`a missing file is Apps Script's "No HTML file named" error (${REF}/html/html-service#createHtmlOutputFromFile(String))`, () => {
    const env = createEnvironment({ htmlFiles: {} });
    expect(() => env.globals.HtmlService.createHtmlOutputFromFile("Sidebar")).toThrow(
      "No HTML file named Sidebar was found.",
    );
  });

  test("HtmlOutput appends, escapes untrusted text and keeps title and size", () => {
    const env = createEnvironment();
    const out = env.globals.HtmlService.createHtmlOutput("<p>")
      .append("ok")
      .appendUntrusted("<script>")
      .setTitle("T")
      .setWidth(300)
      .setHeight(200);
    expect(out.getContent()).toBe("<p>ok&lt;script&gt;");
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(["T", 300, 200]);
  });
});
