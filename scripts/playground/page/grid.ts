/**
 * The current tab as a spreadsheet grid: column letters, row numbers, frozen rows, the shown
 * text with its formats and highlights, dropdowns for list-validated cells, charts over the
 * cells. Cells are edited in place (double-click, Enter or just typing); as in Sheets, Enter
 * commits and moves down, Tab commits and moves right, Escape cancels. A change is sent to the
 * server as the user's edit and the grid is redrawn from what the emulator then holds, but never
 * while an editor is open: the page waits for it to close, so nothing typed is lost.
 */

import { columnLetter } from "../../../src/domain/sheet/a1-notation";
import type { CellView, SheetView } from "../view-types";
import { drawChart } from "./chart";
import { h } from "./dom";

export const ROW_HEIGHT = 21;
export const HEADER_HEIGHT = 22;
export const ROW_NUMBER_WIDTH = 46;

export interface GridEvents {
  edit(a1: string, value: string): Promise<void>;
  openSheet(name: string): void;
  select(a1: string, cell: CellView | undefined): void;
  /** An editor closed: a redraw held back while it was open can run now. */
  editorClosed(): void;
}

export interface GridHandle {
  /** The selected cell, kept across redraws of the same tab. */
  selected(): string | null;
  /** Whether a cell editor is open (a redraw now would discard what is being typed). */
  editing(): boolean;
}

function a1Of(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

function styleOf(cell: CellView): string {
  const parts: string[] = [];
  if (cell.background) parts.push(`background:${cell.background}`);
  if (cell.color) parts.push(`color:${cell.color}`);
  if (cell.bold) parts.push("font-weight:600");
  if (cell.italic) parts.push("font-style:italic");
  if (cell.align) parts.push(`text-align:${cell.align}`);
  return parts.join(";");
}

function dropdown(cell: CellView, a1: string, events: GridEvents): HTMLSelectElement {
  const select = h("select", { class: "cell-select", "aria-label": `${a1} (choose a value)` });
  const choices = ["", ...(cell.options ?? [])];
  // A value outside the list stays visible, marked, as Sheets flags invalid data.
  if (cell.text !== "" && !choices.includes(cell.text)) {
    choices.push(cell.text);
    select.classList.add("invalid");
  }
  for (const choice of choices) {
    const option = h("option", { value: choice }, choice === "" ? "—" : choice);
    option.selected = choice === cell.text;
    select.append(option);
  }
  select.addEventListener("change", () => void events.edit(a1, select.value));
  return select;
}

function cellContent(
  cell: CellView,
  a1: string,
  widths: number[],
  column: number,
  events: GridEvents,
): Node | null {
  if (cell.options) return dropdown(cell, a1, events);
  if (cell.text === "") return null;
  if (cell.linkSheet) {
    const sheet = cell.linkSheet;
    const link = h("a", { href: `#${encodeURIComponent(sheet)}`, class: "cell-link" }, cell.text);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      events.openSheet(sheet);
    });
    return link;
  }
  if (cell.spill) {
    let width = 0;
    for (let c = column; c <= column + cell.spill; c++) width += widths[c] ?? 100;
    return h("div", { class: "spill", style: `width:${width - 6}px` }, cell.text);
  }
  return document.createTextNode(cell.text);
}

export function drawGrid(
  container: HTMLElement,
  view: SheetView,
  events: GridEvents,
  keep: { selected: string | null; scroll: boolean },
): GridHandle {
  const { scrollTop, scrollLeft } = container;
  // Focusable, so the arrow keys, Enter and typing reach the selected cell.
  container.tabIndex = 0;
  const widths = view.columnWidths;
  let selected: string | null = keep.selected;

  // Frozen columns stick at their offset from the left edge, as Sheets keeps them in view.
  const frozenLeft: number[] = [];
  for (let c = 1, left = ROW_NUMBER_WIDTH; c <= view.frozenColumns; c++) {
    frozenLeft[c] = left;
    left += widths[c] ?? 100;
  }
  const frozenColumn = (c: number) =>
    c <= view.frozenColumns
      ? {
          style: `left:${frozenLeft[c]}px`,
          class: `frozen-col${c === view.frozenColumns ? " frozen-col-last" : ""}`,
        }
      : null;
  const colgroup = h("colgroup", {}, h("col", { style: `width:${ROW_NUMBER_WIDTH}px` }));
  const head = h("tr", {}, h("th", { class: "corner" }));
  for (let c = 1; c <= view.columns; c++) {
    colgroup.append(h("col", { style: `width:${widths[c] ?? 100}px` }));
    const frozen = frozenColumn(c);
    head.append(
      h(
        "th",
        {
          class: `col-head${frozen ? ` ${frozen.class}` : ""}`,
          scope: "col",
          style: frozen?.style ?? null,
        },
        columnLetter(c),
      ),
    );
  }
  const body = h("tbody");
  view.cells.forEach((line, i) => {
    const row = i + 1;
    const frozen = row <= view.frozenRows;
    const top = HEADER_HEIGHT + i * ROW_HEIGHT;
    const tr = h(
      "tr",
      frozen ? { class: `frozen${row === view.frozenRows ? " frozen-last" : ""}` } : {},
      h(
        "th",
        { class: "row-head", scope: "row", style: frozen ? `top:${top}px` : null },
        String(row),
      ),
    );
    line.forEach((cell, j) => {
      const a1 = a1Of(row, j + 1);
      const pinned = frozenColumn(j + 1);
      const style = [styleOf(cell), frozen ? `top:${top}px` : "", pinned?.style ?? ""]
        .filter(Boolean)
        .join(";");
      const classes = [
        cell.options ? "has-select" : cell.spill ? "has-spill" : "",
        pinned?.class ?? "",
      ];
      const td = h("td", {
        "data-a1": a1,
        style: style || null,
        title: cell.text.length > 24 && !cell.options ? cell.text : null,
        class: classes.filter(Boolean).join(" ") || null,
      });
      const content = cellContent(cell, a1, widths, j + 1, events);
      if (content) td.append(content);
      tr.append(td);
    });
    body.append(tr);
  });

  const table = h("table", { class: "grid", role: "grid", "aria-label": view.name });
  table.append(colgroup, h("thead", {}, head), body);
  const layer = h("div", { class: "grid-layer" }, table);
  for (const chart of view.charts) {
    let left = ROW_NUMBER_WIDTH + chart.offsetX;
    for (let c = 1; c < chart.anchorColumn; c++) left += widths[c] ?? 100;
    const top = HEADER_HEIGHT + (chart.anchorRow - 1) * ROW_HEIGHT + chart.offsetY;
    const box = drawChart(chart);
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
    layer.append(box);
  }
  container.replaceChildren(layer);
  if (keep.scroll) {
    container.scrollTop = scrollTop;
    container.scrollLeft = scrollLeft;
  } else {
    container.scrollTop = 0;
    container.scrollLeft = 0;
  }

  const cellAt = (a1: string) =>
    container.querySelector<HTMLTableCellElement>(`td[data-a1="${a1}"]`);
  const viewOf = (a1: string): CellView | undefined => {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) return undefined;
    let column = 0;
    for (const ch of m[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
    return view.cells[Number(m[2]) - 1]?.[column - 1];
  };

  function select(a1: string | null): void {
    container.querySelector("td.selected")?.classList.remove("selected");
    selected = a1;
    if (!a1) return;
    const td = cellAt(a1);
    td?.classList.add("selected");
    events.select(a1, viewOf(a1));
  }

  let editor: HTMLInputElement | null = null;

  /** Moves the selection by rows and columns, kept inside the tab. */
  function move(rows: number, columns: number): void {
    const m = /^([A-Z]+)(\d+)$/.exec(selected ?? "");
    if (!m) return;
    let column = 0;
    for (const ch of m[1] ?? "") column = column * 26 + ch.charCodeAt(0) - 64;
    const row = Math.min(view.rows, Math.max(1, Number(m[2]) + rows));
    column = Math.min(view.columns, Math.max(1, column + columns));
    select(a1Of(row, column));
    cellAt(a1Of(row, column))?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }

  function startEdit(td: HTMLTableCellElement, initial?: string): void {
    const a1 = td.dataset.a1;
    const cell = a1 ? viewOf(a1) : undefined;
    if (!a1 || cell?.options || editor) return;
    const input = h("input", {
      class: "cell-editor",
      "aria-label": `Edit ${a1}`,
      style: `min-width:${td.offsetWidth}px`,
    });
    input.value = initial ?? cell?.input ?? "";
    editor = input;
    let done = false;
    const finish = (commit: boolean, then?: [number, number]) => {
      if (done) return;
      done = true;
      const value = input.value;
      input.remove();
      editor = null;
      const changed = commit && value !== (cell?.input ?? "");
      if (changed) {
        // Shown at once, as Sheets does; the redraw after the edit shows what was stored.
        td.classList.add("pending");
        if (!cell?.linkSheet && !cell?.spill) td.textContent = value;
      }
      if (then) move(then[0], then[1]);
      container.focus({ preventScroll: true });
      if (changed) void events.edit(a1, value);
      events.editorClosed();
    };
    input.addEventListener("keydown", (event) => {
      event.stopPropagation();
      if (event.key === "Enter") {
        event.preventDefault();
        finish(true, [event.shiftKey ? -1 : 1, 0]);
      } else if (event.key === "Tab") {
        event.preventDefault();
        finish(true, [0, event.shiftKey ? -1 : 1]);
      } else if (event.key === "Escape") finish(false);
    });
    input.addEventListener("blur", () => finish(true));
    td.append(input);
    input.focus();
    if (initial === undefined) input.select();
  }

  container.onclick = (event) => {
    const td = (event.target as HTMLElement).closest<HTMLTableCellElement>("td[data-a1]");
    if (td?.dataset.a1) select(td.dataset.a1);
  };
  container.ondblclick = (event) => {
    const td = (event.target as HTMLElement).closest<HTMLTableCellElement>("td[data-a1]");
    if (td) startEdit(td);
  };
  container.onkeydown = (event) => {
    if (!selected || (event.target as HTMLElement).tagName === "SELECT") return;
    const td = cellAt(selected);
    if (!td) return;
    if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(td);
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      if (!viewOf(selected)?.options) void events.edit(selected, "");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(td, event.key);
    } else {
      const moves: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
        Tab: [0, event.shiftKey ? -1 : 1],
      };
      const step = moves[event.key];
      if (!step) return;
      event.preventDefault();
      move(step[0], step[1]);
    }
  };
  if (selected) select(selected);
  return { selected: () => selected, editing: () => editor !== null };
}
