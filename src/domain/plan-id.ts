/**
 * Plan ids: short, stable, stored as the tab's developer metadata (so a renamed tab keeps its
 * plan) and on the Dashboard row. Made from a UUID (Utilities.getUuid() in Apps Script).
 */

export const PLAN_ID_PATTERN = /^plan-[0-9a-f]{8}$/;

/** "plan-" + the first 8 hex digits of the UUID, lower-case: "plan-3f2a9c1e". */
export function newPlanId(uuid: string): string {
  const head = uuid.trim().toLowerCase().replace(/-/g, "").slice(0, 8);
  if (!/^[0-9a-f]{8}$/.test(head)) {
    throw new Error(`Cannot make a plan id from "${uuid}": expected a UUID.`);
  }
  return `plan-${head}`;
}

export function isPlanId(value: unknown): value is string {
  return typeof value === "string" && PLAN_ID_PATTERN.test(value);
}
