/**
 * The one HTML escaper the sidebar and the emails share. Every value that comes from the sheet
 * or from a user goes through it, in text and in attribute values (href="…") alike: escaping
 * both quote characters makes the result safe inside either kind of quoted attribute.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * A URL fit for an href: only http(s) URLs pass (a `javascript:` or `data:` link from a cell
 * must never become clickable), and the result is already escaped for the attribute.
 * Returns null when the URL is not usable.
 */
export function safeHref(url: string): string | null {
  const trimmed = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(trimmed)) return null;
  return escapeHtml(trimmed);
}
