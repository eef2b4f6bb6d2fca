/**
 * Colors as Sheets reports them back: lower-case "#rrggbb" (CSS names and "#abc" shorthand are
 * expanded), and null/"" resets to the default.
 */
const NAMED: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  orange: "#ffa500",
  gray: "#808080",
  grey: "#808080",
  purple: "#800080",
};

export function normalizeColor(color: string | null | undefined): string | undefined {
  if (color === null || color === undefined || color === "") return undefined;
  const text = String(color).trim().toLowerCase();
  const named = NAMED[text];
  if (named) return named;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return text;
}
