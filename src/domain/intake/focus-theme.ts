/**
 * The theme of a mentoring focus, as one of the built-in templates: it decides whether a mentee's
 * focus and a mentor's meet, and which template a bulk-created plan starts from ("template from
 * the focus"). Keywords, because a roster's focus is free text.
 */
import type { TemplateId } from "../sidebar-contract/schemas";

/** Checked in this order: "director succession" is succession, not management. */
const THEMES: readonly { id: Exclude<TemplateId, "blank">; words: RegExp }[] = [
  { id: "succession", words: /\b(succession|successor|director|executive|vp|head of|c-?suite)\b/ },
  {
    id: "move-into-management",
    words: /\b(manag\w*|people lead\w*|team lead\w*|leadership|first[- ]time lead\w*)\b/,
  },
  {
    id: "career-transition",
    words:
      /\b(transition\w*|career change|switch\w*|move (in)?to|pivot\w*|new role|change career)\b/,
  },
  {
    id: "technical-skill",
    words:
      /\b(technical|engineering|coding|programming|data|sql|python|cloud|design|architecture|security|skill)\w*\b/,
  },
];

/** The template a focus text points to, or null when no theme's words appear in it. */
export function focusTheme(focus: string): Exclude<TemplateId, "blank"> | null {
  const text = focus.toLowerCase();
  for (const theme of THEMES) if (theme.words.test(text)) return theme.id;
  return null;
}

/** Words too common to show that two focuses meet. */
const STOP_WORDS = new Set(
  "and the for with into from that this what more less better become grow growing get our their about skills skill career role move".split(
    " ",
  ),
);

/** Meaningful words of a focus (4 letters or more, no stop words), lower case. */
export function focusWords(focus: string): Set<string> {
  return new Set(
    focus
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !STOP_WORDS.has(w)),
  );
}
