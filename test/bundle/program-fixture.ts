/**
 * A mentoring program driven through the built bundle (dist/Code.js) in the emulator: valid
 * new-plan forms as the sidebar sends them (goals from the real templates), and plain readers
 * of what landed in the workbook (cells by label, the Dashboard's table by column name).
 */
import { type DayKey, dayKey } from "../../src/domain/sheet/calendar";
import type { InsertPlanResult } from "../../src/domain/sidebar-contract/replies";
import type { TemplateId } from "../../src/domain/sidebar-contract/schemas";
import { templateById } from "../../src/domain/templates";
import { goalsFromTemplate } from "../../src/domain/templates/goals-from-template";
import {
  type Bundle,
  createEnvironment,
  type Environment,
  type EnvironmentOptions,
  loadBundle,
} from "../emulator";

/** Monday 2 March 2026, 09:00 in London (GMT): the day every plan of these tests starts. */
export const NOW = new Date("2026-03-02T09:00:00Z");
export const START: DayKey = "2026-03-02";
export const TIME_ZONE = "Europe/London";
export const COORDINATOR = "coordinator@example.org";

export const TEMPLATE_IDS: readonly TemplateId[] = [
  "move-into-management",
  "career-transition",
  "succession",
  "technical-skill",
  "blank",
];

export interface Program {
  env: Environment;
  bundle: Bundle;
}

export function openProgram(options: EnvironmentOptions = {}): Program {
  const env = createEnvironment({
    now: NOW,
    timeZone: TIME_ZONE,
    userEmail: COORDINATOR,
    ...options,
  });
  return { env, bundle: loadBundle(env) };
}

/** "Ana López" → "ana.lopez", for the pair's made-up email addresses. */
export const emailName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]+/g, ".")
    .replace(/^\.|\.$/g, "")
    .toLowerCase() || "mentee";

/** The new-plan form as the sidebar sends it (plain JSON, defaults not applied). */
export function planForm(
  templateId: TemplateId,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const menteeName = typeof overrides.menteeName === "string" ? overrides.menteeName : "Ana López";
  const startDate = typeof overrides.startDate === "string" ? overrides.startDate : START;
  return {
    menteeName,
    menteeEmail: `${emailName(menteeName)}@example.org`,
    mentorName: "Bea Okafor",
    mentorEmail: "bea.okafor@example.org",
    reviewerEmail: "hr.partner@example.org",
    templateId,
    focusArea: "Moving into a first people-management role",
    startDate,
    targetEndDate: "2026-05-31",
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "Learning by doing",
    goals: goalsFromTemplate(templateById(templateId), startDate),
    ...overrides,
  };
}

/**
 * insertPlan through the bundle; fails the test with the server's message if it was refused.
 * `options.createAnother` confirms a second plan for a mentee who has one.
 */
export function insertPlan(
  bundle: Bundle,
  form: Record<string, unknown>,
  options?: { createAnother: boolean },
): Extract<InsertPlanResult, { ok: true }> {
  const result =
    options === undefined
      ? bundle.call<InsertPlanResult>("insertPlan", form)
      : bundle.call<InsertPlanResult>("insertPlan", form, options);
  if (!result.ok) {
    throw new Error(`insertPlan refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  }
  return result;
}

/** A cell value as a calendar day in the spreadsheet's zone ("" when not a date). */
export function dayOf(value: unknown): string {
  return Object.prototype.toString.call(value) === "[object Date]"
    ? dayKey(value as Date, TIME_ZONE)
    : "";
}

/** 1-based rows whose cell in `column` (1-based) is exactly `label`. */
export function rowsLabelled(values: unknown[][], label: string, column = 1): number[] {
  const rows: number[] = [];
  values.forEach((line, i) => {
    if (line[column - 1] === label) rows.push(i + 1);
  });
  return rows;
}

/** The one 1-based row whose cell in `column` is `label` (throws if none or several). */
export function rowLabelled(values: unknown[][], label: string, column = 1): number {
  const rows = rowsLabelled(values, label, column);
  if (rows.length !== 1)
    throw new Error(`Expected one row labelled "${label}", found ${rows.length}.`);
  return rows[0] as number;
}

/** Row `row` (1-based) of a grid, `width` cells from column A. */
export function rowValues(values: unknown[][], row: number, width: number): unknown[] {
  return (values[row - 1] ?? []).slice(0, width);
}

export interface DashboardTable {
  /** Figure of each total, by its label in column A (above the plan table). */
  totals: Map<string, unknown>;
  header: string[];
  /** 1-based sheet row of the plan table's header. */
  headerRow: number;
  /** Plan rows in sheet order, keyed by column header. */
  rows: Record<string, unknown>[];
  /** The same rows as displayed (number formats applied). */
  displayed: Record<string, string>[];
  /** The Plan column's formulas, by plan row. */
  links: string[];
}

export function dashboardTable(env: Environment, sheetName = "Dashboard"): DashboardTable {
  const values = env.inspect.sheetValues(sheetName);
  const display = env.inspect.displayValues(sheetName);
  const formulas = env.inspect.formulas(sheetName);
  const headerIndex = values.findIndex((line) => line[0] === "Plan" && line.includes("Plan id"));
  if (headerIndex < 0) throw new Error("The Dashboard has no plan table header.");
  const header = (values[headerIndex] as unknown[]).map(String);
  let width = header.length;
  while (width > 0 && header[width - 1] === "") width--;
  const totals = new Map<string, unknown>();
  for (const line of values.slice(1, headerIndex)) {
    if (typeof line[0] === "string" && line[0] !== "") totals.set(line[0], line[1]);
  }
  const rows: Record<string, unknown>[] = [];
  const displayed: Record<string, string>[] = [];
  const links: string[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const line = values[r] as unknown[];
    if (line.every((v) => v === "")) continue;
    rows.push(Object.fromEntries(header.slice(0, width).map((h, c) => [h, line[c]])));
    displayed.push(
      Object.fromEntries(header.slice(0, width).map((h, c) => [h, display[r]?.[c] ?? ""])),
    );
    links.push(formulas[r]?.[0] ?? "");
  }
  return {
    totals,
    header: header.slice(0, width),
    headerRow: headerIndex + 1,
    rows,
    displayed,
    links,
  };
}

/** The Dashboard row of one plan (throws when it is not listed exactly once). */
export function dashboardRowOf(env: Environment, planId: string): Record<string, unknown> {
  const rows = dashboardTable(env).rows.filter((r) => r["Plan id"] === planId);
  if (rows.length !== 1) throw new Error(`Plan ${planId} is listed ${rows.length} times.`);
  return rows[0] as Record<string, unknown>;
}

/** Everything in the workbook, for "nothing changed" checks (Dates as ISO text). */
export function workbookSnapshot(env: Environment): string {
  return JSON.stringify(env.serialize().spreadsheet);
}

/** Prints a small table of call counts, to report beside the results. */
export function printCalls(title: string, rows: Record<string, string | number>[]): void {
  const keys = Object.keys(rows[0] ?? {});
  const width = (k: string) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const out = [
    title,
    line(keys.map((k) => k.padEnd(width(k)))),
    line(keys.map((k) => "-".repeat(width(k)))),
    ...rows.map((r) => line(keys.map((k) => String(r[k]).padEnd(width(k))))),
  ];
  console.log(out.join("\n"));
}

/** Mentee and mentor answer the fit check in their FEEDBACK rows: Yes, 8 out of 10. */
export function answerFitCheck(env: Environment, sheetName: string): void {
  const first = rowLabelled(env.inspect.sheetValues(sheetName), "FEEDBACK") + 2;
  env.userEdit(sheetName, `C${first}`, [
    ["Yes", 8],
    ["Yes", 8],
  ]);
}
