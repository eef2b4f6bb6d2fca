/**
 * One tab of the emulated workbook as the page draws it: shown text (formulas evaluated, number
 * formats applied), formats, dropdowns, conditional-format highlights and charts. Read through
 * the emulator's uncounted inspector: this is a person looking at the sheet, not the script.
 */
import { addDays, zonedInstant } from "../../src/domain/sheet/calendar";
import {
  type CellFormat,
  type ConditionalRuleRecord,
  displayValue,
  type Environment,
  feedTextReference,
  isDateValue,
  type SheetModel,
  type StoredValue,
  torowSheetName,
} from "../../test/emulator";
import { type Computed, SheetFormulas, serialOf } from "./formulas";
import type { CellView, ChartView, SheetView } from "./view-types";

/** Sheets' default column width in pixels. */
const DEFAULT_WIDTH = 100;
/** Empty rows and columns drawn past the content, so there is room to type. */
const SPARE_ROWS = 12;
const MIN_COLUMNS = 10;
const MAX_SPILL = 8;

interface Cell {
  stored: StoredValue;
  formula: string;
  format: Readonly<CellFormat> | undefined;
  computed: Computed | undefined;
}

/** A number under a date format is a serial day number (what a date formula returns). */
function looksLikeDateFormat(format: string | undefined): boolean {
  return !!format && /[yd]/i.test(format.replace(/"[^"]*"/g, ""));
}

function dateOfSerial(serial: number, timeZone: string): Date {
  const day = addDays("1899-12-30", Math.floor(serial));
  const minutes = Math.round((serial - Math.floor(serial)) * 1440);
  return zonedInstant(day, timeZone, Math.floor(minutes / 60), minutes % 60);
}

function shownText(cell: Cell, timeZone: string): string {
  const format = cell.format?.numberFormat;
  if (!cell.formula) return displayValue(cell.stored, format, timeZone);
  const v = cell.computed;
  if (v === null || v === undefined) return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "number" && looksLikeDateFormat(format)) {
    return displayValue(dateOfSerial(v, timeZone), format, timeZone);
  }
  return displayValue(v, format, timeZone);
}

/** Sheets aligns numbers and dates right and text left unless the cell says otherwise. */
function alignment(cell: Cell): CellView["align"] {
  const set = cell.format?.horizontalAlignment?.toLowerCase();
  if (set === "left" || set === "center" || set === "right") return set;
  const v = cell.formula ? cell.computed : cell.stored;
  if (typeof v === "number" || isDateValue(v)) return "right";
  if (typeof v === "boolean") return "center";
  return undefined;
}

function ruleHint(criteria: string, values: readonly unknown[]): string | undefined {
  if (criteria.startsWith("DATE_")) return "date";
  if (criteria === "NUMBER_BETWEEN") return `number ${String(values[0])}–${String(values[1])}`;
  if (criteria.startsWith("NUMBER_")) return "number";
  return undefined;
}

function linkedSheet(formula: string, namesById: Map<number, string>): string | undefined {
  const m = /^=\s*HYPERLINK\(\s*"#gid=(\d+)"/i.exec(formula);
  return m ? namesById.get(Number(m[1])) : undefined;
}

/** Applies the first matching rule's format, as Sheets does when several rules match a cell. */
function applyRules(
  views: CellView[][],
  cells: Cell[][],
  rules: readonly ConditionalRuleRecord[],
  formulas: SheetFormulas | null,
): string[] {
  const undrawn = new Set<string>();
  const styled = new Set<string>();
  for (const rule of rules) {
    const test = ruleTest(rule, formulas);
    if (!test) {
      undrawn.add(rule.criteria);
      continue;
    }
    for (const rect of rule.ranges) {
      const anchor = { row: rect.row, column: rect.column };
      const lastRow = Math.min(rect.row + rect.numRows - 1, views.length);
      for (let r = rect.row; r <= lastRow; r++) {
        const lastColumn = Math.min(rect.column + rect.numColumns - 1, views[r - 1]?.length ?? 0);
        for (let c = rect.column; c <= lastColumn; c++) {
          const key = `${r}:${c}`;
          const view = views[r - 1]?.[c - 1];
          const cell = cells[r - 1]?.[c - 1];
          if (!view || !cell || styled.has(key) || !test(view, cell, anchor, { row: r, column: c }))
            continue;
          styled.add(key);
          const f = rule.format;
          if (f.background) view.background = f.background;
          if (f.fontColor) view.color = f.fontColor;
          if (f.bold !== undefined) view.bold = f.bold;
          if (f.italic !== undefined) view.italic = f.italic;
        }
      }
    }
  }
  return [...undrawn];
}

type RuleTest = (
  view: CellView,
  cell: Cell,
  anchor: { row: number; column: number },
  at: { row: number; column: number },
) => boolean;

/** The rule kinds the add-on uses, plus the two trivial ones; others are named, not drawn. */
function ruleTest(rule: ConditionalRuleRecord, formulas: SheetFormulas | null): RuleTest | null {
  const [first] = rule.values;
  switch (rule.criteria) {
    case "TEXT_EQUAL_TO":
      return (view) => view.text === String(first);
    case "TEXT_CONTAINS":
      return (view) => view.text.toLowerCase().includes(String(first).toLowerCase());
    case "CELL_EMPTY":
      return (view) => view.text === "";
    case "CELL_NOT_EMPTY":
      return (view) => view.text !== "";
    case "CUSTOM_FORMULA":
      return formulas ? (_v, _c, anchor, at) => formulas.holds(String(first), anchor, at) : null;
    default:
      return null;
  }
}

function chartViews(
  sheet: Readonly<SheetModel>,
  views: CellView[][],
  cells: Cell[][],
): ChartView[] {
  /** A referenced column of this sheet: shown texts and values (other sheets' refs read empty). */
  const column = (ref: SheetModel["charts"][number]["refs"][number]) =>
    Array.from({ length: ref.numRows }, (_, i) => {
      const here = ref.sheetId === sheet.id;
      const cell = here ? cells[ref.row + i - 1]?.[ref.column - 1] : undefined;
      return {
        text: (here && views[ref.row + i - 1]?.[ref.column - 1]?.text) || "",
        value: cell ? (cell.formula ? cell.computed : cell.stored) : "",
        format: cell?.format?.numberFormat,
      };
    });
  return sheet.charts.map((chart) => {
    const [labels, values] = chart.refs.map(column);
    const bars: ChartView["bars"] = [];
    (labels ?? []).forEach((label, i) => {
      const v = values?.[i];
      if (label.text === "" && (v?.text ?? "") === "") return; // charts skip empty rows
      bars.push({
        label: label.text,
        value: typeof v?.value === "number" ? v.value : 0,
        text: v?.text ?? "",
      });
    });
    const o = chart.options;
    return {
      title: typeof o.title === "string" ? o.title : "",
      type: chart.chartType,
      anchorRow: chart.position.anchorRow,
      anchorColumn: chart.position.anchorColumn,
      offsetX: chart.position.offsetX,
      offsetY: chart.position.offsetY,
      width: typeof o.width === "number" ? o.width : 600,
      height: typeof o.height === "number" ? o.height : 371,
      valueFormat: values?.find((v) => v.format)?.format ?? "General",
      bars,
    };
  });
}

/**
 * The emulator already evaluates the feed's cross-sheet formulas (test/emulator/
 * feed-text-formula.ts, torow-formula.ts), which HyperFormula, one sheet at a time, cannot:
 * those cells show the emulator's value.
 */
function computedAt(
  formulas: SheetFormulas,
  formula: string,
  stored: StoredValue,
  [row, column]: [number, number],
  timeZone: string,
): Computed {
  const crossSheet =
    torowSheetName(formula) !== undefined || feedTextReference(formula) !== undefined;
  if (!crossSheet) return formulas.valueAt(row, column);
  if (isDateValue(stored)) return serialOf(stored, timeZone);
  return typeof stored === "string" && stored.startsWith("#") ? { error: stored } : stored;
}

export function sheetView(env: Environment, name: string): SheetView {
  const sheet = env.inspect.sheetState(name);
  const timeZone = spreadsheetTimeZone(env);
  const grid = sheet.grid;
  const rows = Math.min(sheet.maxRows, Math.max(grid.lastRow() + SPARE_ROWS, sheet.frozenRows));
  const columns = Math.min(sheet.maxColumns, Math.max(grid.lastColumn() + 1, MIN_COLUMNS));
  const sheetNamesById = new Map(
    env.inspect.sheetNames().map((n) => [env.inspect.sheetState(n).id, n] as const),
  );

  const values = rows > 0 ? grid.values(1, 1, rows, columns) : [];
  const formulaText = values.map((line, r) => line.map((_, c) => grid.formula(r + 1, c + 1)));
  const needsEngine =
    formulaText.some((line) => line.some((f) => f !== "")) ||
    sheet.rules.some((rule) => rule.criteria === "CUSTOM_FORMULA");
  const formulas = needsEngine
    ? new SheetFormulas(values, formulaText, env.clock.now(), timeZone)
    : null;

  try {
    const cells: Cell[][] = values.map((line, r) =>
      line.map((stored, c) => {
        const formula = formulaText[r]?.[c] ?? "";
        return {
          stored,
          formula,
          format: grid.format(r + 1, c + 1),
          computed:
            formula && formulas
              ? computedAt(formulas, formula, stored, [r + 1, c + 1], timeZone)
              : undefined,
        };
      }),
    );
    const views: CellView[][] = cells.map((line) =>
      line.map((cell) => {
        const text = shownText(cell, timeZone);
        const f = cell.format;
        const view: CellView = { text, input: cell.formula || text };
        if (cell.formula) view.formula = true;
        if (f?.fontWeight === "bold") view.bold = true;
        if (f?.fontStyle === "italic") view.italic = true;
        if (f?.fontColor) view.color = f.fontColor;
        if (f?.background) view.background = f.background;
        if (f?.wrap) view.wrap = true;
        const align = alignment(cell);
        if (align) view.align = align;
        const validation = f?.validation;
        if (validation?.criteria === "VALUE_IN_LIST") {
          view.options = (validation.values[0] as unknown[]).map(String);
        } else if (validation) {
          const hint = ruleHint(validation.criteria, validation.values);
          if (hint) view.rule = hint;
        }
        const link = cell.formula ? linkedSheet(cell.formula, sheetNamesById) : undefined;
        if (link) view.linkSheet = link;
        return view;
      }),
    );
    const undrawnRules = applyRules(views, cells, sheet.rules, formulas);
    markSpills(views);
    return {
      name,
      rows,
      columns,
      frozenRows: sheet.frozenRows,
      frozenColumns: Math.min(columns, sheet.frozenColumns),
      columnWidths: [0, ...Array.from({ length: columns }, (_, i) => widthOf(sheet, i + 1))],
      cells: views,
      charts: chartViews(sheet, views, cells),
      undrawnRules,
    };
  } finally {
    formulas?.destroy();
  }
}

export function spreadsheetTimeZone(env: Environment): string {
  return env.spreadsheet.model.timeZone;
}

function widthOf(sheet: Readonly<SheetModel>, column: number): number {
  return sheet.columnWidths[column] ?? DEFAULT_WIDTH;
}

/** Left-aligned text runs over the empty cells to its right, as in Sheets. */
function markSpills(views: CellView[][]): void {
  for (const line of views) {
    line.forEach((view, c) => {
      if (view.text === "" || view.wrap || view.options || (view.align && view.align !== "left"))
        return;
      let spill = 0;
      while (spill < MAX_SPILL) {
        const next = line[c + 1 + spill];
        if (next?.text !== "" || next.options) break;
        spill++;
      }
      if (spill > 0) view.spill = spill;
    });
  }
}
