/**
 * Which build of the add-on is running: a hash of dist/Code.js that scripts/build.mjs writes in
 * place of __ADDON_BUILD__; "source" when the code runs unbundled (tests of src/). Plan
 * snapshots (src/domain/dashboard/plan-snapshot.ts) are used only by the build that took them.
 */
declare const __ADDON_BUILD__: string | undefined;

export function addonBuild(): string {
  return typeof __ADDON_BUILD__ === "string" ? __ADDON_BUILD__ : "source";
}
