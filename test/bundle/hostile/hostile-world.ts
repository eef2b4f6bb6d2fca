/**
 * A program played by a hostile but ordinary user, through the built bundle (dist/Code.js): the
 * user renames, deletes, hides, unhides, duplicates, reorders, narrows and widens tabs between
 * (and during) the add-on's runs, and every run is checked mechanically against three promises:
 *
 * - no crash: every entry point returns, every trigger run ends without an error;
 * - no user data lost: every tab that is not the add-on's (found by the add-on's own mark) —
 *   the user's tabs, the pairs' plan tabs, tabs the add-on retired — has the same cells after
 *   each run as before it, and none disappears;
 * - no email duplicated or lost: no reviewer gets a period's digest twice, no pair a period's
 *   reminder twice; at the end every reviewer has every period that went out exactly once.
 *
 * And every repair is visible: when an add-on tab is replaced by a new one while the old one is
 * still there, the run's message, a toast or a Review log note says so.
 */
import { expect } from "vitest";
import { ADDON_TAB_METADATA_KEY } from "../../../src/gas/addon-tabs";
import { ReviewProgram, subjectPeriod } from "../review-fixture";

export const REVIEWERS = ["hr@example.com", "rita@example.com", "sam@example.com"] as const;

type Op = () => unknown;

interface TabSnapshot {
  name: string;
  values: unknown[][];
}

const json = (v: unknown) =>
  JSON.stringify(v, (_k, x) => (x instanceof Date ? `D:${x.toISOString()}` : x));

export class HostileWorld {
  readonly p = new ReviewProgram({ mailQuota: 1500 });
  readonly env = this.p.env;
  /** Hostile actions taken (the suite's N). */
  actions = 0;
  crashes: string[] = [];
  dataLost: string[] = [];
  silentRepairs: string[] = [];
  private userTabs = new Map<number, TabSnapshot>();
  private log: string[] = [];

  /** The add-on's tabs now, by role, from its marks (what the add-on itself would find). */
  addonTabs(): Map<string, { id: number; name: string }> {
    const model = this.env.spreadsheet.model;
    const out = new Map<string, { id: number; name: string }>();
    for (const m of model.metadata) {
      if (m.key !== ADDON_TAB_METADATA_KEY || m.sheetId === null) continue;
      const cut = (m.value ?? "").lastIndexOf(":");
      const role = (m.value ?? "").slice(0, cut);
      const sheet = model.byId(m.sheetId);
      if (!sheet || (m.value ?? "").slice(cut + 1) !== String(m.sheetId) || out.has(role)) continue;
      out.set(role, { id: sheet.id, name: sheet.name });
    }
    return out;
  }

  /** The name of the add-on's tab for a role ("dashboard", "review-log", "feed", template). */
  tab(role: string): string {
    const found = this.addonTabs().get(role);
    if (!found) throw new Error(`No add-on tab for ${role}: ${[...this.addonTabs().keys()]}`);
    return found.name;
  }

  templateRole(): string {
    const role = [...this.addonTabs().keys()].find((r) => r.startsWith("Plan template"));
    if (!role) throw new Error("No plan template yet.");
    return role;
  }

  /** Every tab that is not the add-on's: the user's and the pairs' (plan tabs) data. */
  private snapshotUserTabs(): Map<number, TabSnapshot> {
    const addon = new Set([...this.addonTabs().values()].map((t) => t.id));
    const out = new Map<number, TabSnapshot>();
    for (const sheet of this.env.spreadsheet.model.sheets) {
      if (addon.has(sheet.id)) continue;
      out.set(sheet.id, { name: sheet.name, values: this.env.inspect.sheetValues(sheet.name) });
    }
    return out;
  }

  /** A hostile user action (counted); the user's data is what they leave behind. */
  act(what: string, edit: () => void): void {
    this.actions += 1;
    this.log.push(`action ${this.actions}: ${what}`);
    edit();
    this.userTabs = this.snapshotUserTabs();
  }

  /**
   * A hostile action made while a run is under way (from a fault hook): what the run did to the
   * user's tabs so far is checked first, then the user's edit becomes the new baseline.
   */
  midRun(what: string, edit: () => void): void {
    this.checkUserData(`before "${what}"`);
    edit();
    this.userTabs = this.snapshotUserTabs();
  }

  /** Edits a user makes that are not hostile (the pairs' work): data, not counted. */
  work(edit: () => void): void {
    edit();
    this.userTabs = this.snapshotUserTabs();
  }

  /** An add-on run, with the invariants checked after it. Returns the run's result (or null). */
  run<T>(what: string, op: Op): T | null {
    const runsBefore = this.env.triggerRuns.length;
    const toastsBefore = this.env.ui.toasts.length;
    const tabsBefore = this.addonTabs();
    let result: unknown = null;
    try {
      result = op();
    } catch (error) {
      this.crashes.push(`${what}: ${(error as Error).message}\n${this.log.slice(-3).join("\n")}`);
    }
    for (const r of this.env.triggerRuns.slice(runsBefore)) {
      if (r.error) this.crashes.push(`${what} (trigger ${r.handler}): ${r.error}`);
    }
    this.checkUserData(what);
    this.checkRepairsSaid(what, tabsBefore, result, toastsBefore);
    this.checkNoDuplicates(what);
    this.userTabs = this.snapshotUserTabs();
    return result as T | null;
  }

  private checkUserData(what: string): void {
    const now = this.snapshotUserTabs();
    const sheets = new Map(this.env.spreadsheet.model.sheets.map((s) => [s.id, s]));
    for (const [id, before] of this.userTabs) {
      if (!sheets.has(id)) {
        this.dataLost.push(`${what}: the tab "${before.name}" disappeared`);
        continue;
      }
      const after = now.get(id);
      if (!after) {
        // The add-on marked a tab it did not make as its own.
        this.dataLost.push(`${what}: the add-on took over "${before.name}"`);
      } else if (json(after.values) !== json(before.values)) {
        this.dataLost.push(`${what}: the cells of "${before.name}" changed`);
      }
    }
  }

  private checkRepairsSaid(
    what: string,
    before: Map<string, { id: number; name: string }>,
    result: unknown,
    toastsBefore: number,
  ): void {
    const after = this.addonTabs();
    const alive = new Set(this.env.spreadsheet.model.sheets.map((s) => s.id));
    for (const [role, old] of before) {
      const now = after.get(role);
      // Replaced while the old tab is still there: the add-on retired it, and must say so.
      if (!now || now.id === old.id || !alive.has(old.id)) continue;
      const message =
        typeof result === "object" && result !== null && "message" in result
          ? String(result.message)
          : "";
      const said = [
        message,
        ...this.env.ui.toasts.slice(toastsBefore).map((t) => t.message),
        ...this.logNotes(),
      ].some((text) => text.includes(`"${old.name}"`) && /changed by hand/.test(text));
      if (!said) this.silentRepairs.push(`${what}: ${role} "${old.name}" replaced silently`);
    }
  }

  /** The Review log's note rows (what the add-on repaired). */
  logNotes(): string[] {
    const log = this.addonTabs().get("review-log");
    if (!log) return [];
    return this.env.inspect
      .sheetValues(log.name)
      .filter((r) => r[2] === "note")
      .map((r) => String(r[6]));
  }

  /** Digests as (reviewer, period label), and reminders as (pair, UTC fortnight). */
  digests(): string[] {
    return this.env.outbox
      .filter((m) => m.subject.startsWith("Mentoring review"))
      .map((m) => `${m.to} ${subjectPeriod(m.subject)}`);
  }

  private nudges(): string[] {
    const fortnight = (d: Date) => Math.floor((d.getTime() / 86_400_000 + 3) / 14);
    return this.env.outbox
      .filter((m) => m.subject.startsWith("Mentoring plan reminder"))
      .map((m) => `${m.to} ${fortnight(m.sentAt)}`);
  }

  duplicatedEmails(): string[] {
    const dup = (keys: string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);
    return [...dup(this.digests()), ...dup(this.nudges())];
  }

  private checkNoDuplicates(what: string): void {
    const dups = this.duplicatedEmails();
    if (dups.length > 0) this.crashes.push(`${what}: duplicated ${dups.join(", ")}`);
  }

  /** Every period that went out, to every reviewer, exactly once. */
  lostEmails(): string[] {
    const sent = this.digests();
    const periods = [...new Set(sent.map((k) => k.slice(k.indexOf(" ") + 1)))];
    const lost: string[] = [];
    for (const period of periods) {
      for (const r of REVIEWERS) if (!sent.includes(`${r} ${period}`)) lost.push(`${r} ${period}`);
    }
    return lost;
  }

  /** The one line the suite prints, and the assertions behind it. */
  verdict(): string {
    const duplicated = this.duplicatedEmails();
    const lost = this.lostEmails();
    const line = `${this.actions} hostile actions: ${this.crashes.length} crashes, ${this.dataLost.length} user data lost, ${duplicated.length + lost.length} emails duplicated or lost`;
    expect({ crashes: this.crashes, dataLost: this.dataLost, duplicated, lost }).toEqual({
      crashes: [],
      dataLost: [],
      duplicated: [],
      lost: [],
    });
    expect(this.silentRepairs).toEqual([]);
    return line;
  }
}
