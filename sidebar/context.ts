/** What every view gets from the sidebar's shell: the server, the current state, navigation. */
import type { SidebarState } from "../src/domain/sidebar-contract/replies";
import type { SidebarServer } from "../src/sidebar-calls";

const VIEW_NAMES = ["home", "newPlan", "reviews", "intake", "help"] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

/**
 * The view the page asks for (the template's data-initial-view), or null when it names none:
 * an unevaluated "<?= initialView ?>" (the page opened outside Apps Script) or anything else.
 */
export function viewNameFrom(value: string | null | undefined): ViewName | null {
  return (VIEW_NAMES as readonly string[]).includes(value ?? "") ? (value as ViewName) : null;
}

export interface View {
  element: HTMLElement;
  /** Called with fresh state after any server call that may have changed it. */
  update(state: SidebarState): void;
  /** Called when the view is shown, to put the keyboard focus somewhere useful. */
  focus(): void;
}

export interface SidebarContext {
  server: SidebarServer;
  state(): SidebarState;
  go(view: ViewName): void;
  /** Reads the state again and updates every view (errors are shown by the shell). */
  reload(): Promise<void>;
}

/** The message of whatever a server call rejected with. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
