/** Small named values in the document's properties (settings, who owns the review trigger). */

/**
 * Every document property, read in one getProperties: a use case that needs several records
 * (settings, the sent record, the scheduler's) reads them together instead of one call each.
 * A snapshot is as old as its read: one taken before the document lock is read again after it
 * (src/gas/workbook.ts), since another execution may have written meanwhile.
 */
export type PropertySnapshot = Readonly<Record<string, string>>;

export function readDocumentProperties(): PropertySnapshot {
  return PropertiesService.getDocumentProperties().getProperties();
}

/** One property: from `snapshot` when given, else read on its own. */
export function readDocumentProperty(key: string, snapshot?: PropertySnapshot): string | null {
  if (snapshot) return snapshot[key] ?? null;
  return PropertiesService.getDocumentProperties().getProperty(key);
}

export function writeDocumentProperty(key: string, value: string | null): void {
  const store = PropertiesService.getDocumentProperties();
  if (value === null) store.deleteProperty(key);
  else store.setProperty(key, value);
}
