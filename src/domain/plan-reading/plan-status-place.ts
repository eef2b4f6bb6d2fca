/**
 * Where a plan tab's Plan status cells are: the status word, the day it took effect and the
 * reason, right of the "Plan status" label (plan-tab/layout.ts), found by the label wherever
 * the pair moved the header rows, as the header reader finds it.
 */
import { HEADER_LABELS } from "../plan-tab/sections";
import { readGrid } from "./grid-reader";
import { findHeaderLabels } from "./read-plan-header";
import { findSections } from "./section-finder";

/** How many cells the status row holds right of its label: status, since, reason. */
export const PLAN_STATUS_CELLS = 3;

/**
 * 1-based row and first column of the status cells, from the tab's getValues() grid; null when
 * the tab has no "Plan status" label above its first section.
 */
export function planStatusPlace(values: unknown): { row: number; column: number } | null {
  const { grid } = readGrid(values);
  const { headerBlockEnd } = findSections(grid, {});
  const label = findHeaderLabels(grid, headerBlockEnd).planStatus;
  return label ? { row: label.row + 1, column: label.column + 2 } : null;
}

/** The message when the label is gone (a pair deleted or retyped it). */
export const NO_STATUS_ROW = `This plan's tab has no "${HEADER_LABELS.planStatus}" row above its first section, so its status cannot be set. Put the row back (label in column A, status in B), then try again.`;
