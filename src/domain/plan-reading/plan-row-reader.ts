/**
 * Reads the cells of one table row of a plan tab by column header, turning each cell that
 * cannot be understood into a Problem that names the column and the sheet row. It also tells
 * whether the row holds anything a pair wrote: template filler (a row number, the default
 * status, "No") alone does not make a row a goal or an action.
 */

import type { Problem } from "../plan/plan";
import {
  type CellRead,
  type CellReading,
  readDay,
  readScale,
  readText,
  readWholeNumber,
  readWord,
  readYesNo,
} from "../sheet/cell-reading";
import type { FoundSection } from "./section-finder";

export class PlanRowReader {
  /** True once a cell held something beyond template filler. */
  hasContent = false;
  readonly problems: Problem[] = [];
  /** Headers of the cells that could not be read. */
  readonly unreadable = new Set<string>();
  /** 1-based sheet row. */
  readonly row: number;

  constructor(
    private readonly cellAt: (column: number) => unknown,
    private readonly section: FoundSection,
    gridRow: number,
    private readonly reading: CellReading,
  ) {
    this.row = gridRow + 1;
  }

  private raw(header: string): unknown {
    const column = this.section.columns.get(header);
    return column === undefined ? "" : this.cellAt(column);
  }

  private take<T>(
    header: string,
    read: CellRead<T>,
    problem: (shown: string) => string,
    filler = false,
  ): T | null {
    if (read.kind === "value") {
      if (!filler) this.hasContent = true;
      return read.value;
    }
    if (read.kind === "unreadable") {
      this.unreadable.add(header);
      this.problems.push({ message: problem(read.shown), row: this.row });
    }
    return null;
  }

  /** Whether the cell under this header is empty (cleared, or under a merge's top-left cell). */
  isBlank(header: string): boolean {
    const v = this.raw(header);
    return v === "" || v === null || v === undefined;
  }

  text(header: string, label: string): string {
    const read = readText(this.raw(header), this.reading.timeZone);
    return this.take(header, read, () => `${label} in row ${this.row} could not be read`) ?? "";
  }

  day(header: string, label: string): Date | null {
    const read = readDay(this.raw(header), this.reading.timeZone, this.reading.serialDays);
    return this.take(header, read, () => `${label} in row ${this.row} is not a date`);
  }

  /** A row or goal number: on its own it is filler (templates number their empty rows). */
  number(header: string, label: string): number | null {
    const read = readWholeNumber(this.raw(header));
    return this.take(header, read, () => `${label} in row ${this.row} is not a number`, true);
  }

  scale(header: string, label: string, min: number, max: number): number | null {
    const read = readScale(this.raw(header), min, max);
    return this.take(
      header,
      read,
      () => `${label} in row ${this.row} is not a whole number from ${min} to ${max}`,
    );
  }

  /**
   * A word from a list. A blank or unknown word reads as `fallback` (an unknown one is named in
   * the problem); `isFiller` says which words alone do not make the row a real entry.
   */
  word<T extends string>(
    header: string,
    label: string,
    choices: readonly T[],
    fallback: T | null,
    isFiller: (word: T) => boolean,
  ): T | null {
    const read = readWord(this.raw(header), choices);
    const got = this.take(
      header,
      read,
      (shown) =>
        `${label} "${shown}" in row ${this.row} is unknown` +
        (fallback === null ? " (left blank)" : ` (read as ${fallback})`),
      read.kind === "value" && isFiller(read.value),
    );
    return got ?? fallback;
  }

  yesNo(header: string, label: string): boolean {
    const read = readYesNo(this.raw(header));
    const got = this.take(
      header,
      read,
      (shown) => `${label} "${shown}" in row ${this.row} is not Yes or No (read as No)`,
      read.kind === "value" && !read.value,
    );
    return got ?? false;
  }
}
