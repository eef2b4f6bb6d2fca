/**
 * The one guard every coordinator action goes through (docs/design.md, "Roles"): the action runs
 * only for the spreadsheet's owner and the coordinators listed in settings; anyone else gets
 * one clear sentence, in the action's own reply shape, and nothing changes.
 */
import {
  isCoordinator,
  isListedCoordinator,
  isOwner,
  notCoordinatorMessage,
  type RoleFacts,
} from "../domain/roles/coordinator-role";
import type { Settings } from "../domain/sidebar-contract/schemas";
import { currentUserEmail } from "../gas/current-user";
import { loadSettings } from "../gas/settings-store";
import { openWorkbook, type Workbook } from "../gas/workbook";

/**
 * Whether the current user is a coordinator of this program.
 * @param user the current user's address, when the caller already read it
 */
export function currentUserIsCoordinator(
  workbook: Workbook,
  settings: Settings = loadSettings(workbook.properties()),
  user: string = currentUserEmail(),
): boolean {
  return roleCheck(workbook, settings, user).allowed;
}

/**
 * The check, reading the spreadsheet's owner (two calls) only when it matters: a coordinator the
 * settings list is one whoever owns the file; whether they own it is read only if asked.
 */
function roleCheck(workbook: Workbook, settings: Settings, user: string) {
  const facts = (): RoleFacts => ({
    user,
    owner: workbook.owner(),
    coordinators: settings.coordinators,
  });
  const listed = isListedCoordinator({ user, coordinators: settings.coordinators });
  return { allowed: listed || isCoordinator(facts()), isOwner: () => isOwner(facts()) };
}

/** What the guard learnt about the coordinator, for the work it lets through. */
export interface CoordinatorRole {
  /**
   * The coordinator owns the spreadsheet: no protection can take their access away. Read on
   * first use (the owner is not looked up for a listed coordinator until then).
   */
  readonly isOwner: boolean;
  /** The workbook the check read (its properties snapshot included), for the work to go on with. */
  workbook: Workbook;
}

/**
 * Runs `work` when the current user is a coordinator; otherwise returns `refuse(sentence)`.
 * @param action what the user tried, as the sentence continues "Only the program's coordinators can …"
 * @param workbook the execution's workbook, when the caller already opened it: the settings come
 *   from its properties snapshot (so a caller holding the document lock rereads them first)
 */
export function asCoordinator<T>(
  action: string,
  refuse: (message: string) => T,
  work: (role: CoordinatorRole) => T,
  workbook: Workbook = openWorkbook(),
): T {
  const check = roleCheck(workbook, loadSettings(workbook.properties()), currentUserEmail());
  if (!check.allowed) return refuse(notCoordinatorMessage(action));
  return work({
    get isOwner() {
      return check.isOwner();
    },
    workbook,
  });
}
