import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, test } from "vitest";
import { REPO_ROOT } from "../index";

const EMULATOR = join(REPO_ROOT, "test/emulator");
const SKIP = new Set(["node_modules", "dist", ".git", ".playground", ".bench"]);

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === EMULATOR ? [] : tsFiles(path);
    return /\.(ts|mts|mjs)$/.test(entry.name) ? [path] : [];
  });
}

test("code outside the emulator reaches it only through test/emulator/index.ts", () => {
  const offenders: string[] = [];
  for (const file of tsFiles(REPO_ROOT)) {
    const text = readFileSync(file, "utf8");
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = resolve(dirname(file), spec as string);
      const inside = relative(EMULATOR, target);
      if (inside.startsWith("..") || inside === "" || inside === "index") continue;
      offenders.push(`${relative(REPO_ROOT, file)} imports ${spec}`);
    }
  }
  expect(offenders).toEqual([]);
});
