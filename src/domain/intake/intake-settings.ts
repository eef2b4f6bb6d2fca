/**
 * The coordinator's intake choices, kept in the document's properties (parsed with zod, so a
 * damaged value falls back to the defaults instead of breaking matching).
 */
import * as z from "zod";
import { TEMPLATE_IDS } from "../sidebar-contract/schemas";

/** Whether a mentor from another department (cross-functional) or the same one scores. */
export const DEPARTMENT_PREFERENCES = ["different", "same", "any"] as const;
export type DepartmentPreference = (typeof DEPARTMENT_PREFERENCES)[number];

export const intakeSettingsSchema = z.object({
  department: z.enum(DEPARTMENT_PREFERENCES).default("different"),
  /** "focus": each plan's template from its mentee's focus; otherwise one template for all. */
  template: z.union([z.literal("focus"), z.enum(TEMPLATE_IDS)]).default("focus"),
  /** Who reviews a bulk-created plan: the mentee's manager first, or the program's reviewer. */
  reviewer: z.enum(["manager", "program"]).default("manager"),
  /** How long a bulk-created plan runs, in days from its start. */
  planLengthDays: z.number().int().min(28).max(730).default(182),
});
export type IntakeSettings = z.infer<typeof intakeSettingsSchema>;

export const DEFAULT_INTAKE_SETTINGS: IntakeSettings = intakeSettingsSchema.parse({});
