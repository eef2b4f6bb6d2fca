/** The add-on menu (docs/design.md "Entry points") and opening the sidebar. */
import { installAddonMenu, type MenuItem } from "../gas/sidebar-ui";

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

export { showSidebarView as openSidebar } from "../gas/sidebar-ui";
