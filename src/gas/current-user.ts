/** The coordinator running the add-on (empty when Apps Script withholds it, e.g. consumer accounts). */
export function currentUserEmail(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}
