/** Building one technical skill: learn it, use it on real work, teach it back. */
import type { Template } from "./template-schema";

export const technicalSkill: Template = {
  id: "technical-skill",
  name: "Technical skill",
  description:
    "For learning one technical skill (e.g. SQL for analysis, a programming language, a design tool): a structured course, one real piece of work using it, and teaching it back to the team.",
  focusArea: "Building a technical skill",
  skills: [
    { name: "Fundamentals of the skill", note: "Name the skill and the level to reach." },
    { name: "Applying it to real work", note: "Beyond exercises." },
    { name: "Explaining it to others", note: "Proof of understanding." },
  ],
  goals: [
    {
      text: "Learn the fundamentals through a structured course",
      successCriteria:
        "Finished a course or book with exercises, solved the final exercises without help, and my mentor confirmed the basics in a short review.",
      targetInDays: 45,
      actions: [
        {
          text: "Agree the skill, the level to reach, and a course or book with exercises",
          owner: "Both",
          dueInDays: 7,
          resources:
            "Course: a hands-on online course with exercises; Tool: a practice environment",
        },
        {
          text: "Study three hours a week and keep a short log of what I practised",
          owner: "Mentee",
          dueInDays: 40,
          resources: "Tool: learning log (the Progress section of this plan works)",
        },
        {
          text: "Review my exercises and point out the gaps",
          owner: "Mentor",
          dueInDays: 45,
          resources: "",
        },
      ],
    },
    {
      text: "Apply the skill on a real work task",
      successCriteria:
        "Delivered one real piece of work using the skill (an analysis, a script, a feature), reviewed by someone experienced, with the review comments addressed.",
      targetInDays: 75,
      actions: [
        {
          text: "Find a suitable real task with my manager",
          owner: "Mentee",
          dueInDays: 30,
          resources: "Introduction: a colleague who uses the skill every day",
        },
        {
          text: "Pair with me for one working session on the task",
          owner: "Mentor",
          dueInDays: 50,
          resources: "Tool: screen sharing for pairing",
        },
        {
          text: "Deliver the task and address the review comments",
          owner: "Mentee",
          dueInDays: 75,
          resources: "",
        },
      ],
    },
    {
      text: "Share what I learned with my team",
      successCriteria:
        "Gave a 20-minute walkthrough or wrote a short guide for the team, and at least one colleague has used it.",
      targetInDays: 90,
      actions: [
        {
          text: "Prepare a short walkthrough or guide from my learning log",
          owner: "Mentee",
          dueInDays: 84,
          resources: "",
        },
        {
          text: "Give feedback on the walkthrough before I present it",
          owner: "Mentor",
          dueInDays: 87,
          resources: "",
        },
        {
          text: "Present to the team and collect their questions",
          owner: "Mentee",
          dueInDays: 90,
          resources: "",
        },
      ],
    },
  ],
  milestones: [],
};
