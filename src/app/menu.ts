/** The add-on menu (docs/design.md "Entry points") and opening the sidebar. */
import type { SidebarState } from "../domain/sidebar-contract/replies";
import { installAddonMenu, type MenuItem, showSidebarView } from "../gas/sidebar-ui";
import { readSidebarState } from "./read-sidebar-state";

export const ADDON_MENU: readonly (MenuItem | "separator")[] = [
  { caption: "Open sidebar", functionName: "showSidebar" },
  { caption: "Insert new plan…", functionName: "insertPlanFromMenu" },
  "separator",
  { caption: "Refresh dashboard", functionName: "refreshDashboard" },
  { caption: "Send reviews now", functionName: "sendReviewsNow" },
];

/**
 * onOpen/onInstall: the menu only. In AuthMode.NONE nothing else is allowed, and building the
 * menu is all a simple trigger should do (it must stay fast).
 */
export function buildAddonMenu(_e?: unknown): void {
  installAddonMenu(ADDON_MENU);
}

/** Opens the sidebar on a view, served with its state (no second execution to paint). */
export function openSidebar(view: SidebarState["initialView"]): void {
  showSidebarView(view, readSidebarState(view, { firstPaint: true }));
}
