/** A strong individual contributor preparing for a first people-manager role. */
import type { Template } from "./template-schema";

export const moveIntoManagement: Template = {
  id: "move-into-management",
  name: "Move into management",
  description:
    "For a strong individual contributor preparing for a first team-lead or people-manager role: see how leaders decide, learn the basics of managing people, and practise them on real work.",
  focusArea: "Moving into a first people-management role",
  skills: [
    { name: "Giving and receiving feedback", note: "Day-to-day tool of every manager." },
    { name: "Delegating work", note: "Letting go of tasks while keeping the outcome." },
    { name: "Running one-to-ones", note: "Regular, useful conversations with each report." },
    { name: "Prioritising for a team", note: "Deciding what the team does not do." },
  ],
  goals: [
    {
      text: "Shadow my mentor in three leadership meetings",
      successCriteria:
        "Attended three leadership meetings with my mentor; for each, wrote down one decision, how it was reached and what I would have done differently, and discussed the notes at a check-in.",
      targetInDays: 45,
      actions: [
        {
          text: "Agree with my mentor which three leadership meetings I will join and get the organisers' OK",
          owner: "Both",
          dueInDays: 7,
          resources: "Introductions: the meeting organisers, via my mentor",
        },
        {
          text: "Brief me before each meeting on the context and who is who, and debrief within two days",
          owner: "Mentor",
          dueInDays: 40,
          resources: "",
        },
        {
          text: "Write a one-page note per meeting: decisions, trade-offs, what I would have done differently",
          owner: "Mentee",
          dueInDays: 42,
          resources: "Tool: a shared notes document linked from this plan",
        },
      ],
    },
    {
      text: "Complete a course on people management within 60 days",
      successCriteria:
        "Course finished (certificate or completion record) by day 60, and three practices from it chosen and written in this plan to try with the team.",
      targetInDays: 60,
      actions: [
        {
          text: "Choose a people-management course with my mentor and enrol",
          owner: "Mentee",
          dueInDays: 10,
          resources:
            "Courses: the company's new-manager programme, or an online people-management course (e.g. LinkedIn Learning, Coursera)",
        },
        {
          text: "Block two hours a week in my calendar for the course",
          owner: "Mentee",
          dueInDays: 10,
          resources: "Tool: recurring calendar block",
        },
        {
          text: "Finish the course and bring my three takeaways to a check-in",
          owner: "Mentee",
          dueInDays: 55,
          resources: "",
        },
        {
          text: "Review the takeaways and suggest where to try each one first",
          owner: "Mentor",
          dueInDays: 60,
          resources: "",
        },
      ],
    },
    {
      text: "Lead a small project through two or three colleagues",
      successCriteria:
        "Project delivered on its agreed date with at least half of the tasks delegated, and each contributor has given feedback on my leadership.",
      targetInDays: 90,
      actions: [
        {
          text: "Agree with my manager a small project I can lead with two or three colleagues",
          owner: "Mentee",
          dueInDays: 14,
          resources: "Introduction: my manager, to agree scope and authority",
        },
        {
          text: "Write a one-page delegation plan: who owns what, and when we check in",
          owner: "Mentee",
          dueInDays: 21,
          resources: "Tool: RACI chart template",
        },
        {
          text: "Review the delegation plan and point out where I am holding on to work",
          owner: "Mentor",
          dueInDays: 28,
          resources: "",
        },
        {
          text: "Ask each contributor for feedback at the end and summarise it here",
          owner: "Mentee",
          dueInDays: 90,
          resources: "Tool: three-question feedback form",
        },
      ],
    },
    {
      text: "Practise giving feedback that people can act on",
      successCriteria:
        "Gave at least four pieces of structured feedback to peers, asked each how it landed, and role-played one difficult conversation with my mentor.",
      targetInDays: 75,
      actions: [
        {
          text: "Role-play a difficult feedback conversation together",
          owner: "Both",
          dueInDays: 30,
          resources: "Tool: the Situation–Behaviour–Impact (SBI) feedback model",
        },
        {
          text: "Share a feedback conversation I handled badly and what I learned from it",
          owner: "Mentor",
          dueInDays: 30,
          resources: "",
        },
        {
          text: "Give four pieces of SBI feedback to peers and note how each one landed",
          owner: "Mentee",
          dueInDays: 70,
          resources: "",
        },
      ],
    },
  ],
  milestones: [
    { text: "Shadowed three leadership meetings by month 2", goal: 1, month: 2 },
    { text: "People-management course finished by month 3", goal: 2, month: 3 },
  ],
};
