/**
 * The playground's one emulated spreadsheet: the emulator environment with dist/Code.js loaded
 * into it (unchanged, through the same node:vm loader the tests use), what a person can do to it
 * (run an entry point, edit a cell, open a tab, move the clock), and its persistence: the
 * environment's snapshot is written to <stateDir>/state.json after every change and read back on
 * start, so the workbook survives a restart.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import {
  type Bundle,
  createEnvironment,
  type Environment,
  loadBundle,
  type TriggerRun,
} from "../../test/emulator";

export const STATE_FILE = "state.json";
const STATE_FORMAT = 1;
/** UI records the page never reads twice: keep the recent ones, so the state stays small. */
const KEEP_UI_RECORDS = 20;

export interface RecordedRun {
  handler: string;
  ranAt: string;
  error?: string;
}

const savedState = z.object({
  format: z.literal(STATE_FORMAT),
  snapshot: z.looseObject({ version: z.literal(1) }),
  triggerRuns: z
    .array(z.object({ handler: z.string(), ranAt: z.string(), error: z.string().optional() }))
    .default([]),
  sidebarSeq: z.number().int().min(0).default(0),
});

export interface OpenOptions {
  stateDir: string;
  /** Start from this environment instead of the saved state (the demo program). */
  fresh?: { env: Environment; bundle: Bundle; runs: RecordedRun[] };
  log?: (line: string) => void;
}

/** Trigger runs as the state file keeps them. */
export function recordedRuns(runs: readonly TriggerRun[]): RecordedRun[] {
  return runs.map((r) => ({
    handler: r.handler,
    ranAt: r.ranAt.toISOString(),
    ...(r.error ? { error: r.error } : {}),
  }));
}

export class Playground {
  /** Grows with every change; the page redraws when it moves. */
  revision = 0;

  private constructor(
    readonly env: Environment,
    readonly bundle: Bundle,
    readonly stateDir: string,
    readonly triggerRuns: RecordedRun[],
    public sidebarSeq: number,
  ) {}

  /**
   * The saved workbook, or a new empty one. A state file that cannot be read is moved aside
   * (never deleted) and the playground starts empty, saying so.
   */
  static open(options: OpenOptions): Playground {
    const log = options.log ?? (() => {});
    mkdirSync(options.stateDir, { recursive: true });
    const file = join(options.stateDir, STATE_FILE);
    let pg: Playground | null = null;
    if (options.fresh) {
      // The workbook being replaced is kept (one copy), so a --demo start loses nothing.
      if (existsSync(file)) {
        renameSync(file, `${file}.before-demo`);
        log(`The previous workbook is kept as ${file}.before-demo.`);
      }
      const { env, bundle, runs } = options.fresh;
      pg = new Playground(env, bundle, options.stateDir, [...runs], env.ui.sidebars.length);
    } else if (existsSync(file)) {
      try {
        const saved = savedState.parse(JSON.parse(readFileSync(file, "utf8")));
        const env = createEnvironment({ restore: saved.snapshot as never });
        pg = new Playground(
          env,
          loadBundle(env),
          options.stateDir,
          saved.triggerRuns,
          saved.sidebarSeq,
        );
      } catch (error) {
        const aside = `${file}.unreadable-${Date.now()}`;
        renameSync(file, aside);
        log(`Could not read ${file} (${(error as Error).message}); kept it as ${aside}.`);
      }
    }
    if (!pg) {
      const env = createEnvironment();
      pg = new Playground(env, loadBundle(env), options.stateDir, [], 0);
    }
    // Opening the spreadsheet runs the simple trigger, which builds the add-on menu.
    pg.bundle.call("onOpen", { authMode: pg.env.globals.ScriptApp.AuthMode.NONE });
    pg.save();
    return pg;
  }

  get file(): string {
    return join(this.stateDir, STATE_FILE);
  }

  /** Calls an entry point as Apps Script would (menu item or google.script.run). */
  call(name: string, args: unknown[]): unknown {
    const sidebarsBefore = this.env.ui.sidebars.length;
    try {
      return this.bundle.call(name, ...args);
    } finally {
      if (this.env.ui.sidebars.length > sidebarsBefore) this.sidebarSeq++;
      this.changed();
    }
  }

  /**
   * A value typed into a cell, as a pair would in the Sheets UI: a data validation rule that
   * rejects input refuses it (the error says why) and the cell keeps its value.
   */
  edit(sheetName: string, a1: string, value: string): void {
    try {
      this.env.userType(sheetName, a1, value);
    } finally {
      this.changed();
    }
  }

  /** Moves the clock forward, firing the triggers that fall due on the way. */
  advance(ms: number): RecordedRun[] {
    const runs = recordedRuns(this.env.advanceTime(ms));
    this.triggerRuns.push(...runs);
    this.changed();
    return runs;
  }

  /**
   * Selecting cells, as a user does by clicking: getActiveRange and getCurrentCell return them,
   * and a script's onSelectionChange(e) runs (the revision moves only if it ran).
   */
  select(sheetName: string, a1: string): void {
    const runs = this.env.simpleTriggerRuns.length;
    this.env.userSelect(sheetName, a1);
    if (this.env.simpleTriggerRuns.length > runs) this.changed();
  }

  /** Clicking a tab makes it the active sheet (what getActiveSheet returns). */
  activate(sheetName: string): void {
    const sheet = this.env.spreadsheet.model.byName(sheetName);
    if (!sheet) throw new Error(`No sheet named "${sheetName}".`);
    this.env.spreadsheet.activate(sheet, null);
    this.changed();
  }

  private changed(): void {
    const ui = this.env.ui;
    ui.sidebars.splice(0, Math.max(0, ui.sidebars.length - 1));
    for (const list of [ui.dialogs, ui.alerts, ui.toasts] as unknown[][]) {
      list.splice(0, Math.max(0, list.length - KEEP_UI_RECORDS));
    }
    this.revision++;
    this.save();
  }

  /** Writes the state atomically (a new file renamed over the old one). */
  save(): void {
    const state = {
      format: STATE_FORMAT,
      snapshot: this.env.serialize(),
      triggerRuns: this.triggerRuns,
      sidebarSeq: this.sidebarSeq,
    };
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, this.file);
  }
}
