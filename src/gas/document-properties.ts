/** Small named values in the document's properties (settings, who owns the review trigger). */

export function readDocumentProperty(key: string): string | null {
  return PropertiesService.getDocumentProperties().getProperty(key);
}

export function writeDocumentProperty(key: string, value: string | null): void {
  const store = PropertiesService.getDocumentProperties();
  if (value === null) store.deleteProperty(key);
  else store.setProperty(key, value);
}
