/**
 * The playground page: a small Sheets window around the emulated workbook. Everything shown is
 * read from the server after each change (no state of its own beyond what is selected), so the
 * page always shows what the emulator holds.
 */
import type { CellView, WorkbookView } from "../view-types";
import { api } from "./api";
import { byId, h } from "./dom";
import { drawGrid, type GridHandle } from "./grid";
import { drawMenus } from "./menu";
import { drawOutbox, drawTriggers } from "./panels";

const els = {
  title: byId("doc-title"),
  menubar: byId("menubar"),
  clockLabel: byId("clock-label"),
  cellName: byId("cell-name"),
  cellContent: byId("cell-content"),
  grid: byId("grid"),
  tabs: byId("tabs"),
  sidebar: byId("sidebar"),
  sidebarTitle: byId("sidebar-title"),
  sidebarFrame: byId<HTMLIFrameElement>("sidebar-frame"),
  outboxHeading: byId("outbox-heading"),
  outboxList: byId("outbox-list"),
  mailFrame: byId<HTMLIFrameElement>("mail-frame"),
  triggersHeading: byId("triggers-heading"),
  triggers: byId("triggers"),
  status: byId("status"),
};

let workbook: WorkbookView | null = null;
let currentSheet: string | null = null;
/** The server's active sheet last time we looked: when the add-on changes it, we follow. */
let serverActive: string | null = null;
/** The sidebar seq already shown; a higher one opens the sidebar. */
let sidebarSeen: number | null = null;
let grid: GridHandle | null = null;
const outboxState = { selected: null as number | null, picked: false };
let drawing: Promise<void> = Promise.resolve();
/** Edits reach the server one at a time, in the order they were committed. */
let editing: Promise<void> = Promise.resolve();
/** A redraw was held back because a cell editor was open; it runs when the editor closes. */
let redrawHeld = false;

function status(text: string, kind: "info" | "error" = "info"): void {
  els.status.textContent = text;
  els.status.className = `status ${kind}`;
}

function showCell(a1: string, cell: CellView | undefined): void {
  els.cellName.textContent = a1;
  els.cellContent.textContent = cell?.input ?? "";
  // The emulator's selection follows: getActiveRange and getCurrentCell return this cell.
  if (currentSheet) void api.select(currentSheet, a1).catch(() => {});
}

async function runEntryPoint(name: string, caption: string): Promise<void> {
  status(`Running ${caption}…`);
  try {
    const { value } = await api.run(name);
    const message = (value as { message?: unknown } | null)?.message;
    status(typeof message === "string" ? `${caption}: ${message}` : `${caption}: done.`);
  } catch (error) {
    status(`${caption} failed: ${(error as Error).message}`, "error");
  }
  await refresh();
}

function drawTabs(wb: WorkbookView): void {
  const visible = wb.sheets.filter((s) => !s.hidden);
  const hidden = wb.sheets.length - visible.length;
  els.tabs.replaceChildren(
    ...visible.map((s) => {
      const tab = h(
        "button",
        {
          type: "button",
          role: "tab",
          class: "tab",
          "aria-selected": String(s.name === currentSheet),
        },
        s.name,
      );
      tab.addEventListener("click", () => void openSheet(s.name));
      return tab;
    }),
  );
  if (hidden > 0) {
    const note = `+${hidden} hidden`;
    els.tabs.append(
      h("span", { class: "hidden-tabs", title: "Hidden tabs (the add-on's plan template)" }, note),
    );
  }
}

async function openSheet(name: string): Promise<void> {
  if (name !== currentSheet) {
    currentSheet = name;
    grid = null;
  }
  try {
    await api.activate(name);
  } catch (error) {
    status((error as Error).message, "error");
  }
  await refresh();
}

function openSidebar(wb: WorkbookView): void {
  if (!wb.sidebar) return;
  els.sidebarTitle.textContent = wb.sidebar.title || "Add-on";
  els.sidebar.hidden = false;
  els.sidebarFrame.src = `/api/sidebar?seq=${wb.sidebar.seq}`;
}

async function drawSheet(wb: WorkbookView): Promise<void> {
  const visible = wb.sheets.filter((s) => !s.hidden).map((s) => s.name);
  if (wb.activeSheet !== serverActive) {
    serverActive = wb.activeSheet;
    if (wb.activeSheet) currentSheet = wb.activeSheet;
  }
  if (!currentSheet || !visible.includes(currentSheet)) {
    currentSheet = wb.activeSheet ?? visible[0] ?? null;
    grid = null;
  }
  drawTabs(wb);
  if (!currentSheet) {
    els.grid.replaceChildren(h("p", { class: "empty" }, "No visible tab."));
    return;
  }
  const sheetName = currentSheet;
  const view = await api.sheet(sheetName);
  // Redrawing now would discard what is being typed: wait for the editor to close.
  if (grid?.editing() && els.grid.dataset.sheet === sheetName) {
    redrawHeld = true;
    return;
  }
  const sameSheet = grid !== null && els.grid.dataset.sheet === sheetName;
  els.grid.dataset.sheet = sheetName;
  grid = drawGrid(
    els.grid,
    view,
    {
      edit: (a1, value) => {
        editing = editing.then(async () => {
          try {
            await api.edit(sheetName, a1, value);
            status(`${sheetName}!${a1} ← ${value === "" ? "(cleared)" : value}`);
          } catch (error) {
            status(`${sheetName}!${a1} was not changed: ${(error as Error).message}`, "error");
          }
        });
        return editing.then(refresh);
      },
      openSheet: (name) => void openSheet(name),
      select: showCell,
      editorClosed: () => {
        if (!redrawHeld) return;
        redrawHeld = false;
        void refresh();
      },
    },
    { selected: sameSheet ? (grid?.selected() ?? null) : null, scroll: sameSheet },
  );
  if (!sameSheet) {
    showCell("", undefined);
    if (view.undrawnRules.length > 0) {
      status(`Conditional formats not drawn here: ${view.undrawnRules.join(", ")}.`);
    }
  }
}

/** Reads the workbook and redraws everything (one redraw at a time, in order). */
function refresh(): Promise<void> {
  drawing = drawing.then(async () => {
    try {
      const wb = await api.workbook();
      workbook = wb;
      els.title.textContent = wb.spreadsheetName;
      document.title = `${wb.spreadsheetName} · playground`;
      els.clockLabel.textContent = `${wb.nowLabel} (${wb.timeZone})`;
      drawMenus(els.menubar, wb.menus, (name, caption) => void runEntryPoint(name, caption));
      drawOutbox(els.outboxList, els.mailFrame, els.outboxHeading, wb, outboxState);
      drawTriggers(els.triggers, els.triggersHeading, wb);
      if (sidebarSeen === null) sidebarSeen = wb.sidebar?.seq ?? 0;
      else if (wb.sidebar && wb.sidebar.seq > sidebarSeen) {
        sidebarSeen = wb.sidebar.seq;
        openSidebar(wb);
      }
      await drawSheet(wb);
      document.body.dataset.revision = String(wb.revision);
    } catch (error) {
      status(`The playground server did not answer: ${(error as Error).message}`, "error");
    }
  });
  return drawing;
}

for (const button of Array.from(
  document.querySelectorAll<HTMLButtonElement>("[data-advance-days]"),
)) {
  button.addEventListener("click", async () => {
    const days = Number(button.dataset.advanceDays);
    button.disabled = true;
    try {
      const { runs } = await api.advance(days);
      const failed = runs.filter((r) => r.error).length;
      const before = workbook?.outbox.length ?? 0;
      await refresh();
      const sent = (workbook?.outbox.length ?? 0) - before;
      status(
        `Clock moved ${button.textContent?.trim() ?? ""}: ${runs.length} trigger run(s)` +
          `${failed ? `, ${failed} failed` : ""}, ${sent} email(s) sent.`,
        failed ? "error" : "info",
      );
    } catch (error) {
      status(`Could not move the clock: ${(error as Error).message}`, "error");
    } finally {
      button.disabled = false;
    }
  });
}

byId("sidebar-close").addEventListener("click", () => {
  els.sidebar.hidden = true;
  els.sidebarFrame.src = "about:blank";
});

window.addEventListener("message", (event) => {
  if (event.origin !== window.location.origin) return;
  const type = (event.data as { type?: unknown } | null)?.type;
  if (type === "playground:changed") void refresh();
  if (type === "playground:close-sidebar") byId("sidebar-close").click();
});

void refresh();
