import { describe, expect, test } from "vitest";
import { createEnvironment } from "../index";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

function setup() {
  const env = createEnvironment();
  const app = env.globals.SpreadsheetApp;
  const sheet = app.getActive().insertSheet("Plan");
  return { env, app, sheet };
}

describe("Conditional format rules", () => {
  test(`a formula rule with a background is set on the sheet and read back (${REF}/conditional-format-rule-builder#whenFormulaSatisfied(String))`, () => {
    const { app, sheet, env } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=AND($F10<TODAY(),$G10<>"Done")')
      .setBackground("#F4CCCC")
      .setFontColor("#990000")
      .setRanges([sheet.getRange("A10:H30")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    const [read] = sheet.getConditionalFormatRules();
    expect(
      read?.getRanges().map((r) => (r as { getA1Notation(): string }).getA1Notation()),
    ).toEqual(["A10:H30"]);
    const condition = read?.getBooleanCondition();
    expect(String(condition?.getCriteriaType())).toBe("CUSTOM_FORMULA");
    expect(condition?.getCriteriaValues()).toEqual(['=AND($F10<TODAY(),$G10<>"Done")']);
    expect(condition?.getBackground()).toBe("#f4cccc");
    expect(condition?.getFontColor()).toBe("#990000");
    expect(env.inspect.conditionalRules("Plan")).toHaveLength(1);
  });

  test(`setConditionalFormatRules replaces all rules (${REF}/sheet#setConditionalFormatRules(ConditionalFormatRule))`, () => {
    const { app, sheet } = setup();
    const one = app
      .newConditionalFormatRule()
      .whenTextEqualTo("Done")
      .setBold(true)
      .setRanges([sheet.getRange("G:G")])
      .build();
    sheet.setConditionalFormatRules([one, one.copy().whenTextEqualTo("Dropped").build()]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(2);
    sheet.setConditionalFormatRules([one]);
    expect(
      sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition().getCriteriaValues()),
    ).toEqual([["Done"]]);
    sheet.clearConditionalFormatRules();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  test("a rule without a condition cannot be built; a range on another sheet is refused", () => {
    const { env, app, sheet } = setup();
    expect(() => app.newConditionalFormatRule().setBackground("#fff").build()).toThrow(
      "needs a condition",
    );
    const other = env.globals.SpreadsheetApp.getActive().insertSheet("Other");
    const rule = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setRanges([other.getRange("A1")])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow(
      "must be on the sheet it is set on",
    );
  });

  test("building rules is local; setting them is one write", () => {
    const { env, app, sheet } = setup();
    const m = env.calls.measure(() => {
      const rule = app
        .newConditionalFormatRule()
        .whenCellNotEmpty()
        .setItalic(true)
        .setRanges([sheet.getRange("A1:A9")])
        .build();
      sheet.setConditionalFormatRules([rule]);
    });
    expect(m.calls).toBe(1);
    expect(m.byKind.write).toBe(1);
  });
});

describe("Charts", () => {
  test(`a chart built with newChart is recorded as a plain object on insertChart (${REF}/embedded-chart-builder)`, () => {
    const { env, sheet } = setup();
    const chart = sheet
      .newChart()
      .setChartType(env.globals.Charts.ChartType.BAR)
      .addRange(sheet.getRange("A4:A9"))
      .addRange(sheet.getRange("E4:E9"))
      .setPosition(2, 10, 0, 0)
      .setOption("title", "Completion per plan")
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [recorded] = env.inspect.charts("Plan");
    expect(recorded?.chartType).toBe("BAR");
    expect(recorded?.options).toEqual({ title: "Completion per plan" });
    expect(recorded?.position).toEqual({ anchorRow: 2, anchorColumn: 10, offsetX: 0, offsetY: 0 });
    expect(recorded?.refs.map((r) => [r.row, r.column, r.numRows])).toEqual([
      [4, 1, 6],
      [4, 5, 6],
    ]);
  });

  test("getCharts → modify → updateChart changes the chart in place; removeChart removes it (https://developers.google.com/apps-script/reference/spreadsheet/sheet#updateChart(EmbeddedChart))", () => {
    const { env, sheet } = setup();
    sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange("A1:B3")).build());
    const [chart] = sheet.getCharts();
    if (!chart) throw new Error("no chart");
    sheet.updateChart(chart.modify().setOption("title", "New title").build());
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]?.getOptions().get("title")).toBe("New title");
    expect(env.inspect.charts("Plan")[0]?.chartType).toBe("COLUMN");
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toEqual([]);
  });

  test("an unknown chart type is refused", () => {
    const { sheet } = setup();
    expect(() => sheet.newChart().setChartType("DONUT")).toThrow("Invalid argument: type (DONUT)");
  });
});
