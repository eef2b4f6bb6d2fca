/** The bodies the page may POST, parsed with zod before anything is touched. */
import * as z from "zod";

/** Generous for any form the sidebar sends (a full plan is a few KB), small for anything else. */
export const MAX_BODY_BYTES = 256 * 1024;

export const runRequest = z.object({
  /** google.script.run's arguments: JSON-like values only (the bridge refuses the rest). */
  args: z.array(z.unknown()).max(20).default([]),
});

export const editRequest = z.object({
  sheet: z.string().min(1).max(200),
  a1: z
    .string()
    .regex(/^[A-Za-z]{1,3}[1-9][0-9]{0,6}$/, "a1 must name one cell, like B7.")
    .transform((s) => s.toUpperCase()),
  value: z.string().max(50_000),
});

/** The user selects cells: one cell, or a block such as B2:C5. */
export const selectRequest = z.object({
  sheet: z.string().min(1).max(200),
  a1: z
    .string()
    .regex(
      /^[A-Za-z]{1,3}[1-9][0-9]{0,6}(:[A-Za-z]{1,3}[1-9][0-9]{0,6})?$/,
      "a1 must name cells, like B7 or B2:C5.",
    )
    .transform((s) => s.toUpperCase()),
});

export const clockRequest = z.object({
  days: z.number().int().min(1).max(366),
});

export const activateRequest = z.object({
  sheet: z.string().min(1).max(200),
});

/** Turns zod's issues into one readable line for a 400 answer. */
export function issuesText(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
}
