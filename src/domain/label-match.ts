/**
 * How a label typed in a sheet is compared with the label we expect: case, spacing, a trailing
 * colon and the kind of dash are forgiven, because pairs retype labels and headers by hand.
 */

/** The comparable form of a label: lower case, single spaces, plain hyphens, no trailing colon. */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*:$/, "")
    .toLowerCase();
}

/** The label without a trailing parenthetical hint: "Mentee rating (1–5)" → "mentee rating". */
function withoutHint(normalized: string): string {
  return normalized.replace(/\s*\([^)]*\)$/, "");
}

/**
 * True when `typed` names `expected`. A header shortened by dropping its hint in parentheses
 * ("Mentee rating" for "Mentee rating (1–5)") still matches.
 */
export function labelMatches(typed: string, expected: string): boolean {
  const a = normalizeLabel(typed);
  if (a === "") return false;
  const b = normalizeLabel(expected);
  return a === b || withoutHint(a) === withoutHint(b);
}

/** The first of `choices` that `typed` names, or undefined. */
export function matchWord<T extends string>(typed: string, choices: readonly T[]): T | undefined {
  const a = normalizeLabel(typed);
  return choices.find((c) => normalizeLabel(c) === a);
}
