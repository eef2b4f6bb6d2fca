/**
 * A built-in plan template, as data. Validated with zod when the template list loads, so a
 * typo in a template fails every test (and the add-on's first use), never a coordinator's insert.
 * Goal and action texts obey the same limits as the new-plan form, so a template's goals always
 * pass the form's schema unchanged.
 */
import * as z from "zod";
import { actionDraftSchema, goalDraftSchema, TEMPLATE_IDS } from "../sidebar-contract/schemas";

/** A template action has exactly the form's action shape (due date relative to the start). */
export const templateActionSchema = actionDraftSchema;

export const templateGoalSchema = goalDraftSchema
  .omit({ targetDate: true, actions: true })
  .extend({
    /** Days after the plan's start date. */
    targetInDays: z.number().int().min(1).max(730),
    actions: z
      .array(templateActionSchema)
      .min(2, "A template goal needs at least 2 actions.")
      .max(4, "A template goal has at most 4 actions."),
  })
  .refine((g) => g.actions.every((a) => a.dueInDays <= g.targetInDays), {
    message: "An action is due after its goal's target.",
    path: ["actions"],
  });

export const templateSkillSchema = z.object({
  name: z.string().trim().min(1).max(80),
  /** Why the skill matters for this move; goes in the Notes column. */
  note: z.string().trim().max(200).default(""),
});

/** "Achieve X by month 3": a checkpoint tied to one of the template's goals (1-based). */
export const templateMilestoneSchema = z.object({
  text: z.string().trim().min(1).max(80),
  goal: z.number().int().min(1).max(4),
  month: z.number().int().min(1).max(24),
});

export const templateSchema = z
  .object({
    id: z.enum(TEMPLATE_IDS),
    name: z.string().trim().min(1).max(60),
    description: z.string().trim().min(1).max(300),
    /** Suggested focus area for the form ("" for blank: the coordinator writes one). */
    focusArea: z.string().trim().max(120),
    skills: z.array(templateSkillSchema).max(4),
    goals: z.array(templateGoalSchema).max(4),
    milestones: z.array(templateMilestoneSchema).max(3).default([]),
  })
  .superRefine((t, ctx) => {
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
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateGoal = Template["goals"][number];
export type TemplateSkill = Template["skills"][number];
