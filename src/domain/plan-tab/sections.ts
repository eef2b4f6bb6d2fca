/**
 * The plan tab's layout contract: the labels by which each section is found and the columns
 * of each section's table. The writer (plan-tab/layout) and the reader (plan-reading/parse-plan-tab) both use this,
 * so a label is spelled in exactly one place. Sections are found by label, never by row number,
 * because pairs insert rows inside sections.
 */

/** Key–value rows of the header block: label in column A, value in B (email in C for people). */
export const HEADER_LABELS = {
  mentee: "Mentee",
  mentor: "Mentor",
  reviewer: "Reviewer",
  focusArea: "Focus area",
  startDate: "Start date",
  targetEndDate: "Target end date",
  cadence: "Meeting cadence",
  mode: "Meeting mode",
  learningStyle: "Learning style",
  planStatus: "Plan status",
} as const;

export const SECTION_TITLES = {
  startingPoint: "STARTING POINT",
  goals: "GOALS",
  actions: "ACTIONS",
  progress: "PROGRESS",
  nextSteps: "NEXT STEPS",
} as const;
export type SectionKey = keyof typeof SECTION_TITLES;

/** Column headers of each table section, in order, starting in column A (the row after the title). */
export const SECTION_COLUMNS = {
  startingPoint: ["Skill", "Current level (1–5)", "Target level (1–5)", "Notes"],
  goals: ["#", "Goal", "Success criteria", "Target date", "Status", "Progress"],
  actions: ["#", "Goal #", "Action", "Owner", "Due date", "Resources", "Status", "Done on"],
  progress: [
    "Date",
    "Who attended",
    "Discussed",
    "Progress notes",
    "Blockers",
    "Mentee rating (1–5)",
  ],
  nextSteps: ["Step", "Owner", "By when", "Done"],
} as const satisfies Record<SectionKey, readonly string[]>;

/** Free-text rows that follow the skills table inside STARTING POINT (label in A, text in B). */
export const STARTING_POINT_LABELS = {
  strengths: "Strengths",
  areasToGrow: "Areas to grow",
} as const;

/** The developer-metadata key that marks a tab as a plan; its value is the plan id. */
export const PLAN_ID_METADATA_KEY = "mentoringActionPlan.planId";

/** Widest table: every plan tab uses this many columns. */
export const PLAN_TAB_COLUMNS = 8;
