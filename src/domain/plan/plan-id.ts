/**
 * Plan ids: short, stable, stored as the tab's developer metadata (so a renamed tab keeps its
 * plan) and on the Dashboard row. Made from a UUID (Utilities.getUuid() in Apps Script).
 */

export const PLAN_ID_PATTERN = /^plan-[0-9a-f]{12}$/;

/**
 * "plan-" + the last 12 hex digits of the UUID, lower-case: "plan-5d3f2a9c1e07". 48 random bits
 * keep collisions out of reach for any program (about 1 in 10^8 at 10,000 plans).
 */
export function newPlanId(uuid: string): string {
  const hex = uuid.trim().toLowerCase().replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/.test(hex)) {
    throw new Error(`Cannot make a plan id from "${uuid}": expected a UUID.`);
  }
  return `plan-${hex.slice(-12)}`;
}

export function isPlanId(value: unknown): value is string {
  return typeof value === "string" && PLAN_ID_PATTERN.test(value);
}
