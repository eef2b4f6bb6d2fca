/**
 * Who is a coordinator (docs/design.md, "Roles"): the spreadsheet's owner and the addresses
 * listed as coordinators in settings. Every editor of the spreadsheet sees the add-on's menu
 * once it is used there, so the add-on itself decides who may run a coordinator's action.
 */

const normalize = (email: string) => email.trim().toLowerCase();

export interface RoleFacts {
  /** The user running the add-on ("" when Apps Script withholds it). */
  user: string;
  /** The spreadsheet's owner ("" for a file in a shared drive, which has none). */
  owner: string;
  coordinators: readonly string[];
}

export function isCoordinator(facts: RoleFacts): boolean {
  const user = normalize(facts.user);
  if (user === "") return false;
  const listed = facts.coordinators.map(normalize);
  // A shared-drive file has no owner: until a list is saved, its editors set the program up.
  if (facts.owner === "" && listed.length === 0) return true;
  return user === normalize(facts.owner) || listed.includes(user);
}

/**
 * Whether the settings list the user as a coordinator: then they are one whoever owns the
 * spreadsheet (isCoordinator says true for any owner), so the owner need not be looked up.
 */
export function isListedCoordinator(facts: Pick<RoleFacts, "user" | "coordinators">): boolean {
  const user = normalize(facts.user);
  return user !== "" && facts.coordinators.map(normalize).includes(user);
}

/** Whether the user running the add-on owns the spreadsheet (never true for a shared-drive file). */
export function isOwner(facts: Pick<RoleFacts, "user" | "owner">): boolean {
  const user = normalize(facts.user);
  return user !== "" && user === normalize(facts.owner);
}

/** The one sentence a non-coordinator gets; nothing else happens. */
export function notCoordinatorMessage(action: string): string {
  return `Only the program's coordinators can ${action}: nothing was changed. Ask the spreadsheet's owner to add you as a coordinator in Settings.`;
}
