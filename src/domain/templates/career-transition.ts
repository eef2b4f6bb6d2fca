/** A career move across functions; the example is marketing → product management. */
import type { Template } from "./template-schema";

export const careerTransition: Template = {
  id: "career-transition",
  name: "Career transition",
  description:
    "For a move into a new function, written for marketing → product management: learn to research customers, work inside a cross-functional team, and pitch a feature. Adapt the goals to other moves.",
  focusArea: "Moving from marketing into product management",
  skills: [
    { name: "Customer research and interviewing", note: "Finding problems, not confirming ideas." },
    { name: "Writing user stories and requirements", note: "What engineering needs to build." },
    { name: "Working with engineering and design", note: "Trade-offs, estimates, sprints." },
    { name: "Prioritising with evidence", note: "Saying no with data." },
  ],
  goals: [
    {
      text: "Run customer discovery interviews for a real product question",
      successCriteria:
        "Interviewed at least five customers about a question the product team cares about, wrote a one-page summary of the findings and presented it to the product team.",
      targetInDays: 45,
      actions: [
        {
          text: "Pick a product question with a product manager and write an interview guide",
          owner: "Mentee",
          dueInDays: 10,
          resources:
            "Course: 'The Mom Test' by Rob Fitzpatrick (book); Introduction: a product manager who runs discovery",
        },
        {
          text: "Introduce me to customer success so I can recruit five interviewees",
          owner: "Mentor",
          dueInDays: 14,
          resources: "Introduction: customer success lead",
        },
        {
          text: "Hold five interviews and take notes in one shared template",
          owner: "Mentee",
          dueInDays: 35,
          resources: "Tool: interview notes template; video calls recorded with consent",
        },
        {
          text: "Turn the notes into a one-page summary of findings and review it together",
          owner: "Both",
          dueInDays: 45,
          resources: "Tool: affinity mapping on a shared whiteboard",
        },
      ],
    },
    {
      text: "Work inside a cross-functional product team for a full sprint",
      successCriteria:
        "Joined planning, stand-ups and review of one product team for a whole sprint, took one small change from user story to release, and got feedback from the engineering lead.",
      targetInDays: 60,
      actions: [
        {
          text: "Introduce me to an engineering lead and a designer who will host me for a sprint",
          owner: "Mentor",
          dueInDays: 10,
          resources: "Introductions: engineering lead, product designer",
        },
        {
          text: "Attend the team's planning, stand-ups and sprint review",
          owner: "Mentee",
          dueInDays: 45,
          resources: "Tool: read access to the team's issue tracker",
        },
        {
          text: "Write the user story and acceptance criteria for one small change and follow it to release",
          owner: "Mentee",
          dueInDays: 55,
          resources: "Tool: the team's user-story template",
        },
        {
          text: "Ask the engineering lead for feedback on how I worked with the team",
          owner: "Mentee",
          dueInDays: 60,
          resources: "",
        },
      ],
    },
    {
      text: "Pitch a feature to product leadership",
      successCriteria:
        "Wrote a one-page feature proposal grounded in my research (problem, evidence, success metric, rough scope), pitched it in a product review, and recorded the decision and the feedback.",
      targetInDays: 90,
      actions: [
        {
          text: "Draft a one-page proposal: problem, evidence, success metric, rough scope",
          owner: "Mentee",
          dueInDays: 70,
          resources:
            "Tool: product one-pager template; Course: a product management fundamentals course",
        },
        {
          text: "Challenge the draft's evidence and success metric before the pitch",
          owner: "Mentor",
          dueInDays: 75,
          resources: "",
        },
        {
          text: "Rehearse the pitch in ten minutes, with questions",
          owner: "Both",
          dueInDays: 80,
          resources: "",
        },
        {
          text: "Pitch in a product review and write up the decision and feedback",
          owner: "Mentee",
          dueInDays: 90,
          resources: "Introduction: head of product, for a slot in the product review",
        },
      ],
    },
  ],
  milestones: [{ text: "Customer research shared by month 3", goal: 1, month: 3 }],
};
