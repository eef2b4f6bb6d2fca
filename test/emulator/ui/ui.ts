import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { Button, ButtonSet } from "../spreadsheet/enums";
import { HtmlOutput } from "./html-output";

export type MenuEntry =
  | { caption: string; functionName: string }
  | { separator: true }
  | { caption: string; submenu: MenuEntry[] };

export interface MenuRecord {
  title: string;
  addon: boolean;
  items: MenuEntry[];
}

export interface SidebarRecord {
  title: string;
  html: string;
  /** Sidebars are always 300 px wide in Sheets; what the script asked for is kept too. */
  width: number;
  requestedWidth: number | null;
}

export interface DialogRecord {
  title: string;
  html: string;
  width: number | null;
  height: number | null;
  modal: boolean;
}

export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
}

/** What the UI showed, for tests and the playground to read. */
export class UiRecord {
  menus: MenuRecord[] = [];
  sidebars: SidebarRecord[] = [];
  dialogs: DialogRecord[] = [];
  alerts: AlertRecord[] = [];
  toasts: Array<{ message: string; title: string; timeoutSeconds: number }> = [];
  /** Answers for the next alerts (a user clicking YES, NO…); OK when empty. */
  readonly alertAnswers: string[] = [];

  get lastSidebar(): SidebarRecord | undefined {
    return this.sidebars[this.sidebars.length - 1];
  }
}

/** https://developers.google.com/apps-script/reference/base/menu */
export class Menu
  implements
    Emulates<GoogleAppsScript.Base.Menu, "addItem" | "addSeparator" | "addSubMenu" | "addToUi">
{
  readonly items: MenuEntry[] = [];

  constructor(
    private readonly rt: Runtime,
    private readonly record: UiRecord,
    readonly title: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.rt.track("Menu", "addItem");
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): this {
    this.rt.track("Menu", "addSeparator");
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: unknown): this {
    this.rt.track("Menu", "addSubMenu");
    if (!(menu instanceof Menu)) throw this.rt.error("addSubMenu needs a Menu.");
    this.items.push({ caption: menu.title, submenu: [...menu.items] });
    return this;
  }

  /** Adding the same menu again replaces it (onOpen runs on every open). */
  addToUi(): void {
    this.rt.track("Menu", "addToUi");
    placeMenu(this.record, { title: this.title, addon: this.addon, items: [...this.items] });
  }
}

/** Shows a menu; one with the same title (and kind) is replaced, as onOpen runs on every open. */
export function placeMenu(record: UiRecord, entry: MenuRecord): void {
  const i = record.menus.findIndex((m) => m.title === entry.title && m.addon === entry.addon);
  if (i >= 0) record.menus[i] = entry;
  else record.menus.push(entry);
}

/** https://developers.google.com/apps-script/reference/base/ui */
export class Ui
  implements
    Emulates<
      GoogleAppsScript.Base.Ui,
      "createAddonMenu" | "createMenu" | "showSidebar" | "showModalDialog" | "alert"
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly rt: Runtime,
    readonly record: UiRecord,
  ) {}

  /** The add-on's menu under Extensions, titled with the add-on's name. */
  createAddonMenu(): Menu {
    this.rt.track("Ui", "createAddonMenu");
    return new Menu(this.rt, this.record, this.rt.settings.addonName, true);
  }

  createMenu(caption: string): Menu {
    this.rt.track("Ui", "createMenu");
    return new Menu(this.rt, this.record, String(caption), false);
  }

  showSidebar(userInterface: unknown): void {
    this.rt.track("Ui", "showSidebar");
    const output = this.htmlOutput(userInterface, "showSidebar");
    this.record.sidebars.push({
      title: output.titleText,
      html: output.contentText,
      width: 300,
      requestedWidth: output.widthValue,
    });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.rt.track("Ui", "showModalDialog");
    const output = this.htmlOutput(userInterface, "showModalDialog");
    this.record.dialogs.push({
      title: String(title),
      html: output.contentText,
      width: output.widthValue,
      height: output.heightValue,
      modal: true,
    });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons): the user's answer. */
  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.rt.track("Ui", "alert");
    const [title, prompt, buttons] =
      c !== undefined
        ? [String(a), String(b), String(c)]
        : b !== undefined
          ? ["", String(a), String(b)]
          : ["", String(a), "OK"];
    this.record.alerts.push({ title, prompt, buttons });
    return (this.record.alertAnswers.shift() ?? "OK") as unknown as GoogleAppsScript.Base.Button;
  }

  private htmlOutput(x: unknown, method: string): HtmlOutput {
    if (!(x instanceof HtmlOutput)) {
      throw this.rt.error(
        `The parameters (Object) don't match the method signature for Ui.${method}.`,
      );
    }
    return x;
  }
}
