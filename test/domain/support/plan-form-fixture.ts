/** A valid new-plan form for tests, parsed by the real schema (so defaults apply as on the server). */
import {
  type PlanForm,
  type PlanFormInput,
  planFormSchema,
  type TemplateId,
} from "../../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../../src/domain/templates";
import { goalsFromTemplate } from "../../../src/domain/templates/goals-from-template";

export const START: string = "2026-03-02";

export function planForm(templateId: TemplateId, overrides: Partial<PlanFormInput> = {}): PlanForm {
  return planFormSchema.parse({
    menteeName: "Ana López",
    menteeEmail: "ana.lopez@example.org",
    mentorName: "Bea Okafor",
    mentorEmail: "bea.okafor@example.org",
    reviewerEmail: "hr.partner@example.org",
    templateId,
    focusArea: "Moving into a first people-management role",
    startDate: START,
    targetEndDate: "2026-05-31",
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "Learning by doing",
    goals: goalsFromTemplate(templateById(templateId), overrides.startDate ?? START),
    ...overrides,
  });
}
