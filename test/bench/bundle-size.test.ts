/**
 * The bundle's size targets (scripts/bench/targets.ts, docs/performance.md "Start-up"): every
 * execution compiles dist/Code.js and every sidebar open downloads dist/Sidebar.html, so both stay
 * small. Read from the built files (`npm test` builds first). Start-up time itself is reported by
 * `npm run bench`, never timed here.
 */
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TARGETS } from "../../scripts/bench/targets";

const dist = (name: string) => fileURLToPath(new URL(`../../dist/${name}`, import.meta.url));
const kb = (name: string) => statSync(dist(name)).size / 1000;

describe("the built bundle", () => {
  it("dist/Code.js and dist/Sidebar.html are within their size targets", () => {
    expect(kb("Code.js")).toBeLessThanOrEqual(TARGETS.bundleKB);
    expect(kb("Sidebar.html")).toBeLessThanOrEqual(TARGETS.sidebarKB);
  });

  it.each(["Code.js", "Sidebar.html"])("%s holds zod/mini, not classic zod", (name) => {
    const text = readFileSync(dist(name), "utf8");
    // zod names each schema class in a string its constructor keeps, minified or not.
    expect(text).toContain('"ZodMiniObject"');
    expect(text).not.toContain('"ZodObject"');
  });

  it("ships the templates as data, without the schema that checks them (the tests run it)", () => {
    const code = readFileSync(dist("Code.js"), "utf8");
    expect(code).toContain("Shadow my mentor in three leadership meetings");
    expect(code).not.toContain("A template needs 2–4 goals.");
  });
});
