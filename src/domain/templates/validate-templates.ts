/**
 * Checks template data against the template schema. The built-in templates ship as typed
 * constants (no schema runs when the add-on starts: docs/performance.md, "Start-up"); the
 * template tests run this over them, so a typo fails the tests, never a coordinator's insert.
 */
import * as z from "../sidebar-contract/zod";
import { type Template, type TemplateInput, templateSchema } from "./template-schema";

/** The parsed templates; throws an error naming the template and the field at fault. */
export function validateTemplates(inputs: readonly TemplateInput[]): readonly Template[] {
  const seen = new Set<string>();
  return inputs.map((input) => {
    const parsed = templateSchema.safeParse(input);
    if (!parsed.success) {
      throw new Error(
        `Template "${String(input.id)}" is invalid: ${z.prettifyError(parsed.error)}`,
      );
    }
    if (seen.has(parsed.data.id)) throw new Error(`Template "${parsed.data.id}" is defined twice.`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}
