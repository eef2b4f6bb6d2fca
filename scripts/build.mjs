// Builds the add-on into dist/: Code.js (one IIFE plus generated top-level entry points),
// Sidebar.html (self-contained) and appsscript.json. See docs/architecture.md.
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const GLOBAL = "MentoringActionPlan";
const BUILD_PLACEHOLDER = "@@addon-build@@";

/** Apps Script's V8 runtime: ES2019 syntax is safe everywhere it runs. */
const TARGET = "es2019";

async function bundleServer() {
  const result = await build({
    entryPoints: [join(root, "src/main.ts")],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    target: TARGET,
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
    // Every execution compiles the whole file before it runs (docs/performance.md, "Start-up"):
    // minified, the bundle is about half the bytes. Names stay readable where Apps Script shows
    // them: the entry points below are generated after minifying.
    minify: true,
    legalComments: "none",
    charset: "utf8",
    define: { __ADDON_BUILD__: JSON.stringify(BUILD_PLACEHOLDER) },
  });
  // The build's id (src/gas/addon-build.ts): a hash of the code itself, so any change of code
  // makes plan snapshots taken by the previous build unused.
  const built = result.outputFiles[0].text;
  const id = createHash("sha256").update(built).digest("hex").slice(0, 12);
  const body = built.replaceAll(JSON.stringify(BUILD_PLACEHOLDER), JSON.stringify(id));
  const entryPoints = entryPointNames(body);
  // Apps Script only sees top-level function declarations (for menus, triggers and
  // google.script.run), so each export gets a real one that forwards to the bundle.
  const footer = entryPoints
    .map((name) => `function ${name}() {\n  return ${GLOBAL}.${name}.apply(this, arguments);\n}`)
    .join("\n");
  const code = `${body}\n// Entry points, generated from the exports of src/main.ts.\n${footer}\n`;
  if (/^\s*(import|export)\s|\brequire\(/m.test(code)) {
    throw new Error("dist/Code.js must not contain import, export or require.");
  }
  return { code, entryPoints };
}

/** The bundle's exports, read by running it in an empty context: its top level touches no service. */
function entryPointNames(body) {
  const context = vm.createContext({});
  vm.runInContext(`${body}\nthis.__names = Object.keys(${GLOBAL});`, context);
  const names = context.__names;
  if (!Array.isArray(names) || names.length === 0) throw new Error("src/main.ts exports nothing.");
  return names;
}

async function bundleSidebar() {
  const js = await build({
    entryPoints: [join(root, "sidebar/main.ts")],
    bundle: true,
    format: "iife",
    target: "es2019",
    minify: true,
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  const css = await build({
    entryPoints: [join(root, "sidebar/sidebar.css")],
    bundle: true,
    minify: true,
    write: false,
  });
  const html = await readFile(join(root, "sidebar/index.html"), "utf8");
  // "</" would end the inline element early; "<?" would be read as an Apps Script scriptlet.
  const safe = (text) => text.replace(/<\//g, "<\\/").replace(/<\?/g, "<\\?");
  const script = safe(js.outputFiles[0].text);
  const style = css.outputFiles[0].text.replace(/<\//g, "<\\/");
  if (!html.includes("/*INLINE_CSS*/") || !html.includes("/*INLINE_JS*/")) {
    throw new Error("sidebar/index.html must hold the /*INLINE_CSS*/ and /*INLINE_JS*/ markers.");
  }
  return html.replace("/*INLINE_CSS*/", () => style).replace("/*INLINE_JS*/", () => script);
}

async function main() {
  await mkdir(dist, { recursive: true });
  const [{ code, entryPoints }, sidebar] = await Promise.all([bundleServer(), bundleSidebar()]);
  await writeFile(join(dist, "Code.js"), code);
  await writeFile(join(dist, "Sidebar.html"), sidebar);
  await copyFile(join(root, "appsscript.json"), join(dist, "appsscript.json"));
  const size = async (f) => `${((await stat(join(dist, f))).size / 1024).toFixed(1)} KiB`;
  console.log(
    `built dist/Code.js (${await size("Code.js")}, ${entryPoints.length} entry points: ${entryPoints.join(", ")})`,
  );
  console.log(`built dist/Sidebar.html (${await size("Sidebar.html")}), dist/appsscript.json`);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
