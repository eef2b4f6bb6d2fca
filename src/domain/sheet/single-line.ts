/**
 * User text that reaches a header or a title — an email's sender name or subject, the
 * Dashboard's title, a tab's name — is flattened to one line: control characters (CR and LF
 * included: in a mail header they would start a new header line) and line or paragraph
 * separators become spaces, runs of spaces one space.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we flatten
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function singleLine(text: string): string {
  return text.replace(BREAKS, " ").replace(/\s+/g, " ").trim();
}
