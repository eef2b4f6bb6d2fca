/**
 * The page's code, bundled with esbuild when the server starts: page/main.ts for the
 * playground itself and page/script-run-bridge.ts, the google.script.run stand-in injected into
 * the sidebar. Both end up inline in the HTML they belong to.
 */
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const here = new URL("./page/", import.meta.url);
const pathOf = (name: string) => new URL(name, here).pathname;

/** Text safe inside an inline <script> or <style> element ("</" would end it early). */
export function inlineSafe(code: string): string {
  return code.replace(/<\//g, "<\\/");
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [pathOf(entry)],
    bundle: true,
    format: "iife",
    target: "es2020",
    write: false,
    legalComments: "none",
    charset: "utf8",
  });
  return inlineSafe(result.outputFiles[0]?.text ?? "");
}

export interface PageAssets {
  /** The playground page, complete. */
  indexHtml: string;
  /** The google.script.run bridge, as script text. */
  bridgeScript: string;
}

export async function buildPageAssets(): Promise<PageAssets> {
  const [main, bridgeScript] = await Promise.all([
    bundle("main.ts"),
    bundle("script-run-bridge.ts"),
  ]);
  const css = inlineSafe(readFileSync(pathOf("style.css"), "utf8"));
  const html = readFileSync(pathOf("index.html"), "utf8");
  if (!html.includes("/*PAGE_CSS*/") || !html.includes("/*PAGE_JS*/")) {
    throw new Error("page/index.html must hold the /*PAGE_CSS*/ and /*PAGE_JS*/ markers.");
  }
  return {
    indexHtml: html.replace("/*PAGE_CSS*/", () => css).replace("/*PAGE_JS*/", () => main),
    bridgeScript,
  };
}
