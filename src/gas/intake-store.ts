/**
 * Intake's two records in the document's properties: the coordinator's intake settings, and the
 * progress of a bulk creation (written by the run after each batch, polled by the sidebar, given
 * a stop request by the sidebar's Stop button). Both parsed with zod on the way in.
 */
import { type BulkProgress, parseBulkProgress } from "../domain/intake/bulk-progress";
import { type IntakeSettings, intakeSettingsSchema } from "../domain/intake/intake-settings";
import {
  type PropertySnapshot,
  readDocumentProperty,
  writeDocumentProperty,
} from "./document-properties";

const SETTINGS_KEY = "intake.settings";
const PROGRESS_KEY = "intake.bulkProgress";

export function loadIntakeSettings(): IntakeSettings {
  const raw = readDocumentProperty(SETTINGS_KEY);
  if (raw) {
    try {
      const parsed = intakeSettingsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: the defaults, rather than a broken intake.
    }
  }
  return intakeSettingsSchema.parse({});
}

export function storeIntakeSettings(settings: IntakeSettings): void {
  writeDocumentProperty(SETTINGS_KEY, JSON.stringify(settings));
}

/** @param snapshot the document's properties, when already read (else one read of its own) */
export function loadBulkProgress(snapshot?: PropertySnapshot): BulkProgress | null {
  return parseBulkProgress(readDocumentProperty(PROGRESS_KEY, snapshot));
}

export function storeBulkProgress(progress: BulkProgress): void {
  writeDocumentProperty(PROGRESS_KEY, JSON.stringify(progress));
}
