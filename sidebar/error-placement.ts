/**
 * Where a field error is shown. Errors come keyed by dotted paths ("goals.0.text", from the
 * client check or the server); each goes to the most specific field the form has for it, and
 * what fits no field ("form", or a path the form does not know) is shown at the top.
 */
import type { FieldErrors } from "../src/domain/sidebar-contract/schemas";

export interface PlacedErrors {
  /** Message per field key, first message wins. */
  byField: Map<string, string>;
  /** Messages that belong to no field. */
  general: string[];
  /** The first field with an error in screen order, to move the focus to. */
  first: string | null;
}

/** The longest dotted prefix of `key` that is a field, or null. */
export function fieldFor(key: string, slots: ReadonlySet<string>): string | null {
  const parts = key.split(".");
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join(".");
    if (slots.has(candidate)) return candidate;
  }
  return null;
}

/** Places errors on fields; `slots` lists the form's fields in screen order. */
export function placeErrors(errors: FieldErrors, slots: readonly string[]): PlacedErrors {
  const known = new Set(slots);
  const byField = new Map<string, string>();
  const general: string[] = [];
  for (const [key, message] of Object.entries(errors)) {
    const slot = fieldFor(key, known);
    if (slot === null) general.push(message);
    else if (!byField.has(slot)) byField.set(slot, message);
  }
  const first = slots.find((slot) => byField.has(slot)) ?? null;
  return { byField, general, first };
}

/** "1 field needs" / "3 fields need" attention: the summary above a rejected form. */
export function errorSummary(placed: PlacedErrors): string {
  const count = placed.byField.size;
  if (count === 0) return placed.general[0] ?? "Please check the form.";
  return count === 1 ? "1 field needs your attention." : `${count} fields need your attention.`;
}
