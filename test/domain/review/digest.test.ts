import { describe, expect, it } from "vitest";
import {
  buildDigest,
  DIGEST_MAX_BYTES,
  type DigestInput,
  utf8Bytes,
} from "../../../src/domain/review/digest";
import { compactFacts, digestPairs, planTabUrl } from "../../../src/domain/review/digest-view";
import { periodOfDay } from "../../../src/domain/review/period";
import { pairsByReviewer } from "../../../src/domain/review/reviewers";
import { day, SHEET_URL, summary, TZ } from "./fixtures";

const period = periodOfDay("2026-01-12");

const onTrack = summary({
  planId: "plan-ontrack",
  sheetId: 11,
  menteeName: "Alice Ng",
  mentorName: "Mo Diaz",
  completion: 0.5,
  health: "On track",
  nextSteps: [{ step: "Book the next check-in", owner: "Mentee", byWhen: day("2026-01-30") }],
});
const stalled = summary({
  planId: "plan-stalled",
  sheetId: 22,
  menteeName: "Zoe Park",
  mentorName: "Lee Chan",
  completion: 0.2,
  health: "Stalled",
  lastCheckIn: day("2025-12-01"),
  daysSinceCheckIn: 44,
});
const atRisk = summary({
  planId: "plan-atrisk",
  sheetId: 33,
  menteeName: 'Eve "Evil" <script>alert(1)</script>',
  mentorName: "Bob & Co",
  focusArea: "<img src=x onerror=alert(1)>",
  completion: 0.333,
  health: "At risk",
  overdueActions: [
    {
      goalNumber: 1,
      text: "Shadow three <b>leadership</b> meetings",
      owner: "Mentee",
      dueDate: day("2026-01-09"),
      daysLate: 5,
    },
    {
      goalNumber: null,
      text: 'Read "The Manager\'s Path"',
      owner: null,
      dueDate: day("2026-01-13"),
      daysLate: 1,
    },
  ],
  nextSteps: [{ step: 'Ask "HR" <about> courses', owner: "Mentor", byWhen: null }],
  problems: [{ message: "Unknown status 'Donee'", row: 14 }],
});
const complete = summary({
  planId: "plan-done",
  sheetId: null,
  menteeName: "Ben Ode",
  completion: 1,
  health: "Complete",
  lastCheckIn: null,
  daysSinceCheckIn: null,
});

function input(overrides: Partial<DigestInput> = {}): DigestInput {
  return {
    programName: "Leaders 2026",
    reviewerEmail: "rita@example.com",
    period,
    pairs: [onTrack, complete, atRisk, stalled],
    previousCompletion: new Map([
      ["plan-ontrack", 0.38],
      ["plan-stalled", 0.2],
      ["plan-atrisk", 0.4],
    ]),
    spreadsheetUrl: SHEET_URL,
    timeZone: TZ,
    today: "2026-01-14",
    ...overrides,
  };
}

const ALLOWED_TAGS = new Set([
  "!doctype",
  "html",
  "head",
  "meta",
  "title",
  "body",
  "table",
  "tr",
  "td",
  "h1",
  "h2",
  "div",
  "p",
  "span",
  "strong",
  "a",
]);

/** Every tag in the HTML (escaped text holds no "<"), checked against the layout's own tags. */
function foreignTags(html: string): string[] {
  return (html.match(/<[^>]*>/g) ?? []).filter((tag) => {
    const name = /^<\/?([!a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? "";
    return !ALLOWED_TAGS.has(name) || /\s(on[a-z]+|src|class)\s*=/i.test(tag);
  });
}

const pos = (haystack: string, needle: string) => {
  const i = haystack.indexOf(needle);
  expect(i, needle).toBeGreaterThanOrEqual(0);
  return i;
};

describe("buildDigest", () => {
  const digest = buildDigest(input());

  it("has a subject with program, period and how many pairs need attention", () => {
    expect(digest.subject).toBe(
      "Mentoring review · Leaders 2026 · 12–25 Jan 2026 · 2 pairs need attention",
    );
    expect(buildDigest(input({ pairs: [onTrack] })).subject).toMatch(/· no pair needs attention$/);
    expect(buildDigest(input({ pairs: [onTrack, stalled] })).subject).toMatch(
      /· 1 pair needs attention$/,
    );
    expect(buildDigest(input({ programName: "Multi\nline\r\nname" })).subject).not.toMatch(
      /[\r\n]/,
    );
  });

  it("lists the pairs needing attention first: stalled, then at risk, then the others", () => {
    for (const body of [digest.html, digest.text]) {
      const order = ["Zoe Park", "Eve", "Alice Ng", "Ben Ode"].map((n) => pos(body, n));
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(pos(body, "Needs attention (2)")).toBeLessThan(order[0] ?? 0);
      expect(pos(body, "Other pairs (2)")).toBeLessThan(order[2] ?? 0);
    }
  });

  it("escapes every value from the sheet; no script or image can get in", () => {
    expect(digest.html).not.toContain("<script>");
    expect(digest.html).not.toContain("<img");
    expect(digest.html).not.toContain("<b>leadership");
    expect(digest.html).toContain(
      "Eve &quot;Evil&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; Bob &amp; Co",
    );
    expect(digest.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(digest.html).toContain("Ask &quot;HR&quot; &lt;about&gt; courses");
    expect(digest.html).toContain("Read &quot;The Manager&#39;s Path&quot;");
    // The only tags are our own layout: no scripts, images, style sheets or event handlers.
    expect(foreignTags(digest.html)).toEqual([]);
  });

  it("shows completion and its change since the reviewer's last digest", () => {
    expect(digest.text).toContain("Completion: 50% (completion +12 points since the last review)");
    expect(digest.text).toContain("Completion: 33% (completion −7 points since the last review)");
    expect(digest.text).toContain("Completion: 20% (completion unchanged since the last review)");
    expect(digest.text).toContain("Completion: 100% (pair added since the last review)");
    expect(digest.html).toContain("<strong>50%</strong>");
    const first = buildDigest(input({ previousCompletion: new Map() }));
    expect(first.text).toContain("Completion: 50% (first review)");
  });

  it("shows goals done, overdue actions (what, who, how late), last check-in, next steps", () => {
    expect(digest.text).toContain("Goals done: 1 of 3");
    const overdue = pos(
      digest.text,
      "Shadow three <b>leadership</b> meetings (goal 1) — Mentee, 5 days late (due 9 Jan 2026)",
    );
    // Most overdue first.
    expect(overdue).toBeLessThan(
      pos(digest.text, `Read "The Manager's Path" — no owner, 1 day late (due 13 Jan 2026)`),
    );
    expect(digest.text).toContain("Last check-in: 1 Dec 2025 (44 days ago)");
    expect(digest.text).toContain("Last check-in: no check-in yet");
    expect(digest.text).toContain("Book the next check-in — Mentee by 30 Jan 2026");
    expect(digest.text).toContain("Overdue actions: none");
    expect(digest.text).toContain(
      "Note: One entry in this plan's tab could not be read, so the figures above may leave it out.",
    );
    expect(digest.html).toContain("5 days late");
    expect(digest.html).toContain("(44 days ago)");
  });

  it("says why a pair has its health, caps a long overdue list, marks past next steps late", () => {
    const late = summary({
      planId: "plan-late",
      menteeName: "Kai Lund",
      health: "At risk",
      healthReason: "11 overdue actions",
      overdueActions: Array.from({ length: 11 }, (_, i) => ({
        goalNumber: 1,
        text: `Overdue step ${i + 1}`,
        owner: "Mentee" as const,
        dueDate: day("2026-01-02"),
        daysLate: 12 + i,
      })),
      nextSteps: [
        { step: "Send the course link", owner: "Mentor", byWhen: day("2026-01-10") },
        { step: "Plan the demo", owner: "Both", byWhen: day("2026-01-20") },
      ],
    });
    const d = buildDigest(input({ pairs: [late] }));
    for (const body of [d.text, d.html]) {
      expect(body).toContain("At risk — 11 overdue actions");
      expect(body).toContain("and 6 more — see the plan");
      // The five most days late are listed.
      expect(body).toContain("Overdue step 11");
      expect(body).toContain("Overdue step 7");
      expect(body).not.toContain("Overdue step 6");
    }
    expect(d.text).toContain("Send the course link — Mentor by 10 Jan 2026 (late)");
    expect(d.text).toContain("Plan the demo — Both by 20 Jan 2026\n");
    expect(d.text).not.toContain("Plan the demo — Both by 20 Jan 2026 (late)");
    // The compact line says what the percentage measures.
    const [pair] = digestPairs(input({ pairs: [late] }));
    expect(pair && compactFacts(pair).slice(0, 2)).toEqual([
      "40% complete",
      "pair added since the last review",
    ]);
  });

  it("links the spreadsheet and each plan tab by gid; a deleted tab gets no link", () => {
    expect(digest.html).toContain(`href="${SHEET_URL}"`);
    for (const id of [11, 22, 33]) expect(digest.html).toContain(`href="${SHEET_URL}#gid=${id}"`);
    expect(digest.text).toContain(`Plan: ${SHEET_URL}#gid=22`);
    expect(digest.html.match(/href="/g)).toHaveLength(4);
    expect(planTabUrl(`${SHEET_URL}#gid=0`, 7)).toBe(`${SHEET_URL}#gid=7`);
    expect(planTabUrl("javascript:alert(1)", 7)).toBeNull();
    expect(planTabUrl(SHEET_URL, null)).toBeNull();
  });

  it("never turns a spreadsheet URL with quotes into a broken or hostile attribute", () => {
    const d = buildDigest(
      input({ spreadsheetUrl: 'https://x.example/"><script>x</script>', pairs: [onTrack] }),
    );
    expect(foreignTags(d.html)).toEqual([]);
    expect(d.html).toContain('href="https://x.example/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it("is readable in mail clients: tables and inline styles, no external resources", () => {
    expect(digest.html).toMatch(/^<!DOCTYPE html>/);
    expect(digest.html).toContain('<table role="presentation"');
    expect(foreignTags(digest.html)).toEqual([]);
    expect(digest.html).toMatch(/<td [^>]*style="/);
  });

  it("returns the plan ids covered and the completion to store in the ledger", () => {
    expect(digest.planIds).toEqual(["plan-ontrack", "plan-done", "plan-atrisk", "plan-stalled"]);
    expect(digest.completion.get("plan-atrisk")).toBeCloseTo(0.333);
    expect(
      buildDigest(input({ pairs: [{ ...onTrack, completion: Number.NaN }] })).completion.get(
        "plan-ontrack",
      ),
    ).toBe(0);
  });

  it("a reviewer's digest holds only that reviewer's pairs", () => {
    const mine = summary({ menteeName: "Mine Only", reviewerEmail: "rita@example.com" });
    const theirs = summary({ menteeName: "Someone Else", reviewerEmail: "sam@example.com" });
    const { reviewers } = pairsByReviewer([mine, theirs], []);
    const d = buildDigest(input({ pairs: reviewers.get("rita@example.com") ?? [] }));
    expect(d.text).toContain("Mine Only");
    expect(d.text).not.toContain("Someone Else");
    expect(d.html).not.toContain("Someone Else");
    expect(d.planIds).toEqual([mine.planId]);
  });

  it("has a plain-text body with the same sections and no markup of its own", () => {
    expect(digest.text).toContain("Mentoring review — Leaders 2026");
    expect(digest.text).toContain("12–25 Jan 2026 · as of 14 Jan 2026 · 4 pairs");
    expect(digest.text).toContain("2 of 4 pairs need attention.");
    expect(digest.text).toContain(`Program spreadsheet: ${SHEET_URL}`);
    expect(digest.text).not.toMatch(/<(table|td|div|span|a)\b/);
  });
});

describe("digest size", () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      summary({
        menteeName: `Mentee ${String(i).padStart(3, "0")}`,
        health: i % 10 === 0 ? "Stalled" : "On track",
        nextSteps: [{ step: "Book the next check-in", owner: "Mentee", byWhen: day("2026-01-30") }],
      }),
    );

  it("utf8Bytes counts bytes, not characters", () => {
    expect(utf8Bytes("abc")).toBe(3);
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("–")).toBe(3);
    expect(utf8Bytes("😀")).toBe(4);
  });

  it("keeps a small digest in full cards", () => {
    const d = buildDigest(input({ pairs: many(5) }));
    expect(d.html.match(/border:1px solid #dadce0;border-radius:6px/g)).toHaveLength(5);
  });

  it("turns other pairs into table rows, then cuts the list, to stay within the size limit", () => {
    const pairs = many(500);
    const d = buildDigest(input({ pairs }));
    expect(utf8Bytes(d.html)).toBeLessThanOrEqual(DIGEST_MAX_BYTES);
    expect(utf8Bytes(d.text)).toBeLessThanOrEqual(DIGEST_MAX_BYTES);
    // Every stalled pair is listed, before any other pair.
    for (let i = 0; i < 500; i += 10)
      expect(d.html).toContain(`Mentee ${String(i).padStart(3, "0")}`);
    const m = /(\d+) more pairs are not listed here/.exec(d.text);
    expect(Number(m?.[1])).toBeGreaterThan(0);
    const listedRows = (d.text.match(/^- Mentee \d{3} &/gm) ?? []).length;
    expect(listedRows + Number(m?.[1])).toBe(500);
    expect(d.html).toContain("are not listed here");
    // The ledger still records every pair the digest covers.
    expect(d.planIds).toHaveLength(500);
  });

  it("with a tight limit, lists attention pairs compactly and says how many were left out", () => {
    const d = buildDigest(input({ pairs: many(40) }), 6_000);
    expect(utf8Bytes(d.html)).toBeLessThanOrEqual(6_000);
    expect(d.text).toMatch(/more pairs( \(\d+ needing attention\))? are not listed here/);
  });

  it("clips very long cell texts", () => {
    const long = "x".repeat(5_000);
    const d = buildDigest(
      input({
        pairs: [{ ...onTrack, nextSteps: [{ step: long, owner: "Mentee", byWhen: null }] }],
      }),
    );
    expect(d.text).not.toContain("x".repeat(201));
    expect(d.text).toContain(`${"x".repeat(199)}…`);
  });
});
