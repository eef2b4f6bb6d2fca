/**
 * The menu bar, built from the menus the add-on registered with the emulated Ui when onOpen ran:
 * add-on menus under Extensions (Extensions → <add-on name> → items), other menus on the bar.
 */
import type { MenuItemView, MenuView } from "../view-types";
import { h } from "./dom";

export type RunMenuItem = (functionName: string, caption: string) => void;

function closeAll(bar: HTMLElement): void {
  for (const open of Array.from(bar.querySelectorAll(".menu-open")))
    open.classList.remove("menu-open");
  for (const b of Array.from(bar.querySelectorAll("[aria-expanded=true]")))
    b.setAttribute("aria-expanded", "false");
}

function itemList(items: MenuItemView[], bar: HTMLElement, run: RunMenuItem): HTMLUListElement {
  const list = h("ul", { class: "menu", role: "menu" });
  for (const item of items) {
    if (item.separator) {
      list.append(h("li", { class: "separator", role: "separator" }));
    } else if (item.submenu) {
      list.append(submenu(item.caption, item.submenu, bar, run));
    } else {
      const button = h("button", { type: "button", role: "menuitem" }, item.caption);
      const name = item.functionName ?? "";
      button.addEventListener("click", () => {
        closeAll(bar);
        run(name, item.caption);
      });
      list.append(h("li", { role: "none" }, button));
    }
  }
  return list;
}

/** An entry that opens its own list to the side (on click or hover). */
function submenu(caption: string, items: MenuItemView[], bar: HTMLElement, run: RunMenuItem) {
  const li = h("li", { role: "none", class: "has-submenu" });
  const button = h(
    "button",
    { type: "button", role: "menuitem", "aria-haspopup": "menu", "aria-expanded": "false" },
    caption,
  );
  const open = () => {
    for (const sibling of Array.from(
      li.parentElement?.querySelectorAll(":scope > .menu-open") ?? [],
    )) {
      if (sibling !== li) sibling.classList.remove("menu-open");
    }
    li.classList.add("menu-open");
    button.setAttribute("aria-expanded", "true");
  };
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    open();
  });
  li.addEventListener("mouseenter", open);
  li.append(button, itemList(items, bar, run));
  return li;
}

function topMenu(caption: string, items: MenuItemView[], bar: HTMLElement, run: RunMenuItem) {
  const wrapper = h("div", { class: "top-menu" });
  const button = h(
    "button",
    { type: "button", class: "menubar-item", "aria-haspopup": "menu", "aria-expanded": "false" },
    caption,
  );
  button.addEventListener("click", (event) => {
    event.stopPropagation();
    const wasOpen = wrapper.classList.contains("menu-open");
    closeAll(bar);
    if (!wasOpen) {
      wrapper.classList.add("menu-open");
      button.setAttribute("aria-expanded", "true");
    }
  });
  wrapper.append(button, itemList(items, bar, run));
  return wrapper;
}

export function drawMenus(bar: HTMLElement, menus: MenuView[], run: RunMenuItem): void {
  // Rebuilt only when the add-on's menus changed: a redraw must not close a menu under the pointer.
  const signature = JSON.stringify(menus);
  if (bar.dataset.menus === signature) return;
  bar.dataset.menus = signature;
  const addons = menus.filter((m) => m.addon);
  const extensions: MenuItemView[] =
    addons.length > 0
      ? addons.map((m) => ({ caption: m.title, submenu: m.items }))
      : [{ caption: "(no add-on menu: onOpen registered none)", submenu: [] }];
  bar.replaceChildren(
    topMenu("Extensions", extensions, bar, run),
    ...menus.filter((m) => !m.addon).map((m) => topMenu(m.title, m.items, bar, run)),
  );
  if (!bar.dataset.closer) {
    bar.dataset.closer = "1";
    document.addEventListener("click", () => closeAll(bar));
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape") closeAll(bar);
    });
  }
}
