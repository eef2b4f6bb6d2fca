/**
 * `npm start`: the built add-on (dist/Code.js, unchanged) running against the Apps Script
 * emulator, served to a browser on 127.0.0.1 only. `npm start -- --demo` first replaces the
 * saved workbook with the demo program. PORT picks the port (default 8080); PLAYGROUND_DIR the
 * state folder (default .playground/ at the repository root).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as z from "zod";
import { REPO_ROOT } from "../../test/emulator";
import { buildDemoProgram } from "./demo";
import { buildPageAssets } from "./page-bundle";
import {
  activateRequest,
  clockRequest,
  editRequest,
  issuesText,
  MAX_BODY_BYTES,
  runRequest,
  selectRequest,
} from "./requests";
import { sheetView } from "./sheet-view";
import { sidebarDocument } from "./sidebar-page";
import { Playground, STATE_FILE } from "./state";
import { workbookView } from "./workbook-view";

export const DEFAULT_PORT = 8080;
const HOST = "127.0.0.1";
const DAY_MS = 86_400_000;

export interface PlaygroundOptions {
  /** 0 picks a free port. */
  port?: number;
  stateDir?: string;
  /** Replace the saved state with the demo program. */
  demo?: boolean;
  log?: (line: string) => void;
}

export interface RunningPlayground {
  url: string;
  port: number;
  playground: Playground;
  close(): Promise<void>;
}

/** An answer with a status, for errors the client caused (bad body, unknown name…). */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const messageOf = (error: unknown): string => {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== "" ? message : String(error);
};

function send(res: ServerResponse, status: number, type: string, body: string, headers = {}) {
  res.writeHead(status, {
    "content-type": type,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown) {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}

/** The JSON body, refused when too big, not JSON or not in the schema's shape. */
async function readBody<T extends z.ZodType>(
  req: IncomingMessage,
  schema: T,
): Promise<z.output<T>> {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) {
    throw new HttpError(415, "Send the request body as application/json.");
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new HttpError(413, `The body is over ${MAX_BODY_BYTES} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new HttpError(413, `The body is over ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
  } catch {
    throw new HttpError(400, "The body is not valid JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new HttpError(400, issuesText(parsed.error));
  return parsed.data;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An email's body as a document of its own, with no scripts and no network (rendered in a sandbox). */
function mailDocument(pg: Playground, id: number, res: ServerResponse): void {
  const mail = pg.env.outbox[id];
  if (!mail) throw new HttpError(404, `No email number ${id}.`);
  const body =
    mail.htmlBody ??
    `<pre style="font: 13px/1.5 sans-serif; white-space: pre-wrap">${escapeHtml(mail.body)}</pre>`;
  send(res, 200, "text/html; charset=utf-8", body, {
    "content-security-policy":
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
  });
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<RunningPlayground> {
  const log = options.log ?? ((line: string) => console.log(line));
  const stateDir = options.stateDir ?? join(REPO_ROOT, ".playground");
  const assets = await buildPageAssets();
  const playground = Playground.open({
    stateDir,
    log,
    ...(options.demo ? { fresh: buildDemoProgram() } : {}),
  });

  let allowedHosts: Set<string> = new Set();

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // A page on another site cannot reach this server through a name that points here.
    if (!allowedHosts.has(req.headers.host ?? "")) throw new HttpError(403, "Unknown host.");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    const get = req.method === "GET" || req.method === "HEAD";
    const post = req.method === "POST";

    if (get && path === "/") return send(res, 200, "text/html; charset=utf-8", assets.indexHtml);
    if (get && path === "/api/workbook") return sendJson(res, 200, workbookView(playground));
    if (get && path === "/api/sheet") {
      const name = url.searchParams.get("name") ?? "";
      if (!playground.env.inspect.hasSheet(name)) throw new HttpError(404, `No sheet "${name}".`);
      return sendJson(res, 200, sheetView(playground.env, name));
    }
    if (get && path === "/api/sidebar") {
      const sidebar = playground.env.ui.lastSidebar;
      if (!sidebar) throw new HttpError(404, "The add-on has not opened a sidebar.");
      const html = sidebarDocument(
        sidebar.html,
        assets.bridgeScript,
        playground.bundle.entryPoints,
      );
      return send(res, 200, "text/html; charset=utf-8", html);
    }
    const mail = /^\/api\/mail\/(\d+)$/.exec(path);
    if (get && mail) return mailDocument(playground, Number(mail[1]), res);

    const run = /^\/api\/run\/([^/]+)$/.exec(path);
    if (post && run) {
      const name = decodeURIComponent(run[1] ?? "");
      if (!playground.bundle.entryPoints.includes(name)) {
        throw new HttpError(400, `Unknown entry point "${name}".`);
      }
      const { args } = await readBody(req, runRequest);
      let value: unknown;
      try {
        value = playground.call(name, args);
      } catch (error) {
        // What the sidebar's failure handler receives: the server function's message.
        return sendJson(res, 500, { error: messageOf(error) });
      }
      return sendJson(res, 200, { value: value ?? null, revision: playground.revision });
    }
    if (post && path === "/api/edit") {
      const { sheet, a1, value } = await readBody(req, editRequest);
      try {
        playground.edit(sheet, a1, value);
      } catch (error) {
        throw new HttpError(400, messageOf(error));
      }
      return sendJson(res, 200, { revision: playground.revision });
    }
    if (post && path === "/api/select") {
      const { sheet, a1 } = await readBody(req, selectRequest);
      if (!playground.env.inspect.hasSheet(sheet)) throw new HttpError(400, `No sheet "${sheet}".`);
      playground.select(sheet, a1);
      return sendJson(res, 200, { revision: playground.revision });
    }
    if (post && path === "/api/clock") {
      const { days } = await readBody(req, clockRequest);
      const runs = playground.advance(days * DAY_MS);
      return sendJson(res, 200, { runs, revision: playground.revision });
    }
    if (post && path === "/api/activate") {
      const { sheet } = await readBody(req, activateRequest);
      if (!playground.env.inspect.hasSheet(sheet)) throw new HttpError(400, `No sheet "${sheet}".`);
      playground.activate(sheet);
      return sendJson(res, 200, { revision: playground.revision });
    }
    throw new HttpError(get || post ? 404 : 405, `Nothing at ${req.method} ${path}.`);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) log(`playground: ${(error as Error)?.stack ?? messageOf(error)}`);
      if (!res.headersSent) sendJson(res, status, { error: messageOf(error) });
      else res.end();
      // Stop reading a body that was refused half-way.
      req.resume();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${options.port} is in use: set PORT to another one (PORT=8081 npm start).`,
            )
          : error,
      );
    });
    server.listen(options.port ?? DEFAULT_PORT, HOST, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`${HOST}:${port}`, `localhost:${port}`]);
  return {
    url: `http://${HOST}:${port}/`,
    port,
    playground,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function portFromEnvironment(): number {
  const raw = process.env.PORT;
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`PORT must be a port number (0–65535), not "${raw}".`);
  }
  return port;
}

/**
 * When `npm start` began (its script exports PLAYGROUND_STARTED_AT before building), so the time
 * printed includes the build; this process's own start otherwise.
 */
function startedAt(): number {
  const fromScript = Number(process.env.PLAYGROUND_STARTED_AT);
  return Number.isFinite(fromScript) && fromScript > 0
    ? fromScript
    : Date.now() - performance.now();
}

/** Answers once the page and the workbook are served: the address is printed only then. */
export async function untilServing(url: string): Promise<void> {
  for (const path of ["", "api/workbook"]) {
    const response = await fetch(`${url}${path}`);
    if (!response.ok)
      throw new Error(`The playground did not serve /${path} (${response.status}).`);
  }
}

export function readyMessage(options: {
  url: string;
  stateFile: string;
  demo: boolean;
  seconds: number;
}): string {
  return (
    `Mentoring Action Plan playground is ready: ${options.url}\n` +
    `  ${options.demo ? "demo program loaded (the previous workbook, if any, is kept as state.json.before-demo); " : ""}` +
    `state in ${options.stateFile}\n` +
    `  ready ${options.seconds.toFixed(1)} s after npm start, build included (Ctrl+C stops it)`
  );
}

async function main(): Promise<void> {
  const unknown = process.argv.slice(2).filter((a) => a !== "--demo");
  if (unknown.length > 0) throw new Error(`Unknown option ${unknown.join(" ")} (only --demo).`);
  const demo = process.argv.includes("--demo");
  const stateDir = process.env.PLAYGROUND_DIR || join(REPO_ROOT, ".playground");
  const running = await startPlayground({ port: portFromEnvironment(), stateDir, demo });
  await untilServing(running.url);
  console.log(
    readyMessage({
      url: running.url,
      stateFile: join(stateDir, STATE_FILE),
      demo,
      seconds: (Date.now() - startedAt()) / 1000,
    }),
  );
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(messageOf(error));
    process.exit(1);
  });
}
