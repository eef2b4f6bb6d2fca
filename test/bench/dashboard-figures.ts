/** The Dashboard's plan rows by plan id, with the figures a coordinator reads (baseline tests). */
import type { Environment } from "../emulator";

const FIGURES = ["Mentee", "Mentor", "Completion", "Overdue actions", "Last check-in", "Health"];

export function dashboardFigures(env: Environment): Map<string, unknown[]> {
  const values = env.inspect.sheetValues("Dashboard");
  const header = values.findIndex((row) => row.includes("Plan id"));
  const head = values[header] ?? [];
  const col = (name: string) => head.indexOf(name);
  const out = new Map<string, unknown[]>();
  for (const row of values.slice(header + 1)) {
    const id = row[col("Plan id")];
    if (typeof id !== "string" || id === "") continue;
    out.set(
      id,
      FIGURES.map((c) => row[col(c)]),
    );
  }
  return out;
}
