/**
 * Whether the running user must authorize the add-on again (a new version asks for more than
 * they granted): https://developers.google.com/apps-script/reference/script/authorization-info.
 * An installable trigger keeps running for them and fails at the first call that needs the new
 * grant, so the trigger asks this first
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers).
 */

/** The authorization URL when re-authorization is required, else null. */
export function reauthorizationUrl(): string | null {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  if (info.getAuthorizationStatus() !== ScriptApp.AuthorizationStatus.REQUIRED) return null;
  return info.getAuthorizationUrl() || null;
}

/** The user the trigger runs as (its creator). */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail();
}

/** User properties: the user's own, across every document where they use the add-on. */
export function readUserProperty(key: string): string | null {
  return PropertiesService.getUserProperties().getProperty(key);
}

export function writeUserProperty(key: string, value: string): void {
  PropertiesService.getUserProperties().setProperty(key, value);
}
