/**
 * What one cell can hold: 50,000 characters of text (Google Sheets' limits,
 * https://support.google.com/drive/answer/37603). A longer value makes setValues fail for the
 * whole range.
 */
export const CELL_TEXT_LIMIT = 50_000;
