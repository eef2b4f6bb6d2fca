import type { Rect } from "./a1";

/** A range named by value (sheet id + rectangle), so it can live in a snapshot. */
export interface RangeRef extends Rect {
  sheetId: number;
}

/** Turns stored references back into emulated Range objects (the Spreadsheet implements it). */
export interface RangeResolver {
  rangeFor(ref: RangeRef): unknown;
}

/** Anything the emulator handed out as a Range: it can name itself by value. */
export interface HasRangeRef {
  toRef(): RangeRef;
}

export function isRangeLike(x: unknown): x is HasRangeRef {
  return typeof x === "object" && x !== null && typeof (x as HasRangeRef).toRef === "function";
}
