/** Succession: a manager preparing to step up to director. */
import type { Template } from "./template-schema";

export const succession: Template = {
  id: "succession",
  name: "Succession",
  description:
    "For a manager being prepared for a director role: take part in organisation-wide decisions, plan the workforce of a whole area, and lead through other managers.",
  focusArea: "Stepping up from manager to director",
  skills: [
    { name: "Organisation-wide decision making", note: "Trade-offs across teams, not within one." },
    { name: "Workforce planning", note: "Capability, headcount and succession a year ahead." },
    { name: "Influencing senior stakeholders", note: "Getting decisions made without authority." },
    { name: "Budget and headcount management", note: "Owning the numbers of an area." },
  ],
  goals: [
    {
      text: "Take part in organisation-wide decisions alongside my mentor",
      successCriteria:
        "Joined three director-level forums (planning, prioritisation or operating reviews), wrote a decision memo for one open question, and can explain how the cross-team trade-offs were made.",
      targetInDays: 60,
      actions: [
        {
          text: "Invite me to three director-level forums and brief me before each one",
          owner: "Mentor",
          dueInDays: 30,
          resources: "Introductions: the forums' chairs",
        },
        {
          text: "Write a decision memo on one open organisation-wide question and get it reviewed",
          owner: "Mentee",
          dueInDays: 50,
          resources: "Tool: decision memo template (context, options, recommendation, risks)",
        },
        {
          text: "Debrief each forum: what was decided, what was traded off, who shaped it",
          owner: "Both",
          dueInDays: 60,
          resources: "",
        },
      ],
    },
    {
      text: "Build a 12-month workforce plan for my area",
      successCriteria:
        "A plan covering current capability, gaps, hiring, development moves and successors for key roles over 12 months, reviewed with HR and my mentor and accepted by my manager.",
      targetInDays: 90,
      actions: [
        {
          text: "Map current roles, skills and flight risks in my area",
          owner: "Mentee",
          dueInDays: 21,
          resources: "Tool: skills matrix spreadsheet",
        },
        {
          text: "Introduce me to an HR business partner to check headcount and budget assumptions",
          owner: "Mentor",
          dueInDays: 21,
          resources: "Introduction: HR business partner",
        },
        {
          text: "Draft the 12-month plan: gaps, hires, development moves, successors",
          owner: "Mentee",
          dueInDays: 70,
          resources: "Course: a strategic workforce planning course (internal or online)",
        },
        {
          text: "Review the plan against the wider organisation's priorities",
          owner: "Mentor",
          dueInDays: 80,
          resources: "",
        },
      ],
    },
    {
      text: "Lead through other managers",
      successCriteria:
        "Coached two managers or senior leads through a real challenge each, with sessions every two weeks, and both say in a short feedback form that it helped.",
      targetInDays: 90,
      actions: [
        {
          text: "Choose two managers or leads to coach and agree a goal with each",
          owner: "Mentee",
          dueInDays: 14,
          resources: "",
        },
        {
          text: "Share how I coach managers and what I would do differently now",
          owner: "Mentor",
          dueInDays: 30,
          resources: "Course: GROW coaching model (any short introduction)",
        },
        {
          text: "Ask both for feedback after six weeks and adjust my approach",
          owner: "Mentee",
          dueInDays: 60,
          resources: "Tool: three-question feedback form",
        },
      ],
    },
  ],
  milestones: [],
};
