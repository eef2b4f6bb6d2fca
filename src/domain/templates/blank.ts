/** An empty plan: the pair writes their own goals (the tab still has rows to work in). */
import type { Template } from "./template-schema";

export const blank: Template = {
  id: "blank",
  name: "Blank plan",
  description: "Start from an empty plan and write your own goals and actions with your mentor.",
  focusArea: "",
  skills: [],
  goals: [],
  milestones: [],
};
