/**
 * Settings live in the document's properties as one JSON value (one read, one write),
 * validated with zod on the way in and out: a damaged value falls back to the defaults.
 */
import { type Settings, settingsSchema } from "../domain/sidebar-contract/schemas";
import {
  type PropertySnapshot,
  readDocumentProperty,
  writeDocumentProperty,
} from "./document-properties";

const SETTINGS_KEY = "settings";

/** @param snapshot the document's properties, when already read (else one read of its own) */
export function loadSettings(snapshot?: PropertySnapshot): Settings {
  const raw = readDocumentProperty(SETTINGS_KEY, snapshot);
  if (raw) {
    try {
      const parsed = settingsSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // Not JSON: fall through to the defaults rather than break the sidebar.
    }
  }
  return settingsSchema.parse({});
}

export function storeSettings(settings: Settings): void {
  writeDocumentProperty(SETTINGS_KEY, JSON.stringify(settings));
}
