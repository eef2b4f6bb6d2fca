/**
 * A built-in plan template, as data. The template tests validate every built-in template with
 * this schema (validate-templates.ts), so a typo fails the tests, never a coordinator's insert.
 * Goal and action texts obey the same limits as the new-plan form, so a template's goals always
 * pass the form's schema unchanged.
 */
import { actionDraftSchema, goalDraftObject, TEMPLATE_IDS } from "../sidebar-contract/schemas";
import * as z from "../sidebar-contract/zod";

/** A template action has exactly the form's action shape (due date relative to the start). */
const templateActionSchema = actionDraftSchema;

const templateGoalSchema = z
  .extend(z.omit(goalDraftObject(), { targetDate: true, actions: true }), {
    /** Days after the plan's start date. */
    targetInDays: z.number().check(z.int(), z.minimum(1), z.maximum(730)),
    actions: z
      .array(templateActionSchema)
      .check(
        z.minLength(2, "A template goal needs at least 2 actions."),
        z.maxLength(4, "A template goal has at most 4 actions."),
      ),
  })
  .check(
    z.refine((g) => g.actions.every((a) => a.dueInDays <= g.targetInDays), {
      message: "An action is due after its goal's target.",
      path: ["actions"],
    }),
  );

const templateSkillSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  /** Why the skill matters for this move; goes in the Notes column. */
  note: z._default(z.string().check(z.trim(), z.maxLength(200)), ""),
});

/** "Achieve X by month 3": a checkpoint tied to one of the template's goals (1-based). */
export const templateMilestoneSchema = z.object({
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  goal: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
  month: z.number().check(z.int(), z.minimum(1), z.maximum(24)),
});

export const templateSchema = z
  .object({
    id: z.enum(TEMPLATE_IDS),
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    description: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
    /** Suggested focus area for the form ("" for blank: the coordinator writes one). */
    focusArea: z.string().check(z.trim(), z.maxLength(120)),
    skills: z.array(templateSkillSchema).check(z.maxLength(4)),
    goals: z.array(templateGoalSchema).check(z.maxLength(4)),
    milestones: z._default(z.array(templateMilestoneSchema).check(z.maxLength(3)), []),
  })
  .check(
    z.superRefine((t, ctx) => {
      const blank = t.id === "blank";
      if (blank && t.goals.length > 0) {
        ctx.addIssue({
          code: "custom",
          path: ["goals"],
          message: "The blank template has no goals.",
        });
      }
      if (!blank && (t.goals.length < 2 || t.goals.length > 4)) {
        ctx.addIssue({ code: "custom", path: ["goals"], message: "A template needs 2–4 goals." });
      }
      if (!blank && (t.skills.length < 2 || t.skills.length > 4)) {
        ctx.addIssue({ code: "custom", path: ["skills"], message: "A template needs 2–4 skills." });
      }
      t.milestones.forEach((m, i) => {
        if (m.goal > t.goals.length) {
          ctx.addIssue({
            code: "custom",
            path: ["milestones", i, "goal"],
            message: `Milestone "${m.text}" is tied to goal ${m.goal}, which the template lacks.`,
          });
        }
      });
      if (!blank && t.focusArea === "") {
        ctx.addIssue({ code: "custom", path: ["focusArea"], message: "Suggest a focus area." });
      }
    }),
  );

export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
