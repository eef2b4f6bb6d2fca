/**
 * What every execution pays before the add-on does anything: Apps Script loads the project and
 * runs its top level (https://developers.google.com/apps-script/guides/v8-runtime: the whole
 * project's global scope runs on each execution). Measured here the same way each time: a fresh
 * Node process compiles dist/Code.js and runs its top level in an empty vm context (it touches
 * no service), timed inside that process. Also the bundle sizes.
 */
import { spawnSync } from "node:child_process";
import { statSync } from "node:fs";
import { join } from "node:path";

const PROBE = `
const { readFileSync } = require("node:fs");
const vm = require("node:vm");
const code = readFileSync(process.argv[1], "utf8");
const started = performance.now();
const script = new vm.Script(code, { filename: "Code.js" });
script.runInContext(vm.createContext({}));
process.stdout.write(String(performance.now() - started));
`;

/** Start-up in ms of `runs` fresh processes (compile + top level of the bundle). */
export function startupMs(root: string, runs = 7): number[] {
  const file = join(root, "dist", "Code.js");
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const probe = spawnSync(process.execPath, ["-e", PROBE, file], { encoding: "utf8" });
    if (probe.status !== 0) throw new Error(`start-up probe failed: ${probe.stderr}`);
    out.push(Number(probe.stdout));
  }
  return out;
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** dist/Code.js and dist/Sidebar.html in KB (1,000 bytes, as the targets are written). */
export function bundleKB(root: string): { codeKB: number; sidebarKB: number } {
  const kb = (name: string) => statSync(join(root, "dist", name)).size / 1000;
  return { codeKB: kb("Code.js"), sidebarKB: kb("Sidebar.html") };
}
