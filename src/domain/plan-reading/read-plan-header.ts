/**
 * Reads the plan's header block (pair, reviewer, focus, dates, cadence…): each value sits to
 * the right of its label (label, value, and the email next for mentee and mentor), found by
 * the label's text anywhere above the first section, so inserted rows do not matter.
 */

import { LEGACY_STATUSES } from "../outcomes/lifecycle";
import type { PlanHeader, Problem } from "../plan/plan";
import { CADENCE_NAMES, PLAN_STATUSES, type PlanStatus } from "../plan/vocabulary";
import { HEADER_LABELS } from "../plan-tab/sections";
import {
  type CellRead,
  type CellReading,
  readDay,
  readText,
  readWord,
} from "../sheet/cell-reading";
import { labelKey } from "../sheet/label-match";
import type { PlanGrid } from "./grid-reader";

type HeaderKey = keyof typeof HEADER_LABELS;
const HEADER_KEYS = Object.keys(HEADER_LABELS) as HeaderKey[];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Place {
  row: number;
  column: number;
}

const KEY_BY_LABEL = new Map(HEADER_KEYS.map((k) => [labelKey(HEADER_LABELS[k]), k] as const));

/** Where each label is: the first cell that names it, anywhere above the first section. */
function findLabels(grid: PlanGrid, endRow: number): Partial<Record<HeaderKey, Place>> {
  const places: Partial<Record<HeaderKey, Place>> = {};
  for (let row = 0; row < endRow; row++) {
    for (const cell of grid.textCells(row)) {
      const key = KEY_BY_LABEL.get(labelKey(cell.text));
      if (key && !places[key]) places[key] = { row, column: cell.column };
    }
  }
  return places;
}

/** A status word, or a word earlier tabs used ("Complete", "Closed"…: lifecycle.ts). */
function readPlanStatus(raw: unknown): CellRead<PlanStatus> {
  const read = readWord(raw, PLAN_STATUSES);
  if (read.kind !== "unreadable") return read;
  const legacy = readWord(raw, LEGACY_WORDS);
  return legacy.kind === "value"
    ? { kind: "value", value: LEGACY_STATUSES[legacy.value] as PlanStatus }
    : read;
}

const LEGACY_WORDS = Object.keys(LEGACY_STATUSES);

export function readPlanHeader(
  grid: PlanGrid,
  endRow: number,
  reading: CellReading,
): { header: PlanHeader; problems: Problem[] } {
  const { timeZone } = reading;
  const problems: Problem[] = [];
  const places = findLabels(grid, endRow);

  /** The cell `offset` columns right of a label, read with `read`; problems named by `what`. */
  function value<T>(
    key: HeaderKey,
    offset: number,
    read: (raw: unknown) => CellRead<T>,
    complaint: (shown: string, row: number) => string,
  ): T | null {
    const place = places[key];
    if (!place) return null;
    const got = read(grid.cell(place.row, place.column + offset));
    if (got.kind === "value") return got.value;
    if (got.kind === "unreadable") {
      problems.push({ message: complaint(got.shown, place.row + 1), row: place.row + 1 });
    }
    return null;
  }
  const text = (key: HeaderKey, offset: number, what: string) =>
    value(
      key,
      offset,
      (raw) => readText(raw, timeZone),
      (_s, row) => `${what} in row ${row} could not be read`,
    ) ?? "";
  const email = (key: HeaderKey, offset: number, what: string): string => {
    const typed = text(key, offset, what).toLowerCase();
    if (typed === "" || EMAIL.test(typed)) return typed;
    const row = (places[key]?.row ?? 0) + 1;
    problems.push({ message: `${what} "${typed}" in row ${row} is not an email address`, row });
    return "";
  };
  const day = (key: HeaderKey, what: string, offset = 1) =>
    value(
      key,
      offset,
      (raw) => readDay(raw, timeZone, reading.serialDays),
      (_s, row) => `${what} in row ${row} is not a date`,
    );

  for (const key of HEADER_KEYS) {
    if (!places[key]) problems.push({ message: `Header row "${HEADER_LABELS[key]}" missing` });
  }

  const header: PlanHeader = {
    mentee: { name: text("mentee", 1, "Mentee name"), email: email("mentee", 2, "Mentee email") },
    mentor: { name: text("mentor", 1, "Mentor name"), email: email("mentor", 2, "Mentor email") },
    reviewerEmail: email("reviewer", 1, "Reviewer email"),
    focusArea: text("focusArea", 1, "Focus area"),
    startDate: day("startDate", "Start date"),
    targetEndDate: day("targetEndDate", "Target end date"),
    cadence: value(
      "cadence",
      1,
      (raw) => readWord(raw, CADENCE_NAMES),
      (shown, row) => `Meeting cadence "${shown}" in row ${row} is unknown`,
    ),
    mode: text("mode", 1, "Meeting mode"),
    learningStyle: text("learningStyle", 1, "Learning style"),
    planStatus: value(
      "planStatus",
      1,
      readPlanStatus,
      (shown, row) => `Plan status "${shown}" in row ${row} is unknown`,
    ),
    statusSince: day("planStatus", "Plan status date", 2),
    statusReason: text("planStatus", 3, "Plan status reason"),
  };
  // Digests go to the reviewer: a plan without one must say so (an invalid one is named above).
  const reviewerPlace = places.reviewer;
  if (
    reviewerPlace &&
    header.reviewerEmail === "" &&
    !problems.some((p) => p.row === reviewerPlace.row + 1)
  ) {
    problems.push({ message: "Reviewer email is empty", row: reviewerPlace.row + 1 });
  }
  return { header, problems };
}
