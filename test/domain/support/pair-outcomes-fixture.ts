/** A plan's outcomes with nothing scheduled or measured: the neutral value for summary fixtures. */
import { lifecycleOf } from "../../../src/domain/outcomes/lifecycle";
import { type PairOutcomes, pairOutcomes } from "../../../src/domain/outcomes/pair-outcomes";

export function quietOutcomes(planId = "plan", sheetId: number | null = null): PairOutcomes {
  return pairOutcomes(
    {
      planId,
      sheetName: "",
      header: {
        mentee: { name: "", email: "" },
        mentor: { name: "", email: "" },
        startDate: null,
        targetEndDate: null,
        cadence: null,
      },
      lifecycle: lifecycleOf("Active"),
      goals: [],
      checkIns: [],
      skills: [],
      checkpointRows: [],
      feedback: [],
      careerOutcomes: [],
    },
    sheetId,
    "2026-01-01",
    "UTC",
  );
}
