/**
 * Shortening a person's name (or any one-line text) for places that show only so much — a tab's
 * name, a digest's title line — at a word, with an ellipsis, never inside a word or a surrogate
 * pair. The full text stays where it belongs (the plan's header cells, the Dashboard's Mentee
 * column); only what is shown is shortened.
 */

/** The most of a person's name that a tab name or a title shows. */
export const SHOWN_NAME_MAX_LENGTH = 80;

const ELLIPSIS = "…";
/** A cut further back than this share of the room would drop too much: cut inside the word. */
const MIN_KEPT_SHARE = 0.5;

/**
 * `text` on one line; when longer than `max` characters (code points), cut at the last word
 * boundary that leaves room for "…", and "…" appended: at most `max` characters in all.
 * A single word longer than half the room is cut inside it rather than dropped.
 */
export function shortenAtWord(text: string, max: number): string {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`The room must be a positive whole number, got ${max}.`);
  }
  const line = text.replace(/\s+/g, " ").trim();
  const chars = Array.from(line);
  if (chars.length <= max) return line;
  const room = max - ELLIPSIS.length;
  // The character after the room tells whether the room ends exactly at a word's end.
  const kept = chars.slice(0, room + 1);
  let end = kept[room] === " " ? room : kept.lastIndexOf(" ", room - 1);
  if (end < Math.ceil(room * MIN_KEPT_SHARE)) end = room;
  const head = kept
    .slice(0, end)
    .join("")
    // A word boundary after "Ana," or "Ana -" would leave the punctuation dangling before "…".
    .replace(/[\s,;:.\-–—·/&+]+$/u, "");
  return `${head || kept.slice(0, room).join("")}${ELLIPSIS}`;
}
