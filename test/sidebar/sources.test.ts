// Rules the sidebar's sources keep, checked on the files themselves: values reach the page as
// text only (docs/design.md: "Every value written into ... the sidebar is HTML-escaped"), one module
// calls google.script.run, and the page has the build's markers and one scriptlet.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../sidebar/", import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Source without comments, so the rules apply to code only. */
function code(path: string): string {
  return readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"])\/\/.*$/gm, "$1");
}

const files = sources(root);

describe("sidebar sources", () => {
  it("are found", () => {
    expect(files.map((f) => relative(root, f))).toContain("server-calls.ts");
    expect(files.length).toBeGreaterThan(8);
  });

  it("never write markup from strings (no innerHTML, outerHTML, insertAdjacentHTML, document.write)", () => {
    const offenders = files.filter((f) =>
      /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write/.test(code(f)),
    );
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
  });

  it("call google.script.run from sidebar/server-calls.ts only", () => {
    const callers = files.filter((f) => /google\s*\.\s*script/.test(code(f)));
    expect(callers.map((f) => relative(root, f))).toEqual(["server-calls.ts"]);
  });

  it("draw server HTML only inside an iframe sandboxed with no permissions", () => {
    const srcdoc = files.filter((f) => /\.srcdoc\b/.test(code(f)));
    expect(srcdoc.map((f) => relative(root, f))).toEqual(["views/reviews.ts"]);
    const review = code(join(root, "views/reviews.ts"));
    expect(review).toMatch(/h\("iframe", \{[^;]*?\bsandbox: "",/);
  });
});

describe("sidebar/index.html", () => {
  const html = readFileSync(join(root, "index.html"), "utf8");

  it("holds the build's markers inside <style> and <script>", () => {
    expect(html).toMatch(/<style>\s*\/\*INLINE_CSS\*\/\s*<\/style>/);
    expect(html).toMatch(/<script>\s*\/\*INLINE_JS\*\/\s*<\/script>/);
  });

  it("has two scriptlets, both escaped, on <body>: the view and the state as JSON", () => {
    // https://developers.google.com/apps-script/guides/html/templates: <?= ?> escapes its output.
    expect(html.match(/<\?/g)).toHaveLength(2);
    expect(html).toContain(
      '<body data-initial-view="<?= initialView ?>" data-initial-state="<?= initialState ?>">',
    );
  });
});
