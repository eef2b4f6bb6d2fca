import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";
import { SandboxMode, XFrameOptionsMode } from "../spreadsheet/enums";

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class HtmlOutput
  implements
    Emulates<
      GoogleAppsScript.HTML.HtmlOutput,
      | "getContent"
      | "setContent"
      | "append"
      | "appendUntrusted"
      | "clear"
      | "setTitle"
      | "getTitle"
      | "setWidth"
      | "getWidth"
      | "setHeight"
      | "getHeight"
      | "setSandboxMode"
      | "setXFrameOptionsMode"
    >
{
  private content: string;
  private title = "";
  private width: number | null = null;
  private height: number | null = null;

  constructor(
    private readonly rt: Runtime,
    html: string,
  ) {
    this.content = html;
  }

  private track(method: string): void {
    this.rt.track("HtmlOutput", method);
  }

  getContent(): string {
    this.track("getContent");
    return this.content;
  }

  setContent(content: string): this {
    this.track("setContent");
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.track("append");
    this.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): this {
    this.track("appendUntrusted");
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): this {
    this.track("clear");
    this.content = "";
    return this;
  }

  setTitle(title: string): this {
    this.track("setTitle");
    this.title = String(title);
    return this;
  }

  getTitle(): string {
    this.track("getTitle");
    return this.title;
  }

  setWidth(width: number): this {
    this.track("setWidth");
    this.width = width;
    return this;
  }

  /** The width set with setWidth (the reference leaves the default unstated; 0 here). */
  getWidth(): number {
    this.track("getWidth");
    return this.width ?? 0;
  }

  setHeight(height: number): this {
    this.track("setHeight");
    this.height = height;
    return this;
  }

  getHeight(): number {
    this.track("getHeight");
    return this.height ?? 0;
  }

  setSandboxMode(_mode: unknown): this {
    this.track("setSandboxMode");
    return this;
  }

  setXFrameOptionsMode(_mode: unknown): this {
    this.track("setXFrameOptionsMode");
    return this;
  }

  // Read by Ui without counting a call.
  get titleText(): string {
    return this.title;
  }

  get contentText(): string {
    return this.content;
  }

  get widthValue(): number | null {
    return this.width;
  }

  get heightValue(): number | null {
    return this.height;
  }
}

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;
const NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * https://developers.google.com/apps-script/reference/html/html-template
 * Values are assigned as properties of the template; evaluate() supports exactly
 * `<?= name ?>` (HTML-escaped) and `<?!= name ?>` (raw) for such properties.
 */
export class HtmlTemplate
  implements Emulates<GoogleAppsScript.HTML.HtmlTemplate, "evaluate" | "getRawContent">
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

  evaluate(): HtmlOutput {
    const rt = this.#rt;
    rt.track("HtmlTemplate", "evaluate");
    const html = this.#source.replace(
      SCRIPTLET,
      (whole, kind: string | undefined, body: string) => {
        const name = body.trim();
        if (!kind || !NAME.test(name)) {
          throw rt.error(
            `The scriptlet ${whole} is not supported by the emulator (only <?= name ?> and <?!= name ?>).`,
          );
        }
        if (!Object.hasOwn(this, name)) throw rt.error(`ReferenceError: ${name} is not defined`);
        const text = String(this[name] ?? "");
        return kind === "=" ? escapeHtml(text) : text;
      },
    );
    return new HtmlOutput(rt, html);
  }
}

/** https://developers.google.com/apps-script/reference/html/html-service */
export class HtmlService {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    private readonly rt: Runtime,
    /** The project's HTML file by name (without .html), or null when there is none. */
    private readonly readFile: (name: string) => string | null,
  ) {}

  createHtmlOutput(html?: string): HtmlOutput {
    this.rt.track("HtmlService", "createHtmlOutput");
    return new HtmlOutput(this.rt, html === undefined ? "" : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutput {
    this.rt.track("HtmlService", "createHtmlOutputFromFile");
    return new HtmlOutput(this.rt, this.file(filename));
  }

  createTemplate(html: string): HtmlTemplate {
    this.rt.track("HtmlService", "createTemplate");
    return new HtmlTemplate(this.rt, String(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplate {
    this.rt.track("HtmlService", "createTemplateFromFile");
    return new HtmlTemplate(this.rt, this.file(filename));
  }

  private file(filename: string): string {
    const name = String(filename).replace(/\.html$/, "");
    const content = this.readFile(name);
    if (content === null) throw this.rt.error(`No HTML file named ${name} was found.`);
    return content;
  }
}
