/**
 * The only caller of google.script.run: each sidebar call as a promise, typed from the server's
 * entry points (src/sidebar-calls.ts), so no signature is kept here by hand.
 * https://developers.google.com/apps-script/guides/html/reference/run
 */
import { SIDEBAR_CALLS, type SidebarCallName, type SidebarServer } from "../src/sidebar-calls";

/** The part of google.script.run this module uses; each with* call returns a new runner. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

declare global {
  // Provided by HtmlService in the sidebar's page; no package types it.
  const google: { script: { run: ScriptRunner } };
}

/** The failure handler gets an Error; its message is what the user should read. */
export function failureMessage(error: unknown): string {
  if (error && typeof error === "object" && "message" in error) {
    const message = (error as { message: unknown }).message;
    if (typeof message === "string" && message.trim() !== "") return message;
  }
  if (typeof error === "string" && error.trim() !== "") return error;
  return "The server did not answer. Check your connection and try again.";
}

/** Builds the promise-based server from a runner source (google.script.run, or a fake in tests). */
export function createServerCalls(runner: () => ScriptRunner): SidebarServer {
  const call =
    (name: SidebarCallName) =>
    (...args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const configured = runner()
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(new Error(failureMessage(error))));
        const serverFunction = configured[name];
        if (typeof serverFunction !== "function") {
          reject(new Error(`The server has no function ${name}.`));
          return;
        }
        serverFunction.apply(configured, args);
      });
  const server: Record<string, unknown> = {};
  for (const name of SIDEBAR_CALLS) server[name] = call(name);
  return server as SidebarServer;
}

/** The sidebar's server; google is read at call time, so importing this module is side-effect free. */
export const serverCalls: SidebarServer = createServerCalls(() => google.script.run);
