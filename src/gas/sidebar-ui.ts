/** The add-on menu and the sidebar: the only code that touches SpreadsheetApp.getUi/HtmlService. */
import type { SidebarState } from "../domain/sidebar-contract/replies";

export interface MenuItem {
  caption: string;
  functionName: string;
}

/** Builds the add-on menu (createAddonMenu works in AuthMode.NONE, before authorization). */
export function installAddonMenu(items: readonly (MenuItem | "separator")[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item === "separator") menu.addSeparator();
    else menu.addItem(item.caption, item.functionName);
  }
  menu.addToUi();
}

export const SIDEBAR_TITLE = "Mentoring Action Plan";

/**
 * Opens dist/Sidebar.html with the view to open on and its state, so the sidebar paints without
 * calling back (one execution: docs/performance.md "Opening the sidebar"). The state goes in as
 * JSON in an attribute of <body>, printed with <?= ?>, which escapes it for HTML
 * (https://developers.google.com/apps-script/guides/html/templates#printing_scriptlets).
 */
export function showSidebarView(
  initialView: SidebarState["initialView"],
  initialState: SidebarState,
): void {
  const template = HtmlService.createTemplateFromFile("Sidebar");
  template.initialView = initialView;
  template.initialState = JSON.stringify(initialState);
  const html = template.evaluate().setTitle(SIDEBAR_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}
