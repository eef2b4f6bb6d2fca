/** Element builders for the page: text always goes in as text, never as markup. */

// The sidebar's builders serve the page too: one place where text goes in as text.
export { type Child, h } from "../../../sidebar/dom";

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}.`);
  return element as T;
}
