/** User text that reaches a header or a title is one line (a CR/LF in a mail header starts a new header). */
import { describe, expect, it } from "vitest";
import { dashboardTitle } from "../../../src/domain/dashboard/layout";
import { planSheetBase } from "../../../src/domain/sheet/sheet-name";
import { singleLine } from "../../../src/domain/sheet/single-line";
import { planFormSchema, settingsSchema } from "../../../src/domain/sidebar-contract/schemas";

describe("singleLine", () => {
  it("turns every control character and line separator into one space", () => {
    expect(singleLine("Leaders\r\nBcc: evil@example.com")).toBe("Leaders Bcc: evil@example.com");
    expect(singleLine("\tA\u0007B\u0085C\u2028D\u2029E\u007f ")).toBe("A B C D E");
    expect(singleLine("plain")).toBe("plain");
  });

  it("is applied to the program name, the pair's names and the Dashboard title", () => {
    const settings = settingsSchema.parse({ programName: "Leaders\r\n2026" });
    expect(settings.programName).toBe("Leaders 2026");
    expect(settingsSchema.safeParse({ programName: "\r\n\t" }).success).toBe(false);
    expect(dashboardTitle("A\nB")).toBe("A B · Dashboard");
    expect(planSheetBase("Ana\r\nLópez")).toBe("Plan · Ana López");
    const form = planFormSchema.safeParse({ menteeName: "Ana\nLópez", mentorName: "Bo\rB" });
    expect(form.success).toBe(false);
    if (!form.success) {
      const paths = form.error.issues.map((i) => i.path.join("."));
      expect(paths).not.toContain("menteeName");
      expect(paths).not.toContain("mentorName");
    }
  });

  it("stores each program reviewer once, whatever the letter case", () => {
    const settings = settingsSchema.parse({
      programReviewers: ["HR@example.com", "hr@example.com", " hr@EXAMPLE.com ", "ops@example.com"],
    });
    expect(settings.programReviewers).toEqual(["hr@example.com", "ops@example.com"]);
  });
});
