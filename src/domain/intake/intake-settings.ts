/**
 * The coordinator's intake choices, kept in the document's properties (parsed with zod, so a
 * damaged value falls back to the defaults instead of breaking matching).
 */

import { TEMPLATE_IDS } from "../sidebar-contract/schemas";
import * as z from "../sidebar-contract/zod";

/** Whether a mentor from another department (cross-functional) or the same one scores. */
export const DEPARTMENT_PREFERENCES = ["different", "same", "any"] as const;
export type DepartmentPreference = (typeof DEPARTMENT_PREFERENCES)[number];

export const intakeSettingsSchema = z.lazy(() =>
  z.object({
    department: z._default(z.enum(DEPARTMENT_PREFERENCES), "different"),
    /** "focus": each plan's template from its mentee's focus; otherwise one template for all. */
    template: z._default(z.union([z.literal("focus"), z.enum(TEMPLATE_IDS)]), "focus"),
    /** Who reviews a bulk-created plan: the mentee's manager first, or the program's reviewer. */
    reviewer: z._default(z.enum(["manager", "program"]), "manager"),
    /** How long a bulk-created plan runs, in days from its start. */
    planLengthDays: z._default(z.number().check(z.int(), z.minimum(28), z.maximum(730)), 182),
  }),
);
export type IntakeSettings = z.infer<typeof intakeSettingsSchema>;

/** Every field at its default (what a program that never saved intake settings uses). */
export const defaultIntakeSettings = (): IntakeSettings => intakeSettingsSchema.parse({});
