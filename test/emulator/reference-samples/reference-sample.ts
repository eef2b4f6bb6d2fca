import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type Bundle,
  createEnvironment,
  type Environment,
  type EnvironmentOptions,
  loadBundle,
} from "../index";

/**
 * Google's Apps Script reference pages' code samples, read at test time from the doc comments of
 * the installed gas-types-detailed package (its NOTICE: the samples are Google's, Apache 2.0).
 * Nothing fetched is committed here: the package is a pinned dev dependency.
 */
const PACKAGE_DIR = dirname(
  createRequire(import.meta.url).resolve("gas-types-detailed/package.json"),
);

let comments: string[][] | undefined;

/** Every doc comment of the package's .d.ts files, as lines with the leading ` * ` removed. */
function docComments(): string[][] {
  if (comments) return comments;
  comments = [];
  for (const file of readdirSync(PACKAGE_DIR)
    .filter((f) => f.endsWith(".d.ts"))
    .sort()) {
    const text = readFileSync(join(PACKAGE_DIR, file), "utf8");
    for (const match of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      comments.push(
        (match[1] ?? "")
          .split("\n")
          .map((line) => line.replace(/^\s*\* ?/, "").replace(/^\s*$/, "")),
      );
    }
  }
  return comments;
}

/**
 * The code sample of the reference page section `url` (the comment ending in that URL line),
 * de-indented and otherwise unchanged. Throws when there is no such comment or it holds no
 * sample, so a renamed or missing sample fails its test instead of passing vacuously.
 */
export function referenceSample(url: string): string {
  const found = docComments().filter((lines) => lines.some((line) => line.trim() === url));
  if (found.length !== 1) {
    throw new Error(`gas-types-detailed has ${found.length} doc comments for ${url}, expected 1`);
  }
  const blocks: string[][] = [];
  let block: string[] | undefined;
  for (const line of found[0] ?? []) {
    // Markdown code: lines indented four spaces; a blank line inside a sample continues it.
    if (line.startsWith("    ")) {
      if (!block) {
        block = [];
        blocks.push(block);
      }
      block.push(line);
    } else if (line === "" && block) {
      block.push(line);
    } else {
      block = undefined;
    }
  }
  if (blocks.length !== 1) {
    throw new Error(`the doc comment for ${url} holds ${blocks.length} code samples, expected 1`);
  }
  const lines = blocks[0] ?? [];
  while (lines.at(-1) === "") lines.pop();
  const indent = Math.min(
    ...lines.filter((l) => l !== "").map((l) => l.length - l.trimStart().length),
  );
  return lines.map((l) => l.slice(indent)).join("\n");
}

/**
 * An environment whose project's only code is the sample of `url`, unchanged, as the body of
 * a function `sample` (reference samples are statement lists written to run inside a function).
 */
export function referenceSampleProject(
  url: string,
  options: EnvironmentOptions = {},
): { env: Environment; bundle: Bundle; run: () => unknown } {
  const code = `function sample() {\n${referenceSample(url)}\n}\n`;
  const env = createEnvironment({ mode: "bound", ...options });
  const bundle = loadBundle(env, { code });
  return { env, bundle, run: () => bundle.call("sample") };
}
