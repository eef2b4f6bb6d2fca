/**
 * Plan tab names: "Plan · Ana López", unique in the workbook, legal for Sheets.
 *
 * Rules we keep (Sheets accepts more, but Excel/ODS export and A1 references with sheet names
 * choke on these): at most 100 characters, none of : \ / ? * [ ], no control characters, no
 * apostrophe at either end, never empty. Sheets compares tab names case-insensitively when it
 * refuses a duplicate, so "taken" sets are compared that way too.
 */

export const SHEET_NAME_MAX_LENGTH = 100;
export const PLAN_SHEET_PREFIX = "Plan · ";
const FALLBACK_MENTEE = "Mentee";
/** Upper bound on suffix attempts; a workbook never holds this many tabs for one name. */
const MAX_ATTEMPTS = 1000;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
const ILLEGAL = /[:\\/?*[\]\u0000-\u001f\u007f-\u009f]/g;

/** Cuts to at most `max` characters without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

function tidy(text: string): string {
  return text
    .replace(ILLEGAL, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
}

/** The name a plan tab would get before making it unique: "Plan · Ana López". */
export function planSheetBase(menteeName: string): string {
  const mentee = tidy(menteeName) || FALLBACK_MENTEE;
  return tidy(cut(`${PLAN_SHEET_PREFIX}${mentee}`, SHEET_NAME_MAX_LENGTH));
}

/**
 * The name to try on attempt `attempt` (1-based): the base itself, then "base (2)", "base (3)"…,
 * the base shortened so the result still fits. The writer can call this again after Sheets
 * refuses a duplicate name, without listing every tab first.
 */
export function nextSheetNameCandidate(base: string, attempt: number): string {
  if (!Number.isInteger(attempt) || attempt < 1) {
    throw new RangeError(`Attempt must be a positive integer, got ${attempt}.`);
  }
  const clean =
    tidy(cut(tidy(base), SHEET_NAME_MAX_LENGTH)) || `${PLAN_SHEET_PREFIX}${FALLBACK_MENTEE}`;
  if (attempt === 1) return clean;
  const suffix = ` (${attempt})`;
  const room = SHEET_NAME_MAX_LENGTH - suffix.length;
  return `${tidy(cut(clean, room))}${suffix}`;
}

export type TakenNames = ((name: string) => boolean) | ReadonlySet<string> | readonly string[];

function takenTest(taken: TakenNames): (name: string) => boolean {
  if (typeof taken === "function") return taken;
  const lower = new Set(Array.from(taken, (n) => n.toLowerCase()));
  return (name) => lower.has(name.toLowerCase());
}

/** A legal, unused tab name for a mentee's plan. */
export function planSheetName(menteeName: string, taken: TakenNames): string {
  const isTaken = takenTest(taken);
  const base = planSheetBase(menteeName);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const candidate = nextSheetNameCandidate(base, attempt);
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`Could not find a free tab name for "${base}" after ${MAX_ATTEMPTS} tries.`);
}
