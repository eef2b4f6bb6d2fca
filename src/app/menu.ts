/** The add-on menu (docs/design.md "Entry points") and opening the sidebar. */
import type { SidebarState } from "../domain/sidebar-contract/replies";
import { showInstallTip } from "../gas/notice";
import { installAddonMenu, type MenuItem, showSidebarView } from "../gas/sidebar-ui";
import { readSidebarState } from "./read-sidebar-state";

const ADDON_MENU: readonly (MenuItem | "separator")[] = [
  { caption: "Open sidebar", functionName: "showSidebar" },
  { caption: "Insert new plan…", functionName: "insertPlanFromMenu" },
  "separator",
  { caption: "Refresh dashboard", functionName: "refreshDashboard" },
  { caption: "Refresh outcomes and impact report", functionName: "refreshOutcomes" },
  { caption: "Send reviews now", functionName: "sendReviewsNow" },
  "separator",
  // Help as the menu's last item (https://developers.google.com/apps-script/add-ons/guides/editor-style).
  { caption: "Help", functionName: "showHelp" },
];

/**
 * onOpen/onInstall: the menu only. In AuthMode.NONE nothing else is allowed, and building the
 * menu is all a simple trigger should do (it must stay fast).
 */
export function buildAddonMenu(_e?: unknown): void {
  installAddonMenu(ADDON_MENU);
}

/**
 * Where a new user starts, said once after install, as Google's style guide for editor add-ons
 * asks (https://developers.google.com/apps-script/add-ons/guides/editor-style).
 */
export const INSTALL_TIP =
  "Installed. Start from Extensions → Mentoring Action Plan → Open sidebar: insert a plan for a pair, then refresh the Dashboard. Reviews stay off until you save the settings in the sidebar's Reviews tab. Help is the menu's last item.";

/** onInstall: the menu, then the tip (only when the install runs with full authorization). */
export function welcomeAfterInstall(e?: { authMode?: unknown }): void {
  buildAddonMenu(e);
  showInstallTip(e, INSTALL_TIP);
}

/** Opens the sidebar on a view, served with its state (no second execution to paint). */
export function openSidebar(view: SidebarState["initialView"]): void {
  showSidebarView(view, readSidebarState(view, { firstPaint: true }));
}
