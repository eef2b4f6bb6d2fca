/**
 * A plan tab as pure data: everything the gas writer needs to create the tab in a few batched
 * calls (one setValues for the whole grid, one call per formatting kind), and everything the
 * rest of the add-on needs to know about where things landed.
 */
import type { CellValue } from "../sheet/cell-value";
import type { SectionKey } from "./sections";

export type ValidationSpec =
  | { a1: string; kind: "list"; values: string[] }
  | { a1: string; kind: "date" }
  | { a1: string; kind: "numberBetween"; min: number; max: number };

/** A custom-formula rule; the formula is written relative to the range's top-left cell. */
export interface ConditionalFormatSpec {
  a1: string;
  kind: "formula";
  formula: string;
  background?: string;
  fontColor?: string;
}

/** Where a table section landed (1-based rows; content = the rows below the column headers). */
export interface SectionBlock {
  key: SectionKey;
  title: string;
  titleRow: number;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Columns used by the section's table (1..width). */
  width: number;
  /** "A20": the title cell. */
  titleA1: string;
  /** "A22:H36": the rows the pair fills in, over the section's columns. */
  contentA1: string;
}

export interface StartingPointBlock extends SectionBlock {
  key: "startingPoint";
  skillsLastRow: number;
  strengthsRow: number;
  areasToGrowRow: number;
}

interface PlanTabPositions {
  titleA1: string;
  /** The live summary: completion, overdue actions, last check-in (formula cells). */
  summary: { completionA1: string; overdueA1: string; lastCheckInA1: string };
  /** Key–value header block: label in A, value in B, email in C. */
  header: { firstRow: number; lastRow: number; rows: Record<string, number> };
  sections: {
    startingPoint: StartingPointBlock;
    goals: SectionBlock;
    actions: SectionBlock;
    progress: SectionBlock;
    nextSteps: SectionBlock;
    checkpoints: SectionBlock;
    feedback: SectionBlock;
    careerOutcomes: SectionBlock;
  };
}

export interface PlanTabModel {
  rows: number;
  /** Always PLAN_TAB_COLUMNS. */
  columns: number;
  /** The whole tab, for one setValues; "" for empty cells, Dates at midnight in the sheet's zone. */
  values: CellValue[][];
  /** Live formulas, written after the values (their cells are "" in `values`). */
  formulas: { a1: string; formula: string }[];
  /** The whole grid; "General" where nothing special applies. */
  numberFormats: string[][];
  fontWeights: ("bold" | "normal")[][];
  backgrounds: (string | null)[][];
  /** Few rules, each over a whole column block of a section. */
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  frozenRows: number;
  /** Runs of equal widths, for setColumnWidths(column, count, width). */
  columnWidths: { column: number; count: number; width: number }[];
  /**
   * What only the coordinator changes: `labelsA1`, the section labels and column headers, each
   * protected as a range so that pairs can insert rows anywhere between them (a sheet protection
   * would forbid inserting rows to everyone but its editors). `unprotectedA1` lists the content
   * blocks the pair types into.
   */
  protectedLabels: {
    editors: string[];
    unprotectedA1: string[];
    labelsA1: string[];
  };
  merges?: string[];
  /** The plan id to store as developer metadata (PLAN_ID_METADATA_KEY) on the tab. */
  planId: string;
  positions: PlanTabPositions;
}
