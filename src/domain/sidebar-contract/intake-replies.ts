/**
 * What intake's sidebar calls return (plain JSON-like data: google.script.run passes nothing
 * else).
 */
import type { BulkState } from "../intake/bulk-progress";
import type { IntakeSettings } from "../intake/intake-settings";

export interface IntakeActionResult {
  ok: boolean;
  message: string;
}

export interface SuggestMatchesResult extends IntakeActionResult {
  /** Mentees given a mentor in this round. */
  suggested: number;
  /** Mentees left without one (each row's Note says why). */
  unmatched: number;
  /** Roster rows that could not be read (each row's Status says why). */
  skippedRows: number;
}

export interface PlanCreationStatus {
  state: BulkState | "none";
  total: number;
  created: number;
  skipped: number;
  stopRequested: boolean;
  /** "12 of 40 plans created…", or what happened. */
  text: string;
  /** Set when the user may not do this (the text says why); nothing was changed. */
  refused?: true;
}

export interface IntakeState {
  /** Names of the Roster and Matches tabs, null while the add-on has not made them. */
  rosterTab: string | null;
  matchesTab: string | null;
  settings: IntakeSettings;
  progress: PlanCreationStatus;
}

export type SaveIntakeSettingsResult =
  | { ok: true; settings: IntakeSettings; message: string }
  | { ok: false; message: string };
