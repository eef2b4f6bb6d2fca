/**
 * Skill lists as people type them ("Public speaking, stakeholder management; SQL"), and the form
 * two skills are compared in, so that "Presentations" offered meets "presentation" wanted.
 */

/** What separates skills in a cell: commas, semicolons, new lines, bullets, vertical bars. */
const SEPARATORS = /[,;\n\r|·•]+/;

/** The skills of a cell, trimmed, in order, without repeats (compared by skillKey). */
export function splitSkills(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(SEPARATORS)) {
    const skill = part.replace(/\s+/g, " ").trim();
    const key = skillKey(skill);
    if (key === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(skill);
  }
  return out;
}

/** Lower case, punctuation as spaces, a plural "s" dropped from each longer word. */
export function skillKey(skill: string): string {
  return skill
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]+/gu, " ")
    .trim()
    .split(" ")
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
}

/** The skills of `wanted` that `offered` covers, in `wanted`'s order. */
export function sharedSkills(wanted: readonly string[], offered: readonly string[]): string[] {
  const keys = new Set(offered.map(skillKey));
  return wanted.filter((s) => keys.has(skillKey(s)));
}
