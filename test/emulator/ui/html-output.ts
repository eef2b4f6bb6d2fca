import type { Emulates } from "../runtime/gas-shape";
import type { Runtime } from "../runtime/runtime";

export function escapeHtml(text: string): string {
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
