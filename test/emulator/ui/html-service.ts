import type { Runtime } from "../runtime/runtime";
import { SandboxMode, XFrameOptionsMode } from "../spreadsheet/enums";
import { HtmlOutput } from "./html-output";
import { HtmlTemplate } from "./html-template";

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
