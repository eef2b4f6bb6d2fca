/**
 * The built-in templates, validated once when this module loads: a malformed template is a
 * programming error and must fail loudly (in every test), never during a coordinator's insert.
 */
import * as z from "zod";
import type { TemplateChoice } from "../sidebar-contract/replies";
import type { TemplateId } from "../sidebar-contract/schemas";
import { blank } from "./blank";
import { careerTransition } from "./career-transition";
import { moveIntoManagement } from "./move-into-management";
import { succession } from "./succession";
import { technicalSkill } from "./technical-skill";
import { type Template, type TemplateInput, templateSchema } from "./template-schema";

export type { Template, TemplateGoal, TemplateSkill } from "./template-schema";
export { templateSchema } from "./template-schema";

/** Validates template data; throws an error naming the template and the field at fault. */
export function loadTemplates(inputs: readonly TemplateInput[]): readonly Template[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const parsed = templateSchema.safeParse(input);
    if (!parsed.success) {
      throw new Error(
        `Template "${String(input.id)}" is invalid: ${z.prettifyError(parsed.error)}`,
      );
    }
    if (seen.has(parsed.data.id)) throw new Error(`Template "${parsed.data.id}" is defined twice.`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}

/** In the order the sidebar lists them; blank last. */
export const TEMPLATES: readonly Template[] = loadTemplates([
  moveIntoManagement,
  careerTransition,
  succession,
  technicalSkill,
  blank,
]);

export function templateById(id: TemplateId): Template {
  const template = TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`Unknown template "${id}".`);
  return template;
}

/** What the sidebar shows for each template (plain JSON-like data). */
export function templateChoices(): TemplateChoice[] {
  return TEMPLATES.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    focusArea: t.focusArea,
    goals: t.goals.map((g) => ({
      text: g.text,
      successCriteria: g.successCriteria,
      targetInDays: g.targetInDays,
      actions: g.actions.map((a) => ({ ...a })),
    })),
  }));
}
