/**
 * The state a served sidebar page carries (src/gas/sidebar-ui.ts): JSON in <body>'s
 * data-initial-state, HTML-escaped by the template's <?= ?>, read back as a browser would.
 */
const ENTITIES: Record<string, string> = {
  "&quot;": '"',
  "&#34;": '"',
  "&#39;": "'",
  "&lt;": "<",
  "&gt;": ">",
  "&amp;": "&",
};

export function servedSidebarState(html: string): Record<string, unknown> | null {
  const attribute = /<body[^>]*\sdata-initial-state="([^"]*)"/.exec(html)?.[1];
  if (attribute === undefined) return null;
  return JSON.parse(attribute.replace(/&(quot|#34|#39|lt|gt|amp);/g, (e) => ENTITIES[e] ?? e));
}
