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
 * The form two labels are compared in: normalized, without a trailing hint in parentheses, so a
 * header shortened to "Mentee rating" still names "Mentee rating (1–5)". '' never matches.
 */
export function labelKey(text: string): string {
  return withoutHint(normalizeLabel(text));
}

/** True when `typed` names `expected` (see labelKey). */
export function labelMatches(typed: string, expected: string): boolean {
  const a = labelKey(typed);
  return a !== "" && a === labelKey(expected);
}

/** The first of `choices` that `typed` names, or undefined. */
export function matchWord<T extends string>(typed: string, choices: readonly T[]): T | undefined {
  let normalized = normalizedChoices.get(choices);
  if (!normalized) {
    normalized = new Map(choices.map((c) => [normalizeLabel(c), c]));
    normalizedChoices.set(choices, normalized);
  }
  return normalized.get(normalizeLabel(typed)) as T | undefined;
}

/** The word lists are module constants: normalize each once. */
const normalizedChoices = new WeakMap<readonly string[], Map<string, string>>();
