/**
 * The Roster tab's columns: the header the add-on writes, the other names people give the same
 * column in a pasted sheet, and the fixed values that get a dropdown. One home for all of it:
 * the tab's layout, its dropdowns and the reader use these lists.
 */
import { CADENCE_NAMES, LEARNING_STYLES, MEETING_MODES } from "../plan/vocabulary";
import type { TableColumn } from "./table-header";

export const ROLES = ["Mentee", "Mentor", "Both"] as const;
export type Role = (typeof ROLES)[number];

export type RosterKey =
  | "name"
  | "email"
  | "role"
  | "department"
  | "timeZone"
  | "managerEmail"
  | "focus"
  | "skillsToGrow"
  | "skillsToOffer"
  | "cadence"
  | "mode"
  | "learningStyle"
  | "capacity"
  | "availability"
  | "status";

export const ROSTER_COLUMNS: readonly (TableColumn<RosterKey> & {
  /** The values of the column's dropdown, when they are fixed. */
  choices?: readonly string[];
  /** Shown as the header's note: what to write. */
  hint: string;
})[] = [
  {
    key: "name",
    header: "Name",
    aliases: ["Full name", "Participant", "Person"],
    hint: "Full name.",
  },
  {
    key: "email",
    header: "Email",
    aliases: ["E-mail", "Email address", "Work email", "Mail"],
    hint: "Work email: it identifies the person (required).",
  },
  {
    key: "role",
    header: "Role",
    aliases: ["Mentee or mentor", "Participant role", "Type"],
    choices: ROLES,
    hint: "Mentee, Mentor or Both (required).",
  },
  {
    key: "department",
    header: "Department",
    aliases: ["Dept", "Team", "Function", "Business unit"],
    hint: "Department or team.",
  },
  {
    key: "timeZone",
    header: "Time zone",
    aliases: ["Timezone", "TZ", "Location", "Location or time zone", "Office", "City"],
    hint: "A time zone (Europe/Paris, UTC+1, EST) or a city.",
  },
  {
    key: "managerEmail",
    header: "Manager email",
    aliases: ["Manager", "Manager's email", "Line manager", "Reports to", "Manager e-mail"],
    hint: "Optional: never suggested as mentor, and the plan's reviewer by default.",
  },
  {
    key: "focus",
    header: "Focus",
    aliases: ["Goals", "Goals or focus", "Focus area", "Goal", "Mentoring focus"],
    hint: "What the mentoring is for (mentee) or mentors in (mentor).",
  },
  {
    key: "skillsToGrow",
    header: "Skills to grow",
    aliases: ["Wants to grow", "Development areas", "Skills wanted", "Learning goals"],
    hint: "Mentees: skills to grow, separated by commas.",
  },
  {
    key: "skillsToOffer",
    header: "Skills to offer",
    aliases: ["Can offer", "Expertise", "Skills offered", "Offers"],
    hint: "Mentors: skills they can help with, separated by commas.",
  },
  {
    key: "cadence",
    header: "Cadence",
    aliases: ["Preferred cadence", "Meeting cadence", "Frequency"],
    choices: CADENCE_NAMES,
    hint: "Preferred meeting cadence.",
  },
  {
    key: "mode",
    header: "Meeting mode",
    aliases: ["Mode", "Preferred mode", "Meeting format"],
    choices: MEETING_MODES,
    hint: "Preferred meeting mode.",
  },
  {
    key: "learningStyle",
    header: "Learning style",
    aliases: ["Preferred learning style"],
    choices: LEARNING_STYLES,
    hint: "Mentees: how they learn best (optional).",
  },
  {
    key: "capacity",
    header: "Capacity",
    aliases: ["Mentor capacity", "Max mentees", "Places", "Mentees wanted"],
    hint: "Mentors: how many mentees (a whole number; 1 when blank).",
  },
  {
    key: "availability",
    header: "Availability",
    aliases: ["Availability notes", "Notes"],
    hint: "Free notes on availability.",
  },
  {
    key: "status",
    header: "Status",
    aliases: ["Roster status"],
    hint: "Written by the add-on: whether the row was read, and the person's match.",
  },
];

/** The header row the add-on writes in a new Roster tab. */
export const ROSTER_HEADERS: readonly string[] = ROSTER_COLUMNS.map((c) => c.header);
