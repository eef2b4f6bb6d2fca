/**
 * The sidebar as the page's iframe loads it: the HTML the add-on itself produced (the last
 * Ui.showSidebar record, so its one template scriptlet was evaluated by the emulator's
 * HtmlService exactly as Apps Script does), with the google.script.run bridge put in front of
 * the add-on's own script.
 */
import { inlineSafe } from "./page-bundle";

export function sidebarDocument(html: string, bridgeScript: string, entryPoints: string[]): string {
  const names = inlineSafe(JSON.stringify(entryPoints));
  const bridge =
    `<script>window.__playgroundEntryPoints = ${names};</script>\n` +
    `<script>${bridgeScript}</script>\n`;
  const head = /<head[^>]*>/i.exec(html);
  if (!head) return bridge + html;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n${bridge}${html.slice(at)}`;
}
