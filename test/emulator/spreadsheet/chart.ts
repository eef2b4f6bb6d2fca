import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { isRangeLike, type RangeRef, type RangeResolver } from "./range-ref";

/** A chart as a plain object: what the playground draws and tests read. */
export interface ChartDraft {
  /** Null until the chart is inserted into a sheet. */
  id: number | null;
  chartType: string;
  refs: RangeRef[];
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export function copyChart(d: ChartDraft): ChartDraft {
  return {
    id: d.id,
    chartType: d.chartType,
    refs: d.refs.map((r) => ({ ...r })),
    position: { ...d.position },
    options: { ...d.options },
  };
}

/** Charts.ChartType: https://developers.google.com/apps-script/reference/charts/chart-type */
export const CHART_TYPES = [
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TIMELINE",
  "TREE_MAP",
  "WATERFALL",
] as const;

type GasBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/**
 * Sheet.newChart(): a local builder; the chart exists once Sheet.insertChart adds it.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
export class EmbeddedChartBuilder
  implements
    Emulates<
      GasBuilder,
      | "setChartType"
      | "addRange"
      | "removeRange"
      | "clearRanges"
      | "setPosition"
      | "setOption"
      | "asBarChart"
      | "asColumnChart"
      | "asLineChart"
      | "asPieChart"
      | "getChartType"
      | "getRanges"
      | "build"
    >
{
  private readonly draft: ChartDraft;

  constructor(
    private readonly rt: Runtime,
    private readonly resolver: RangeResolver,
    from?: ChartDraft,
  ) {
    this.draft = from
      ? copyChart(from)
      : {
          id: null,
          chartType: "",
          refs: [],
          position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
          options: {},
        };
  }

  private track(method: string): void {
    this.rt.track("EmbeddedChartBuilder", method);
  }

  private typed(method: string, type: string): this {
    this.track(method);
    this.draft.chartType = type;
    return this;
  }

  setChartType(type: unknown): this {
    const name = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(name)) {
      throw this.rt.error(`Invalid argument: type (${name})`);
    }
    return this.typed("setChartType", name);
  }

  asBarChart(): this {
    return this.typed("asBarChart", "BAR");
  }

  asColumnChart(): this {
    return this.typed("asColumnChart", "COLUMN");
  }

  asLineChart(): this {
    return this.typed("asLineChart", "LINE");
  }

  asPieChart(): this {
    return this.typed("asPieChart", "PIE");
  }

  /** On the typed builders (asBarChart()…): a shortcut for setOption("title", …). */
  setTitle(chartTitle: string): this {
    this.track("setTitle");
    this.draft.options.title = String(chartTitle);
    return this;
  }

  addRange(range: unknown): this {
    this.track("addRange");
    if (!isRangeLike(range)) throw this.rt.error("addRange needs a Range.");
    this.draft.refs.push(range.toRef());
    return this;
  }

  removeRange(range: unknown): this {
    this.track("removeRange");
    if (!isRangeLike(range)) throw this.rt.error("removeRange needs a Range.");
    const gone = range.toRef();
    this.draft.refs = this.draft.refs.filter((r) => JSON.stringify(r) !== JSON.stringify(gone));
    return this;
  }

  clearRanges(): this {
    this.track("clearRanges");
    this.draft.refs = [];
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.track("setPosition");
    this.draft.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.track("setOption");
    this.draft.options[option] = value;
    return this;
  }

  getChartType(): GoogleAppsScript.Charts.ChartType {
    this.track("getChartType");
    return this.draft.chartType as unknown as GoogleAppsScript.Charts.ChartType;
  }

  getRanges(): unknown[] {
    this.track("getRanges");
    return this.draft.refs.map((r) => this.resolver.rangeFor(r));
  }

  build(): EmbeddedChart {
    this.track("build");
    if (!this.draft.chartType) {
      // Emulator wording: a chart needs a type before it can be built.
      throw this.rt.error("The chart type is not set (call setChartType or asBarChart…).");
    }
    return new EmbeddedChart(this.rt, this.resolver, copyChart(this.draft));
  }
}

/** https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart */
export class EmbeddedChart
  implements
    Emulates<
      GoogleAppsScript.Spreadsheet.EmbeddedChart,
      "getChartId" | "getRanges" | "getOptions" | "getContainerInfo" | "modify"
    >
{
  constructor(
    private readonly rt: Runtime,
    private readonly resolver: RangeResolver,
    readonly draft: ChartDraft,
  ) {}

  getChartId(): number | null {
    this.rt.track("EmbeddedChart", "getChartId");
    return this.draft.id;
  }

  getRanges(): unknown[] {
    this.rt.track("EmbeddedChart", "getRanges");
    return this.draft.refs.map((r) => this.resolver.rangeFor(r));
  }

  getOptions(): { get(option: string): unknown } {
    this.rt.track("EmbeddedChart", "getOptions");
    const options = { ...this.draft.options };
    return { get: (option: string) => options[option] ?? null };
  }

  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    this.rt.track("EmbeddedChart", "getContainerInfo");
    const p = { ...this.draft.position };
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }

  modify(): EmbeddedChartBuilder {
    this.rt.track("EmbeddedChart", "modify");
    return new EmbeddedChartBuilder(this.rt, this.resolver, this.draft);
  }
}
