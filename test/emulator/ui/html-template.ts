import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { HtmlOutput } from "./html-output";

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;

/** A printed value: null and undefined print nothing. */
function printable(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/**
 * Compiles a template to JavaScript as Apps Script does (HtmlTemplate.getCode): text is printed
 * as it stands, `<?= expr ?>` prints the expression HTML-escaped, `<?!= expr ?>` prints it raw,
 * and `<? code ?>` runs as it stands, so loops and conditions wrap the text between them. The
 * template's properties are in scope as variables, and so are the script's globals.
 * https://developers.google.com/apps-script/guides/html/templates
 */
export function templateCode(source: string): string {
  const lines: string[] = [];
  let last = 0;
  for (const match of source.matchAll(SCRIPTLET)) {
    const text = source.slice(last, match.index);
    if (text) lines.push(`__printRaw(${JSON.stringify(text)});`);
    const kind = match[1];
    const body = (match[2] ?? "").trim();
    if (kind === undefined) lines.push(body);
    else {
      const expression = body.replace(/;+\s*$/, "");
      lines.push(`${kind === "=" ? "__print" : "__printRaw"}((${expression}));`);
    }
    last = (match.index ?? 0) + match[0].length;
  }
  const rest = source.slice(last);
  if (rest) lines.push(`__printRaw(${JSON.stringify(rest)});`);
  return [
    "(function (__template, output, __print, __printRaw) {",
    "with (__template) {",
    ...lines,
    "}",
    "})",
  ].join("\n");
}

/**
 * https://developers.google.com/apps-script/reference/html/html-template
 * Values are assigned as properties of the template and read as variables by its scriptlets.
 */
export class HtmlTemplate
  implements Emulates<GoogleAppsScript.HTML.HtmlTemplate, "evaluate" | "getRawContent" | "getCode">
{
  [property: string]: unknown;
  // Private fields (#), so template variables named "rt" or "source" cannot clobber them.
  readonly #rt: Runtime;
  readonly #source: string;

  constructor(rt: Runtime, source: string) {
    this.#rt = rt;
    this.#source = source;
  }

  getRawContent(): string {
    this.#rt.track("HtmlTemplate", "getRawContent");
    return this.#source;
  }

  getCode(): string {
    this.#rt.track("HtmlTemplate", "getCode");
    return templateCode(this.#source);
  }

  /** Runs the compiled template in the script's global scope (the bundle's, once loaded). */
  evaluate(): HtmlOutput {
    const rt = this.#rt;
    rt.track("HtmlTemplate", "evaluate");
    // Printing appends to the same output the scriptlets may append to themselves.
    const output = new HtmlOutput(rt, "");
    const print = (value: unknown) => rt.direct(() => output.appendUntrusted(printable(value)));
    const printRaw = (value: unknown) => rt.direct(() => output.append(printable(value)));
    const run = rt.runInScript(templateCode(this.#source)) as (
      template: Record<string, unknown>,
      output: HtmlOutput,
      print: (value: unknown) => void,
      printRaw: (value: unknown) => void,
    ) => void;
    run({ ...this }, output, print, printRaw);
    return output;
  }
}
