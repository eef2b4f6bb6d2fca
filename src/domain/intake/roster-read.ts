/**
 * Reading the Roster tab: one getValues' worth of cells in, participants and a status sentence
 * per row out. Columns are found by their headers (table-header.ts), values are forgiven their
 * case and spacing, and a bad row — no email, an unknown role, a capacity that is not a number,
 * an email already used — is skipped with a sentence saying why, never stopping the others.
 */

import { CADENCE_NAMES, LEARNING_STYLES, MEETING_MODES } from "../plan/vocabulary";
import { showCell } from "../sheet/cell-reading";
import { matchWord } from "../sheet/label-match";
import * as z from "../sidebar-contract/zod";
import type { Participant } from "./participant";
import { ROLES, ROSTER_COLUMNS, type Role, type RosterKey } from "./roster-columns";
import { splitSkills } from "./skills";
import { cellString, columnText, findTableHeader, type TableHeader } from "./table-header";
import { utcOffsetHours } from "./time-zone";

/** A mentor's capacity when the cell is blank. */
export const DEFAULT_CAPACITY = 1;
/** More mentees than this for one mentor is a typing slip, not a plan. */
export const MAX_CAPACITY = 20;

export interface RosterRowStatus {
  /** 1-based row of the tab. */
  row: number;
  ok: boolean;
  /** What the add-on says about the row in its Status column. */
  status: string;
}

export type RosterReading =
  | {
      ok: true;
      header: TableHeader<RosterKey>;
      participants: Participant[];
      rows: RosterRowStatus[];
    }
  | { ok: false; message: string };

/** Other ways people write a role. */
const ROLE_WORDS: Record<string, Role> = {
  mentee: "Mentee",
  mentees: "Mentee",
  protege: "Mentee",
  protégé: "Mentee",
  learner: "Mentee",
  mentor: "Mentor",
  mentors: "Mentor",
  both: "Both",
  "mentor and mentee": "Both",
  "mentee and mentor": "Both",
  "mentor/mentee": "Both",
  "mentee/mentor": "Both",
  "mentor & mentee": "Both",
  "mentee & mentor": "Both",
};

/** Other ways people write a cadence. */
const CADENCE_WORDS: Record<string, (typeof CADENCE_NAMES)[number]> = {
  biweekly: "Every two weeks",
  "bi-weekly": "Every two weeks",
  fortnightly: "Every two weeks",
  "every 2 weeks": "Every two weeks",
  "twice a month": "Every two weeks",
  "once a week": "Weekly",
  "once a month": "Monthly",
};

const emailSchema = z.email();

function readEmail(text: string): string | null {
  const t = text
    .replace(/^mailto:/i, "")
    .trim()
    .toLowerCase();
  return emailSchema.safeParse(t).success ? t : null;
}

function readRole(text: string): Role | undefined {
  const t = text.toLowerCase().replace(/\s+/g, " ").trim();
  return matchWord(text, ROLES) ?? ROLE_WORDS[t];
}

const quoted = (raw: unknown) => `"${showCell(raw)}"`;

/** The roster's rows; `values` is the tab's whole getValues (header row included). */
export function readRoster(values: readonly (readonly unknown[])[]): RosterReading {
  const header = findTableHeader(values, ROSTER_COLUMNS, "email");
  if (!header) {
    return {
      ok: false,
      message:
        "The roster has no header row with an Email column: put the headers (Name, Email, Role…) in the first row.",
    };
  }
  if (header.index.role === undefined) {
    return {
      ok: false,
      message: "The roster has no Role column: add one (Mentee, Mentor or Both).",
    };
  }
  const participants: Participant[] = [];
  const rows: RosterRowStatus[] = [];
  const firstRowOf = new Map<string, number>();
  for (let r = header.headerRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const row = r + 1;
    if (isBlankRow(cells, header)) continue;
    const result = readParticipant(cells, header, row);
    if (!result.ok) {
      rows.push({ row, ok: false, status: `Skipped: ${result.reason}` });
      continue;
    }
    const earlier = firstRowOf.get(result.participant.email);
    if (earlier !== undefined) {
      rows.push({
        row,
        ok: false,
        status: `Skipped: ${result.participant.email} is already on row ${earlier}.`,
      });
      continue;
    }
    firstRowOf.set(result.participant.email, row);
    participants.push(result.participant);
    const notes = result.notes.length ? ` (${result.notes.join(" ")})` : "";
    rows.push({
      row,
      ok: true,
      status: `Read as ${result.participant.role.toLowerCase()}.${notes}`,
    });
  }
  return { ok: true, header, participants, rows };
}

/** A row whose known columns (the add-on's Status aside) are all empty is not a person. */
function isBlankRow(cells: readonly unknown[], header: TableHeader<RosterKey>): boolean {
  return ROSTER_COLUMNS.every((c) => c.key === "status" || columnText(cells, header, c.key) === "");
}

type ParticipantRead =
  | { ok: true; participant: Participant; notes: string[] }
  | { ok: false; reason: string };

function readParticipant(
  cells: readonly unknown[],
  header: TableHeader<RosterKey>,
  row: number,
): ParticipantRead {
  const text = (key: RosterKey) => columnText(cells, header, key);
  const raw = (key: RosterKey) => {
    const c = header.index[key];
    return c === undefined ? "" : cells[c];
  };
  const notes: string[] = [];

  const emailText = text("email");
  if (emailText === "") return { ok: false, reason: "no email." };
  const email = readEmail(emailText);
  if (!email) return { ok: false, reason: `${quoted(raw("email"))} is not an email address.` };

  const roleText = text("role");
  if (roleText === "") return { ok: false, reason: "no role (Mentee, Mentor or Both)." };
  const role = readRole(roleText);
  if (!role) {
    return { ok: false, reason: `role ${quoted(raw("role"))} is not Mentee, Mentor or Both.` };
  }

  let capacity = 0;
  if (role !== "Mentee") {
    const c = readCapacity(raw("capacity"));
    if (c === null) {
      return {
        ok: false,
        reason: `capacity ${quoted(raw("capacity"))} is not a whole number from 0 to ${MAX_CAPACITY}.`,
      };
    }
    capacity = c;
  }

  let name = text("name");
  if (name === "") {
    name = email.split("@")[0] ?? email;
    notes.push("No name: the email's name is used.");
  }

  let managerEmail = "";
  const managerText = text("managerEmail");
  if (managerText !== "") {
    const m = readEmail(managerText);
    if (!m) notes.push(`Manager ${quoted(raw("managerEmail"))} is not an email: ignored.`);
    else if (m === email) notes.push("Manager email is the person's own: ignored.");
    else managerEmail = m;
  }

  const cadence = readChoice(text("cadence"), CADENCE_NAMES, CADENCE_WORDS);
  if (cadence === undefined)
    notes.push(`Cadence ${quoted(raw("cadence"))} not understood: ignored.`);
  const mode = readChoice(text("mode"), MEETING_MODES, {
    "video call": "Video",
    remote: "Video",
    online: "Video",
    "face to face": "In person",
    "in-person": "In person",
  });
  if (mode === undefined)
    notes.push(`Meeting mode ${quoted(raw("mode"))} not understood: ignored.`);
  const learningStyle = readChoice(text("learningStyle"), LEARNING_STYLES, {});
  if (learningStyle === undefined) {
    notes.push(`Learning style ${quoted(raw("learningStyle"))} not understood: ignored.`);
  }

  const timeZone = text("timeZone");
  const utcOffset = utcOffsetHours(timeZone);
  if (timeZone !== "" && utcOffset === null) {
    notes.push(`Time zone ${quoted(raw("timeZone"))} not recognised: not used in matching.`);
  }
  const skillsToGrow = splitSkills(cellString(raw("skillsToGrow")));
  const skillsToOffer = splitSkills(cellString(raw("skillsToOffer")));
  if (role !== "Mentor" && skillsToGrow.length === 0) notes.push("No skills to grow listed.");
  if (role !== "Mentee" && skillsToOffer.length === 0) notes.push("No skills to offer listed.");

  return {
    ok: true,
    notes,
    participant: {
      row,
      name,
      email,
      role,
      department: text("department"),
      timeZone,
      utcOffset,
      managerEmail,
      focus: text("focus"),
      skillsToGrow,
      skillsToOffer,
      cadence: cadence ?? null,
      mode: mode ?? null,
      learningStyle: learningStyle ?? null,
      capacity,
      availability: text("availability"),
    },
  };
}

/** Blank → the default; a whole number 0–MAX (text "3" or "3 mentees" too); else null. */
function readCapacity(raw: unknown): number | null {
  const t = cellString(raw);
  if (t === "") return DEFAULT_CAPACITY;
  const n =
    typeof raw === "number" ? raw : Number(/^(\d+)(\s*mentees?)?$/i.exec(t)?.[1] ?? Number.NaN);
  return Number.isInteger(n) && n >= 0 && n <= MAX_CAPACITY ? n : null;
}

/** A fixed word: null when blank, undefined when not understood. */
function readChoice<T extends string>(
  text: string,
  choices: readonly T[],
  synonyms: Record<string, T>,
): T | null | undefined {
  if (text === "") return null;
  return matchWord(text, choices) ?? synonyms[text.toLowerCase().replace(/\s+/g, " ")];
}
