/**
 * Writing user-typed text into a sheet so that it stays exactly that text.
 *
 * Range.setValues parses strings the way the Sheets UI parses typing (the Sheets API calls it
 * USER_ENTERED: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption):
 * "=…" becomes a formula, "+1…", "-2" and "12/3" become numbers or dates, "TRUE" a boolean.
 * A leading apostrophe makes Sheets keep the rest as plain text and hide the apostrophe, so we
 * add one whenever the text could be read as anything but text. Names that start with a letter
 * are left alone so the sheet's stored value is the text itself.
 */

/** First characters that make Sheets treat input as a formula, a number or an escape. */
const RISKY_START = /^[=+\-@'0-9.,$€£¥(%#]/;
/** Whole strings Sheets turns into booleans. */
const BOOLEAN_WORDS = /^(true|false)$/i;
/** "Mar 5", "june 2026": Sheets reads a month name followed by a number as a date. */
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s,/-]+\d/i;

/** True when Sheets would not store `text` as that same text if written as is. */
export function needsLiteralPrefix(text: string): boolean {
  const t = text.trimStart();
  if (t === "") return text !== "";
  return t !== text || RISKY_START.test(t) || BOOLEAN_WORDS.test(t.trim()) || MONTH_DATE.test(t);
}

/** `text` as a value for setValues that Sheets stores as exactly `text` (never a formula). */
export function asLiteralText(text: string): string {
  return needsLiteralPrefix(text) ? `'${text}` : text;
}
