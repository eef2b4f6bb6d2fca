/**
 * A person on the roster, as matching and bulk creation use them: every field read and checked,
 * so the rest of intake never looks at a raw cell.
 */
import type { Cadence, LearningStyle, MeetingMode } from "../plan/vocabulary";
import type { Role } from "./roster-columns";

export interface Participant {
  /** 1-based row of the roster tab the person was read from. */
  row: number;
  name: string;
  /** Lower case; identifies the person everywhere in intake. */
  email: string;
  role: Role;
  department: string;
  /** As written ("Europe/Paris", "UTC+1"), and as hours from UTC when understood. */
  timeZone: string;
  utcOffset: number | null;
  /** Lower case, '' when not given. */
  managerEmail: string;
  focus: string;
  skillsToGrow: string[];
  skillsToOffer: string[];
  cadence: Cadence | null;
  mode: MeetingMode | null;
  learningStyle: LearningStyle | null;
  /** How many mentees the person mentors at most (0 for a mentee). */
  capacity: number;
  availability: string;
}

export const isMentee = (p: Participant): boolean => p.role === "Mentee" || p.role === "Both";
export const isMentor = (p: Participant): boolean => p.role === "Mentor" || p.role === "Both";
