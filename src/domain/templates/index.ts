/**
 * The built-in templates: typed constants, already in their parsed shape. The template tests
 * check them against the schema (validate-templates.ts), so nothing validates them at load.
 */
import type { TemplateChoice } from "../sidebar-contract/replies";
import type { TemplateId } from "../sidebar-contract/schemas";
import { blank } from "./blank";
import { careerTransition } from "./career-transition";
import { moveIntoManagement } from "./move-into-management";
import { succession } from "./succession";
import { technicalSkill } from "./technical-skill";
import type { Template } from "./template-schema";

export type { Template } from "./template-schema";

/** In the order the sidebar lists them; blank last. */
export const TEMPLATES: readonly Template[] = [
  moveIntoManagement,
  careerTransition,
  succession,
  technicalSkill,
  blank,
];

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
