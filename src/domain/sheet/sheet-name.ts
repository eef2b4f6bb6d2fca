/**
 * Tab names legal for Sheets: "Plan · Ana López", then "Plan · Ana López (2)"… while Sheets
 * refuses a name that is taken (src/gas/insert-sheet.ts tries them). A long name is shortened
 * at a word with "…" (shorten-at-word.ts); the plan's header keeps it whole.
 *
 * Rules we keep (Sheets accepts more, but Excel/ODS export and A1 references with sheet names
 * choke on these): at most 100 characters, none of : \ / ? * [ ], no control characters, no
 * apostrophe at either end, never empty.
 */

import { SHOWN_NAME_MAX_LENGTH, shortenAtWord } from "./shorten-at-word";

export const SHEET_NAME_MAX_LENGTH = 100;
const PLAN_SHEET_PREFIX = "Plan · ";
const FALLBACK_MENTEE = "Mentee";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we strip
const ILLEGAL = /[:\\/?*[\]\u0000-\u001f\u007f-\u009f]/g;

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
  const mentee = tidy(shortenAtWord(tidy(menteeName), SHOWN_NAME_MAX_LENGTH)) || FALLBACK_MENTEE;
  return `${PLAN_SHEET_PREFIX}${mentee}`;
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
    tidy(shortenAtWord(tidy(base), SHEET_NAME_MAX_LENGTH)) ||
    `${PLAN_SHEET_PREFIX}${FALLBACK_MENTEE}`;
  if (attempt === 1) return clean;
  const suffix = ` (${attempt})`;
  const room = SHEET_NAME_MAX_LENGTH - suffix.length;
  return `${tidy(shortenAtWord(clean, room))}${suffix}`;
}
