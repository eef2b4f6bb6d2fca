/** A fresh random id (https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()). */
export function newUuid(): string {
  return Utilities.getUuid();
}
