import { readdirSync, readFileSync } from "node:fs";
import {
  type Bundle,
  createEnvironment,
  type Environment,
  type EnvironmentOptions,
  loadBundle,
} from "../index";

const SCRIPTS = new URL("./scripts/", import.meta.url);

/** The files of one public script, exactly as published (see scripts/README.md). */
function filesOf(name: string): { code: string; html: Record<string, string> } {
  const dir = new URL(`${name}/`, SCRIPTS);
  const files = readdirSync(dir).sort();
  const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
  // Apps Script runs every .gs file of a project in one global scope.
  const code = files
    .filter((f) => f.endsWith(".gs"))
    .map(read)
    .join("\n");
  const html = Object.fromEntries(
    files.filter((f) => f.endsWith(".html")).map((f) => [f.replace(/\.html$/, ""), read(f)]),
  );
  return { code, html };
}

/** An environment running the named public script, unchanged, as its project's only code. */
export function publicScript(
  name: string,
  options: EnvironmentOptions = {},
): { env: Environment; bundle: Bundle } {
  const { code, html } = filesOf(name);
  const env = createEnvironment({ htmlFiles: html, ...options });
  return { env, bundle: loadBundle(env, { code }) };
}
