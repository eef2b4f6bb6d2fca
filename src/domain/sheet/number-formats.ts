/**
 * The number formats the add-on writes, one name each (Sheets' format patterns:
 * https://developers.google.com/sheets/api/guides/formats).
 */
export const GENERAL_FORMAT = "General";
export const DATE_FORMAT = "yyyy-mm-dd";
export const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
export const PERCENT_FORMAT = "0%";
export const INTEGER_FORMAT = "0";
/** One decimal: a mean of 1–5 ratings. */
export const RATING_FORMAT = "0.0";
