/**
 * The name of the hidden template tab new plan tabs are copied from (src/gas/plan-tab-writer.ts).
 * It carries a fingerprint of everything the template holds (shape and formatting, never a
 * plan's values), so any change to the layout (a column, a format, a capacity) names a new
 * template tab and the next insert builds it: nobody has to remember to bump a version.
 */
import type { PlanTabModel } from "./tab-model";

export function templateTabName(model: PlanTabModel): string {
  return `Plan template · layout ${layoutFingerprint(model)} (used by the add-on)`;
}

/** FNV-1a (32 bits) of the model's formatting layers, in base 36: short, stable, cheap. */
export function layoutFingerprint(model: PlanTabModel): string {
  const layers = JSON.stringify([
    model.rows,
    model.columns,
    model.numberFormats,
    model.fontWeights,
    model.backgrounds,
    model.validations,
    model.conditionalFormats,
    model.frozenRows,
    model.columnWidths,
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < layers.length; i++) {
    hash ^= layers.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
