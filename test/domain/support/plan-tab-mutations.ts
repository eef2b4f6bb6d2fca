/**
 * Random damage to a plan tab, of the kinds pairs and coordinators cause, recording what each
 * damage must produce: the rows that hold an unreadable cell (each must get a Problem on its
 * row) and the structural problems that must be named. Benign edits (blank rows, case and
 * spacing, numbers as text, ISO dates, extra and reordered columns) are recorded as nothing.
 */

import {
  HEADER_LABELS,
  SECTION_COLUMNS,
  SECTION_TITLES,
} from "../../../src/domain/plan-tab/sections";
import { dayKey } from "../../../src/domain/sheet/calendar";
import { isDate } from "../../../src/domain/sheet/cell-value";
import type { HeaderKey, TableKey, TabRow } from "./plan-tab-builder";

export type Random = () => number;

/** A small seeded generator (mulberry32), so a failing case replays from its seed. */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const chance = (r: Random, p: number) => r() < p;
const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

export const TABLE_KEYS: readonly TableKey[] = ["goals", "actions", "progress", "nextSteps"];

type Kind = "text" | "date" | "number" | "status" | "owner" | "rating" | "yesNo" | "ignored";
const KINDS: Record<TableKey, Record<string, Kind>> = {
  goals: {
    "#": "number",
    Goal: "text",
    "Success criteria": "text",
    "Target date": "date",
    Status: "status",
    Progress: "ignored",
  },
  actions: {
    "#": "number",
    "Goal #": "number",
    Action: "text",
    Owner: "owner",
    "Due date": "date",
    Resources: "text",
    Status: "status",
    "Done on": "date",
  },
  progress: {
    Date: "date",
    "Who attended": "text",
    Discussed: "text",
    "Progress notes": "text",
    Blockers: "text",
    "Mentee rating (1–5)": "rating",
  },
  nextSteps: { Step: "text", Owner: "text", "By when": "date", Done: "yesNo" },
};

type HeaderKind = "text" | "email" | "date" | "word";
const HEADER_FIELDS: Record<HeaderKey, [number, HeaderKind][]> = {
  mentee: [
    [1, "text"],
    [2, "email"],
  ],
  mentor: [
    [1, "text"],
    [2, "email"],
  ],
  reviewer: [[1, "email"]],
  focusArea: [[1, "text"]],
  startDate: [[1, "date"]],
  targetEndDate: [[1, "date"]],
  cadence: [[1, "word"]],
  mode: [[1, "text"]],
  learningStyle: [[1, "text"]],
  planStatus: [[1, "word"]],
};

/** Values no reader can accept, per kind of cell (never blank: blank is not a problem). */
const BAD: Record<Exclude<Kind, "ignored"> | HeaderKind, () => unknown[]> = {
  text: () => [{}, [1, 2], Number.NaN, Number.POSITIVE_INFINITY, () => 1, Symbol("s"), BigInt(7)],
  date: () => ["next week", "01/02/2026", "2026-02-30", 46054, true, {}, Number.NaN],
  number: () => ["three", 2.5, -1, 0, "1e3", true, {}, new Date(0)],
  status: () => ["Finished", "Donee", 3, true, {}, new Date(0)],
  owner: () => ["Manager", 5, {}, false],
  rating: () => [0, 6, 2.5, "great", {}, new Date(0)],
  yesNo: () => ["maybe", 3, {}, new Date(0)],
  email: () => ["not an email", "a@b", "x@y z.org"],
  word: () => ["Fortnightly", 3, {}],
};

/** Anything at all, for columns the reader ignores. */
const JUNK = () => [{}, [], "text", 42, true, new Date(0), null, Number.NaN, "GOALZ"];

function caseVariant(r: Random, text: string): string {
  return pick(r, [
    text.toLowerCase(),
    text.toUpperCase(),
    `  ${text} `,
    text.replace(/ /g, "   "),
    `${text}:`,
  ]);
}

/** An equivalent spelling of a cell the reader must read the same. */
function benignVariant(r: Random, kind: Kind, value: unknown, timeZone: string): unknown {
  if (kind === "date" && isDate(value)) return chance(r, 0.5) ? dayKey(value, timeZone) : value;
  if ((kind === "number" || kind === "rating") && typeof value === "number") {
    return pick(r, [String(value), ` ${value} `, `${value}.0`, value]);
  }
  if ((kind === "status" || kind === "owner") && typeof value === "string" && value !== "") {
    return pick(r, [
      value.toLowerCase(),
      value.toUpperCase(),
      ` ${value}  `,
      value.replace(/ /g, "  "),
    ]);
  }
  if (kind === "yesNo" && (value === "Yes" || value === "No")) {
    return pick(r, [value.toUpperCase(), value.toLowerCase(), value === "Yes"]);
  }
  return value;
}

export interface Damage {
  values: unknown[];
  /** 1-based rows that must each carry at least one Problem. */
  problemRows: number[];
  /** Messages that must be among the problems. */
  messages: string[];
}

interface State {
  rows: TabRow[];
  /** Current header order of each table (extra columns as "__extra"). */
  columns: Record<TableKey, string[]>;
  lostColumns: Set<string>;
  lostLabels: Set<HeaderKey>;
  /** Sections whose column A is no longer their first, typed column. */
  noNotes: Set<TableKey>;
  broken: TabRow[];
  messages: string[];
}

const cellsOf = (row: TabRow) => row.cells as unknown[];
const sectionRow = (s: State, key: TableKey, role: TabRow["role"]) =>
  s.rows.find((r) => r.section === key && r.role === role);
const tableRows = (s: State, key: TableKey) =>
  s.rows.filter((r) => r.section === key && ["columns", "data", "filler"].includes(r.role));

const STRUCTURE_DAMAGE = [
  "none",
  "none",
  "none",
  "renameTitle",
  "deleteTitle",
  "renameColumn",
  "deleteHeaderRow",
  "extraColumn",
  "reorder",
] as const;

/** At most one structural change per section, so each section can still be found. */
function damageStructure(
  s: State,
  r: Random,
  key: TableKey,
  what: (typeof STRUCTURE_DAMAGE)[number],
): void {
  const title = SECTION_TITLES[key];
  const headers: readonly string[] = SECTION_COLUMNS[key];
  const titleRow = sectionRow(s, key, "sectionTitle") as TabRow;
  const headerRow = sectionRow(s, key, "columns") as TabRow;
  switch (what) {
    case "renameTitle":
      cellsOf(titleRow)[0] = pick(r, ["TASKS", "Stuff", "Section 4"]);
      s.messages.push(`${title} header missing`);
      return;
    case "deleteTitle":
      s.rows.splice(s.rows.indexOf(titleRow), 1);
      s.messages.push(`${title} header missing`);
      return;
    case "renameColumn": {
      const read = headers.filter((h) => KINDS[key][h] !== "ignored");
      const name = pick(r, read);
      cellsOf(headerRow)[headers.indexOf(name)] = "Zz renamed";
      s.lostColumns.add(`${key}/${name}`);
      s.messages.push(`${title} column "${name}" missing`);
      if (headers.indexOf(name) === 0) s.noNotes.add(key);
      return;
    }
    case "deleteHeaderRow":
      s.rows.splice(s.rows.indexOf(headerRow), 1);
      s.messages.push(`${title} column headers missing (read in the template's column order)`);
      return;
    case "extraColumn": {
      const at = int(r, 0, headers.length);
      for (const row of tableRows(s, key)) {
        cellsOf(row).splice(at, 0, row.role === "columns" ? "Our own notes" : pick(r, JUNK()));
      }
      s.columns[key].splice(at, 0, "__extra");
      if (at === 0) s.noNotes.add(key);
      return;
    }
    case "reorder": {
      const order = headers.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = int(r, 0, i);
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      for (const row of tableRows(s, key)) {
        const old = [...cellsOf(row)];
        order.forEach((from, to) => {
          cellsOf(row)[to] = old[from];
        });
      }
      s.columns[key] = order.map((i) => headers[i] as string);
      if (order[0] !== 0) s.noNotes.add(key);
      return;
    }
    default:
  }
}

function applyVariants(s: State, r: Random, timeZone: string): void {
  for (const row of s.rows) {
    if (!Array.isArray(row.cells)) continue;
    const cells = row.cells as unknown[];
    if (row.role === "sectionTitle" && chance(r, 0.3) && typeof cells[0] === "string") {
      if (cells[0] === SECTION_TITLES[row.section as keyof typeof SECTION_TITLES]) {
        cells[0] = caseVariant(r, cells[0]);
      }
    } else if (row.role === "columns") {
      cells.forEach((c, i) => {
        if (typeof c === "string" && c !== "Zz renamed" && chance(r, 0.2)) {
          cells[i] = chance(r, 0.5)
            ? c.replace(/\s*\(1–5\)$/, "")
            : caseVariant(r, c).replace(/:$/, "");
        }
      });
    } else if (row.role === "label" && row.headerKey && !s.lostLabels.has(row.headerKey)) {
      if (chance(r, 0.2)) cells[0] = caseVariant(r, HEADER_LABELS[row.headerKey]);
      for (const [c, kind] of HEADER_FIELDS[row.headerKey]) {
        if (!chance(r, 0.3)) continue;
        const v = cells[c];
        if (kind === "email" && typeof v === "string") cells[c] = v.toUpperCase();
        if (kind === "date") cells[c] = benignVariant(r, "date", v, timeZone);
        if (kind === "word" && typeof v === "string" && v !== "")
          cells[c] = caseVariant(r, v).replace(/:$/, "");
      }
    } else if (
      (row.role === "data" || row.role === "filler") &&
      row.section &&
      (TABLE_KEYS as readonly string[]).includes(row.section)
    ) {
      const key = row.section as TableKey;
      s.columns[key].forEach((header, c) => {
        const kind = KINDS[key][header];
        if (kind && chance(r, 0.2)) cells[c] = benignVariant(r, kind, cells[c], timeZone);
      });
    }
  }
}

const blankCells = (r: Random) =>
  pick(r, [[], [""], ["", null, undefined, "   "], Array(8).fill("")]);

function insertAt(s: State, r: Random, row: TabRow, from = 0, to = s.rows.length): void {
  s.rows.splice(int(r, from, to), 0, row);
}

/** Benign damage only: the tab must read exactly as before, with no problems. */
export function reshape(rows: TabRow[], seed: number, timeZone: string): unknown[] {
  const r = seeded(seed);
  const s = newState(rows);
  for (const key of TABLE_KEYS)
    damageStructure(s, r, key, pick(r, ["none", "extraColumn", "reorder"]));
  applyVariants(s, r, timeZone);
  for (let i = int(r, 0, 4); i > 0; i--) insertAt(s, r, { cells: blankCells(r), role: "blank" });
  for (const row of s.rows) {
    // Trailing blank cells may be missing (getValues always pads, but be tolerant).
    const cells = row.cells as unknown[];
    if (!Array.isArray(cells) || !chance(r, 0.2)) continue;
    let end = cells.length;
    while (end > 0 && (cells[end - 1] === "" || cells[end - 1] === undefined)) end--;
    cells.length = int(r, end, cells.length);
  }
  return s.rows.map((row) => row.cells);
}

function newState(rows: TabRow[]): State {
  return {
    rows,
    columns: {
      goals: [...SECTION_COLUMNS.goals],
      actions: [...SECTION_COLUMNS.actions],
      progress: [...SECTION_COLUMNS.progress],
      nextSteps: [...SECTION_COLUMNS.nextSteps],
    },
    lostColumns: new Set(),
    lostLabels: new Set(),
    noNotes: new Set(),
    broken: [],
    messages: [],
  };
}

/** Any damage, benign or not, with what it must produce. */
export function malform(rows: TabRow[], seed: number, timeZone: string): Damage {
  const r = seeded(seed);
  const s = newState(rows);
  for (const key of TABLE_KEYS) damageStructure(s, r, key, pick(r, STRUCTURE_DAMAGE));

  if (chance(r, 0.15)) {
    const key = pick(r, Object.keys(HEADER_LABELS) as HeaderKey[]);
    const row = s.rows.find((x) => x.headerKey === key) as TabRow;
    cellsOf(row)[0] = "Zz label";
    s.lostLabels.add(key);
    s.messages.push(`Header row "${HEADER_LABELS[key]}" missing`);
  }

  applyVariants(s, r, timeZone);

  // Truncated rows (data lost, silently: a missing cell reads as blank).
  for (let i = int(r, 0, 3); i > 0; i--) {
    const row = pick(
      r,
      s.rows.filter((x) => ["data", "filler", "blank", "top"].includes(x.role)),
    );
    if (row && Array.isArray(row.cells))
      (row.cells as unknown[]).length = int(r, 0, (row.cells as unknown[]).length);
  }

  // Merged note rows inside a table: text across the row, in a column that expects a number or a date.
  for (let i = int(r, 0, 2); i > 0; i--) {
    const key = pick(r, ["goals", "actions", "progress"] as const);
    if (s.noNotes.has(key)) continue;
    const anchor = sectionRow(s, key, "columns") ?? sectionRow(s, key, "sectionTitle");
    const last = s.rows.map((x) => x.section).lastIndexOf(key);
    if (!anchor || last < 0) continue;
    const note: TabRow = {
      cells: ["Note: merged across the row", "", "", "", "", ""],
      role: "other",
      section: key,
    };
    insertAt(s, r, note, s.rows.indexOf(anchor) + 1, last + 1);
    s.broken.push(note);
  }

  for (let i = int(r, 0, 4); i > 0; i--) insertAt(s, r, { cells: blankCells(r), role: "blank" });

  // Unreadable cells in the cells the reader reads.
  for (let i = int(r, 0, 6); i > 0; i--) {
    const candidates = s.rows.filter(
      (x) =>
        Array.isArray(x.cells) &&
        (((x.role === "data" || x.role === "filler") && x.section !== "startingPoint") ||
          (x.role === "label" && x.headerKey && !s.lostLabels.has(x.headerKey))),
    );
    const row = pick(r, candidates);
    if (!row) break;
    if (row.role === "label" && row.headerKey) {
      const [column, kind] = pick(r, HEADER_FIELDS[row.headerKey]);
      cellsOf(row)[column] = pick(r, BAD[kind]());
    } else {
      const key = row.section as TableKey;
      const readable = s.columns[key]
        .map((header, column) => ({ header, column, kind: KINDS[key][header] }))
        .filter((c) => c.kind && c.kind !== "ignored" && !s.lostColumns.has(`${key}/${c.header}`));
      const target = pick(r, readable);
      cellsOf(row)[target.column] = pick(r, BAD[target.kind as Exclude<Kind, "ignored">]());
    }
    s.broken.push(row);
  }

  // Rows that are not rows at all: inserted, or replacing a row.
  for (let i = int(r, 0, 2); i > 0; i--) {
    const row: TabRow = { cells: pick(r, [null, undefined, 42, "row", {}, true]), role: "other" };
    insertAt(s, r, row);
    s.broken.push(row);
  }
  if (chance(r, 0.15)) {
    const row = pick(
      r,
      s.rows.filter((x) => x.role === "data"),
    );
    if (row) {
      row.cells = pick(r, [null, 7, "gone"]);
      s.broken.push(row);
    }
  }

  const problemRows = [...new Set(s.broken.map((row) => s.rows.indexOf(row) + 1))].sort(
    (a, b) => a - b,
  );
  return { values: s.rows.map((row) => row.cells), problemRows, messages: s.messages };
}
