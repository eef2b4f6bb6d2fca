/** Starting a playground for a test: a free port, a fresh state folder, a quiet log. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunningPlayground, startPlayground } from "../../scripts/playground/server";
import type { Playground } from "../../scripts/playground/state";
import { addDays } from "../../src/domain/sheet/calendar";
import type { InsertPlanResult, SidebarState } from "../../src/domain/sidebar-contract/replies";

export interface TestPlayground extends RunningPlayground {
  stateDir: string;
  logs: string[];
  /** Stops the server and removes its state folder. */
  stop(): Promise<void>;
}

export async function startTestPlayground(
  options: { stateDir?: string; demo?: boolean } = {},
): Promise<TestPlayground> {
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), "playground-test-"));
  const logs: string[] = [];
  const running = await startPlayground({
    port: 0,
    stateDir,
    demo: options.demo ?? false,
    log: (line) => logs.push(line),
  });
  return {
    ...running,
    stateDir,
    logs,
    stop: async () => {
      await running.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/** The new-plan form the sidebar sends for a pair, goals from a template as the sidebar offers them. */
export function planFormFor(
  pg: Playground,
  pair: { mentee: string; mentor: string; reviewer: string; templateId?: string },
) {
  const state = pg.call("getSidebarState", []) as SidebarState;
  const template = state.templates.find(
    (t) => t.id === (pair.templateId ?? "move-into-management"),
  );
  if (!template) throw new Error("No such template.");
  const email = (name: string) => `${name.toLowerCase().replace(/\s+/g, ".")}@example.org`;
  return {
    menteeName: pair.mentee,
    menteeEmail: email(pair.mentee),
    mentorName: pair.mentor,
    mentorEmail: email(pair.mentor),
    reviewerEmail: pair.reviewer,
    templateId: template.id,
    focusArea: template.focusArea || template.name,
    startDate: state.today,
    targetEndDate: addDays(state.today, 120),
    cadence: "Every two weeks",
    mode: "Video",
    learningStyle: "Learning by doing",
    goals: template.goals.map((g) => ({
      text: g.text,
      successCriteria: g.successCriteria,
      targetDate: addDays(state.today, g.targetInDays),
      actions: g.actions,
    })),
  };
}

/** Inserts a plan through the entry point, as the sidebar would; fails the test if refused. */
/**
 * The two pairs the browser tests start from: Ana Lopez with Ben Okafor (reviewer Rita) and Chen
 * Wei with Dana Fox (reviewer Sam).
 */
export function insertTwoPairs(pg: Playground): void {
  insertPlan(pg, { mentee: "Ana Lopez", mentor: "Ben Okafor", reviewer: "rita@example.org" });
  insertPlan(pg, { mentee: "Chen Wei", mentor: "Dana Fox", reviewer: "sam@example.org" });
}

export function insertPlan(
  pg: Playground,
  pair: { mentee: string; mentor: string; reviewer: string; templateId?: string },
): string {
  const result = pg.call("insertPlan", [planFormFor(pg, pair)]) as InsertPlanResult;
  if (!result.ok) throw new Error(`insertPlan refused the form: ${result.message}`);
  return result.sheetName;
}
