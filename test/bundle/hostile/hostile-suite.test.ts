/**
 * The hostile suite: one program lived through ten weeks by a user who renames, deletes, hides,
 * unhides, duplicates, reorders, narrows and widens every add-on tab, takes the add-on's tab names
 * before and after it makes its own, edits tabs while a review run is sending, moves the time
 * zone, and types control characters and duplicates into settings. hostile-world.ts checks, after
 * every run, that nothing crashed, no user data was lost, no email went twice, and every repair
 * was said; the last test prints the count.
 * Run `npm run build` first.
 */
import { describe, expect, it } from "vitest";
import { FEED_COLUMN } from "../../../src/domain/dashboard/program-feed";
import { columnLetter } from "../../../src/domain/sheet/a1-notation";
import type { InsertPlanResult } from "../../../src/domain/sidebar-contract/replies";
import { FEED_ROLE } from "../../../src/gas/program-feed-tab";
import { type Pair, planForm } from "../review-fixture";
import { HostileWorld } from "./hostile-world";

const w = new HostileWorld();
const { p, env } = w;
const pairs: Pair[] = [];
/** The Problems cell of a pair's row on the Dashboard. */
const problemsOf = (mentee: string) => {
  const table = env.inspect.sheetValues(w.tab("dashboard"));
  const header = table.findIndex((r) => r.includes("Problems") && r.includes("Plan id"));
  const column = table[header]?.indexOf("Problems") ?? -1;
  return String(table.find((r, i) => i > header && r[1] === mentee)?.[column] ?? "");
};
const nameOf = (pair: Pair) => env.spreadsheet.model.byId(pair.sheetId)?.name ?? "";
let extra = 0;

const refresh = () => w.run("refresh", () => p.bundle.call("refreshDashboard"));
const sendNow = () => w.run("send reviews now", () => p.sendNow());
const sidebar = () => w.run("sidebar", () => p.sidebar());
const insert = () =>
  w.run<InsertPlanResult>("insert", () => {
    extra += 1;
    const form = planForm({
      mentee: `Extra ${extra}`,
      mentor: `Guide ${extra}`,
      reviewer: "rita@example.com",
    });
    const result = p.bundle.call<InsertPlanResult>("insertPlan", form);
    if (result.ok) {
      const { planId, sheetName, sheetId } = result;
      pairs.push({
        planId,
        sheetName,
        sheetId,
        menteeEmail: form.menteeEmail,
        mentorEmail: form.mentorEmail,
      });
    }
    return result;
  });
/** Moves to the next review moment (Mondays 9:00 London) and one hour past: the trigger fires. */
const nextMonday = () =>
  w.run("scheduled run", () => {
    const now = new Date(env.clock.nowMs());
    const day = now.getUTCDay();
    const next = new Date(now);
    next.setUTCDate(now.getUTCDate() + ((8 - day) % 7 || 7));
    next.setUTCHours(10, 0, 0, 0);
    p.advanceTo(next);
  });
/** Scheduled runs until one sends digests (reviews go every other Monday). */
const untilSent = () => {
  const before = w.digests().length;
  nextMonday();
  if (w.digests().length === before) nextMonday();
};
/** A user edit made while the next review run is sending its first email. */
function duringNextSend(what: string, edit: () => void): void {
  w.act(what, () => {
    const off = env.faults.on("MailApp.sendEmail", () => {
      off();
      w.midRun(what, edit);
    });
  });
}

describe("before the add-on has made any tab", () => {
  it("the user's own Dashboard, Review log and feed-named tabs are never taken over", () => {
    w.act("a tab of the user's named Dashboard", () => {
      env.userInsertSheet("Dashboard");
      env.userEdit("Dashboard", "A1", [["My own dashboard", 42]]);
    });
    w.act("a tab of the user's named Review log, 8 columns wide", () => {
      env.userInsertSheet("Review log");
      env.userEdit("Review log", "A1", [
        ["When", "Who", "What", "Where", "Why", "How", "Cost", "Note"],
      ]);
      env.userEdit("Review log", "A2", [["2025-12-01", "me", "sent", "x", "y", "z", 3, "keep"]]);
    });
    w.act("a tab of the user's named like the feed", () => {
      env.userInsertSheet("Plan feed (used by the add-on)");
      env.userEdit("Plan feed (used by the add-on)", "A1", [["mine"]]);
    });
    w.act("a tab of the user's named like the plan template", () => {
      env.userInsertSheet("Plan template · layout 1 (used by the add-on)");
      env.userEdit("Plan template · layout 1 (used by the add-on)", "A1", [["mine too"]]);
    });
    w.work(() => env.userInsertSheet("Notes"));
    w.work(() => env.userEdit("Notes", "A1", [["Program notes"], ["do not touch"]]));
    for (const [mentee, reviewer] of [
      ["Ann", "rita@example.com"],
      ["Bea", "rita@example.com"],
      ["Cy", "sam@example.com"],
      ["Dee", "sam@example.com"],
    ] as const) {
      const pair = w.run<Pair>("insert", () =>
        p.insert({ mentee, mentor: `Mentor of ${mentee}`, reviewer }),
      );
      if (pair) pairs.push(pair);
    }
    w.run("save settings", () => p.scheduleReviews({ nudgesEnabled: true }));
    refresh();
    nextMonday();
    refresh();
    expect(w.tab("dashboard")).toBe("Dashboard (2)");
    expect(w.tab("review-log")).toBe("Review log (2)");
    expect(w.digests()).toHaveLength(3);
  });
});

describe("the Dashboard", () => {
  it("renamed, its name taken, hidden, unhidden, duplicated, moved", () => {
    w.act("rename the Dashboard", () =>
      env.userRenameSheet(w.tab("dashboard"), "Program overview"),
    );
    refresh();
    w.act("a new tab of the user's takes the Dashboard's old name", () => {
      env.userInsertSheet("Dashboard (2)");
      env.userEdit("Dashboard (2)", "A1", [["also mine"]]);
    });
    refresh();
    insert();
    w.act("hide the Dashboard", () => env.userHideSheet(w.tab("dashboard")));
    refresh();
    w.act("unhide the Dashboard", () => env.userShowSheet(w.tab("dashboard")));
    w.act("duplicate the Dashboard", () => env.userDuplicateSheet(w.tab("dashboard")));
    refresh();
    sendNow();
    w.act("move the Dashboard to the end", () => env.userMoveSheet(w.tab("dashboard"), 99));
    insert();
    expect(w.tab("dashboard")).toBe("Program overview");
  });

  it("widened, narrowed, rows deleted, deleted", () => {
    w.act("insert two columns in the Dashboard", () =>
      env.userInsertColumnsAfter(w.tab("dashboard"), 3, 2),
    );
    refresh();
    w.act("delete the Dashboard's last two columns", () =>
      env.userDeleteColumns(w.tab("dashboard"), 17, 2),
    );
    refresh();
    insert();
    w.act("delete rows above the Dashboard's table", () =>
      env.userDeleteRows(w.tab("dashboard"), 3, 3),
    );
    refresh();
    w.act("delete the Dashboard's plan rows", () => env.userDeleteRows(w.tab("dashboard"), 17, 3));
    refresh();
    w.act("delete the Dashboard", () => env.userDeleteSheet(w.tab("dashboard")));
    insert();
    refresh();
    expect(w.addonTabs().has("dashboard")).toBe(true);
  });
});

describe("the Review log", () => {
  it("renamed, hidden, unhidden, duplicated, moved, hand-edited: nobody emailed twice", () => {
    w.act("rename the Review log", () =>
      env.userRenameSheet(w.tab("review-log"), "Review log (2026)"),
    );
    sendNow();
    w.act("hide the Review log", () => env.userHideSheet(w.tab("review-log")));
    sendNow();
    w.act("unhide the Review log", () => env.userShowSheet(w.tab("review-log")));
    w.act("duplicate the Review log", () => env.userDuplicateSheet(w.tab("review-log")));
    nextMonday();
    w.act("move the Review log first", () => env.userMoveSheet(w.tab("review-log"), 0));
    w.act("a sent row hand-edited to deferred", () => {
      const log = w.tab("review-log");
      const values = env.inspect.sheetValues(log);
      const row = values.findIndex((r) => r[5] === "sent");
      env.userEdit(log, `F${row + 1}`, "deferred");
    });
    sendNow();
    w.act("every row of the log cleared by hand", () => {
      const log = w.tab("review-log");
      env.userClear(log, `A2:J${env.inspect.sheetValues(log).length}`);
    });
    sendNow();
  });

  it("narrowed, widened, replaced by a hand-renamed 8-column tab, deleted: rebuilt and said", () => {
    w.act("delete the Review log's columns H to J", () =>
      env.userDeleteColumns(w.tab("review-log"), 8, 3),
    );
    sendNow();
    expect(w.logNotes().join(" ")).toMatch(/changed by hand \(it has 7 of its 10 columns\)/);
    w.act("insert a column in the Review log", () =>
      env.userInsertColumnsAfter(w.tab("review-log"), 2),
    );
    nextMonday();
    w.act("delete two rows of the Review log", () => env.userDeleteRows(w.tab("review-log"), 2, 2));
    sendNow();
    w.act("the user's 8-column tab renamed to the Review log's name", () => {
      env.userRenameSheet("Review log", "Old review notes");
      env.userRenameSheet(w.tab("review-log"), "Log of reviews");
      env.userRenameSheet("Old review notes", "Review log");
    });
    sendNow();
    w.act("delete the Review log", () => env.userDeleteSheet(w.tab("review-log")));
    sendNow();
    expect(w.logNotes().join(" ")).toMatch(/made again/);
    nextMonday();
  });
});

describe("the feed and the plan template (hidden machinery)", () => {
  it("unhidden, renamed, narrowed, duplicated, deleted", () => {
    // The feed is written by a refresh once the Dashboard lists the plans.
    refresh();
    refresh();
    w.act("unhide the feed", () => env.userShowSheet(w.tab(FEED_ROLE)));
    refresh();
    w.act("rename the feed", () => env.userRenameSheet(w.tab(FEED_ROLE), "Feed"));
    refresh();
    w.act("spoil the feed's snapshots and copies by hand", () => {
      const feed = w.tab(FEED_ROLE);
      const at = (key: keyof typeof FEED_COLUMN, row: number) =>
        `${columnLetter(FEED_COLUMN[key])}${row}`;
      env.userEdit(feed, at("snapshot", 2), '{"v":1,"id":"plan-forged"}');
      env.userEdit(feed, at("snapshot", 3), "");
      env.userEdit(feed, at("copy", 4), "typed over");
      env.userEdit(feed, at("text", 5), "=");
    });
    refresh();
    refresh();
    w.act("narrow the feed (its formula column deleted)", () =>
      env.userDeleteColumns(w.tab(FEED_ROLE), FEED_COLUMN.text, 1),
    );
    refresh();
    refresh();
    w.act("duplicate the feed", () => env.userDuplicateSheet(w.tab(FEED_ROLE)));
    refresh();
    w.act("insert a column at the feed's start", () =>
      env.userInsertColumnsAfter(w.tab(FEED_ROLE), 1, 1),
    );
    refresh();
    refresh();
    w.act("delete the feed", () => env.userDeleteSheet(w.tab(FEED_ROLE)));
    refresh();
    sendNow();
  });

  it("the template unhidden, rows deleted, widened, renamed, duplicated, deleted: inserts go on", () => {
    const template = () => w.tab(w.templateRole());
    w.act("unhide the plan template", () => env.userShowSheet(template()));
    insert();
    w.act("delete rows of the plan template", () => env.userDeleteRows(template(), 5, 6));
    const made = insert();
    expect(JSON.stringify(made)).not.toBe("null");
    w.act("insert columns in the plan template", () =>
      env.userInsertColumnsAfter(template(), 2, 1),
    );
    insert();
    w.act("insert rows in the plan template", () => env.userInsertRowsAfter(template(), 20, 3));
    insert();
    w.act("rename the plan template", () => env.userRenameSheet(template(), "Template"));
    insert();
    w.act("duplicate the plan template", () => env.userDuplicateSheet(template()));
    insert();
    w.act("delete the plan template", () => env.userDeleteSheet(template()));
    insert();
    refresh();
  });
});

describe("plan tabs", () => {
  it("renamed, duplicated, unlinked, merged over, narrowed, widened, hidden, moved", () => {
    const ann = pairs[0] as Pair;
    const bea = pairs[1] as Pair;
    const extra1 = pairs[4] as Pair;
    w.act("rename a plan tab", () => env.userRenameSheet(nameOf(ann), "Ann's plan"));
    refresh();
    w.act("duplicate a plan tab", () => env.userDuplicateSheet(nameOf(bea)));
    refresh();
    expect(problemsOf("Bea")).toMatch(/2 tabs carry this plan \(a tab was duplicated\)/);
    // The pair works in the copy: a check-in there makes it the plan read.
    const yesterday = new Date(env.clock.nowMs() - 86_400_000).toISOString().slice(0, 10);
    w.work(() => p.logCheckIn(`Copy of ${nameOf(bea)}`, yesterday, "Worked in the copy"));
    refresh();
    expect(problemsOf("Bea")).toMatch(
      /"Copy of Plan · Bea" is read, as the one with the latest check-in/,
    );
    sendNow();
    w.act("a plan tab's developer metadata removed", () =>
      env.userRemoveSheetMetadata(nameOf(extra1)),
    );
    const relinked = refresh() as { message: string } | null;
    expect(relinked?.message).toMatch(/had lost its hidden plan id .* linked it to its plan again/);
    expect(env.inspect.metadata(nameOf(extra1)).map((m) => m.value)).toEqual([extra1.planId]);
    w.act("merge cells over action rows", () => {
      const name = nameOf(ann);
      const row = env.inspect.sheetValues(name).findIndex((r) => r[0] === "ACTIONS") + 3;
      env.userMerge(name, `C${row}:H${row + 1}`);
    });
    refresh();
    expect(problemsOf("Ann")).toMatch(/under merged cells/);
    w.act("delete a plan tab's last column", () => env.userDeleteColumns(nameOf(bea), 8, 1));
    refresh();
    w.act("insert a column in a plan tab", () => env.userInsertColumnsAfter(nameOf(ann), 2, 1));
    refresh();
    w.act("hide a plan tab", () => env.userHideSheet(nameOf(bea)));
    w.act("move a plan tab first", () => env.userMoveSheet(nameOf(ann), 0));
    insert();
    nextMonday();
    w.act("delete a plan tab", () => env.userDeleteSheet(nameOf(extra1)));
    refresh();
    sendNow();
  });

  it("paused and closed plans get no reminders and are never stalled", () => {
    const [cy, dee] = [pairs[2] as Pair, pairs[3] as Pair];
    w.act("a plan set to Paused", () => p.setHeader(nameOf(cy), "Plan status", "Paused"));
    w.act("a plan closed early by hand", () =>
      p.setHeader(nameOf(dee), "Plan status", "Closed – ended early"),
    );
    const before = env.outbox.length;
    refresh();
    nextMonday();
    const reminded = env.outbox
      .slice(before)
      .filter((m) => m.subject.startsWith("Mentoring plan reminder"))
      .map((m) => m.to);
    expect(reminded.some((to) => to.includes(cy.menteeEmail) || to.includes(dee.menteeEmail))).toBe(
      false,
    );
    const table = env.inspect.sheetValues(w.tab("dashboard"));
    const health = (name: string) => table.find((r) => r[1] === name)?.[15];
    expect([health("Cy"), health("Dee")]).toEqual(["Paused", "Closed"]);
  });
});

describe("edits between the steps of a review run", () => {
  it("the log deleted, renamed or narrowed, the Dashboard or a plan tab deleted while sending", () => {
    duringNextSend("delete the Review log while a run sends", () =>
      env.userDeleteSheet(w.tab("review-log")),
    );
    untilSent();
    duringNextSend("rename the Review log while a run sends", () =>
      env.userRenameSheet(w.tab("review-log"), "Renamed mid-run"),
    );
    untilSent();
    duringNextSend("delete the Review log's last columns while a run sends", () =>
      env.userDeleteColumns(w.tab("review-log"), 9, 2),
    );
    untilSent();
    duringNextSend("delete the Dashboard while a run sends", () =>
      env.userDeleteSheet(w.tab("dashboard")),
    );
    untilSent();
    refresh();
    insert();
    const last = pairs[pairs.length - 1] as Pair;
    duringNextSend("delete a plan tab while a run sends", () => env.userDeleteSheet(nameOf(last)));
    untilSent();
    sendNow();
  });
});

describe("settings, names and time", () => {
  it("control characters, duplicate reviewers, a moved time zone, no free tab name", () => {
    w.act("CR/LF typed into the program name", () => {
      w.run("save settings", () =>
        p.scheduleReviews({ programName: "Leaders\r\nBcc: x@evil.example", nudgesEnabled: true }),
      );
    });
    w.act("the same program reviewer typed three times", () => {
      w.run("save settings", () =>
        p.scheduleReviews({
          programName: "Leaders",
          nudgesEnabled: true,
          programReviewers: ["hr@example.com", "HR@example.com", "hr@example.com "],
        }),
      );
    });
    const state = sidebar() as { settings: { programReviewers: string[] } } | null;
    expect(state?.settings.programReviewers).toEqual(["hr@example.com"]);
    nextMonday();
    expect(env.outbox.every((m) => !/[\r\n]/.test(`${m.name ?? ""}${m.subject}`))).toBe(true);
    w.act("the spreadsheet's time zone moved east", () =>
      env.rt.direct(() => env.spreadsheet.setSpreadsheetTimeZone("Pacific/Kiritimati")),
    );
    sendNow();
    w.act("the spreadsheet's time zone moved far west", () =>
      env.rt.direct(() => env.spreadsheet.setSpreadsheetTimeZone("Pacific/Pago_Pago")),
    );
    sendNow();
    nextMonday();
    w.act("the Dashboard deleted, then every Dashboard name taken", () => {
      env.userDeleteSheet(w.tab("dashboard"));
      for (let n = 1; n <= 50; n++) {
        const name = n === 1 ? "Dashboard" : `Dashboard (${n})`;
        if (!env.inspect.sheetNames().includes(name)) env.userInsertSheet(name);
      }
    });
    const refreshed = refresh() as { message: string } | null;
    expect(refreshed?.message).toMatch(/No free tab name for "Dashboard"/);
    const inserted = w.run<{ ok: boolean; message: string }>("insert", () =>
      p.bundle.call(
        "insertPlan",
        planForm({ mentee: "Zed", mentor: "Yan", reviewer: "rita@example.com" }),
      ),
    );
    expect(inserted).toMatchObject({
      ok: false,
      message: expect.stringMatching(/No free tab name/),
    });
    w.act("one Dashboard name freed", () => env.userDeleteSheet("Dashboard (7)"));
    refresh();
    nextMonday();
    sendNow();
  });
});

describe("the verdict", () => {
  it("no crash, no user data lost, no email duplicated or lost", () => {
    const line = w.verdict();
    console.log(line);
    expect(w.actions).toBeGreaterThanOrEqual(60);
    expect(line).toMatch(
      /^\d+ hostile actions: 0 crashes, 0 user data lost, 0 emails duplicated or lost$/,
    );
  });
});
