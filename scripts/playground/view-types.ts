/**
 * What the playground's server sends the page: plain JSON shapes, shared by both sides (type
 * imports only, so nothing of the server reaches the page's bundle).
 */

export interface MenuItemView {
  caption: string;
  /** The entry point the item calls; absent for separators and submenus. */
  functionName?: string;
  separator?: boolean;
  submenu?: MenuItemView[];
}

export interface MenuView {
  title: string;
  /** Add-on menus live under Extensions in Sheets. */
  addon: boolean;
  items: MenuItemView[];
}

export interface EmailSummary {
  id: number;
  to: string;
  subject: string;
  sentAt: string;
  /** Sent time in the spreadsheet's zone, as the page shows it. */
  sentLabel: string;
  hasHtml: boolean;
}

export interface TriggerView {
  id: string;
  handler: string;
  eventType: string;
  schedule: string;
  owner: string;
  nextRunLabel: string | null;
}

export interface TriggerRunView {
  handler: string;
  ranAtLabel: string;
  error?: string;
}

export interface WorkbookView {
  spreadsheetName: string;
  timeZone: string;
  now: string;
  nowLabel: string;
  userEmail: string;
  /** Every tab in order; hidden ones are listed so the page can say how many there are. */
  sheets: { name: string; hidden: boolean }[];
  activeSheet: string | null;
  menus: MenuView[];
  /** The last sidebar the add-on showed (seq grows each time one is shown). */
  sidebar: { seq: number; title: string } | null;
  outbox: EmailSummary[];
  triggers: TriggerView[];
  triggerRuns: TriggerRunView[];
  /** Grows with every change, so the page knows when to redraw. */
  revision: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  background?: string;
  align?: "left" | "center" | "right";
  wrap?: boolean;
}

export interface CellView extends CellStyle {
  /** What the cell shows (formulas evaluated, number formats applied). */
  text: string;
  /** What an editor starts from: the formula for formula cells, else the shown text. */
  input: string;
  formula?: boolean;
  /** List validation: the dropdown's choices. */
  options?: string[];
  /** Other validations, as a short hint ("date", "number 1–5"). */
  rule?: string;
  /** A link to another tab of the workbook (HYPERLINK("#gid=…")). */
  linkSheet?: string;
  /** How many cells to the right the text spills over (empty neighbours, as in Sheets). */
  spill?: number;
  /** Protected against other editors (shown with a subtle mark). */
  locked?: boolean;
}

export interface ChartView {
  title: string;
  type: string;
  /** Top-left anchor cell (1-based) and pixel offsets, as EmbeddedChart's container info. */
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  /** Number format of the values ("0%" for completion). */
  valueFormat: string;
  bars: { label: string; value: number; text: string }[];
}

export interface SheetView {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  /** Pixel width of each column, 1-based index 0 unused. */
  columnWidths: number[];
  cells: CellView[][];
  charts: ChartView[];
  /** Conditional-format rules of kinds the playground does not evaluate (named, not drawn). */
  undrawnRules: string[];
}
