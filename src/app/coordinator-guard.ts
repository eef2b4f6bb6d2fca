/**
 * The one guard every coordinator action goes through (docs/design.md, "Roles"): the action runs
 * only for the spreadsheet's owner and the coordinators listed in settings; anyone else gets
 * one clear sentence, in the action's own reply shape, and nothing changes.
 */
import {
  isCoordinator,
  isOwner,
  notCoordinatorMessage,
  type RoleFacts,
} from "../domain/roles/coordinator-role";
import type { Settings } from "../domain/sidebar-contract/schemas";
import { currentUserEmail } from "../gas/current-user";
import { loadSettings } from "../gas/settings-store";
import { spreadsheetOwnerEmail } from "../gas/spreadsheet-owner";
import { openWorkbook } from "../gas/workbook";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Whether the current user is a coordinator of this program. */
export function currentUserIsCoordinator(
  spreadsheet: Spreadsheet,
  settings: Settings = loadSettings(),
): boolean {
  return isCoordinator(roleFacts(spreadsheet, settings));
}

function roleFacts(spreadsheet: Spreadsheet, settings: Settings = loadSettings()): RoleFacts {
  return {
    user: currentUserEmail(),
    owner: spreadsheetOwnerEmail(spreadsheet),
    coordinators: settings.coordinators,
  };
}

/** What the guard learnt about the coordinator, for the work it lets through. */
export interface CoordinatorRole {
  /** The coordinator owns the spreadsheet: no protection can take their access away. */
  isOwner: boolean;
}

/**
 * Runs `work` when the current user is a coordinator; otherwise returns `refuse(sentence)`.
 * @param action what the user tried, as the sentence continues "Only the program's coordinators can …"
 */
export function asCoordinator<T>(
  action: string,
  refuse: (message: string) => T,
  work: (role: CoordinatorRole) => T,
): T {
  const facts = roleFacts(openWorkbook().spreadsheet);
  if (!isCoordinator(facts)) return refuse(notCoordinatorMessage(action));
  return work({ isOwner: isOwner(facts) });
}
