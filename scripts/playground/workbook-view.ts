/**
 * The workbook around the grid, as the page shows it: tabs, the menus onOpen registered, the
 * sidebar the add-on last opened, the outbox, the triggers and the clock.
 */
import type { MenuEntry } from "../../test/emulator";
import type { Playground } from "./state";
import type { MenuItemView, TriggerView, WorkbookView } from "./view-types";

const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** "Mon 5 Jan 2026, 09:00" in the spreadsheet's time zone. */
export function timeLabel(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(date);
}

function menuItems(entries: readonly MenuEntry[]): MenuItemView[] {
  return entries.map((entry) => {
    if ("separator" in entry) return { caption: "", separator: true };
    if ("submenu" in entry) return { caption: entry.caption, submenu: menuItems(entry.submenu) };
    return { caption: entry.caption, functionName: entry.functionName };
  });
}

const pad = (n: number) => String(n).padStart(2, "0");

function scheduleText(trigger: Playground["env"]["triggers"][number]): string {
  const s = trigger.schedule;
  if (!s) return trigger.eventType.toLowerCase().replace(/_/g, " ");
  switch (s.kind) {
    case "minutes":
      return `every ${s.every === 1 ? "minute" : `${s.every} minutes`}`;
    case "hours":
      return `every ${s.every === 1 ? "hour" : `${s.every} hours`} at :${pad(s.minute)}`;
    case "days":
      return `every ${s.every === 1 ? "day" : `${s.every} days`} at ${pad(s.hour)}:${pad(s.minute)}`;
    case "weeks":
      return `every ${s.every === 1 ? "week" : `${s.every} weeks`} on ${WEEKDAYS[s.weekday]} at ${pad(s.hour)}:${pad(s.minute)}`;
    case "once":
      return "once";
  }
}

export function workbookView(pg: Playground): WorkbookView {
  const { env } = pg;
  const model = env.spreadsheet.model;
  const timeZone = model.timeZone;
  const active = model.byId(model.activeSheetId);
  const sidebar = env.ui.lastSidebar;
  const triggers: TriggerView[] = env.triggers.map((t) => ({
    id: t.id,
    handler: t.handler,
    eventType: t.eventType,
    schedule: scheduleText(t),
    owner: t.owner,
    nextRunLabel: t.nextFireAt ? timeLabel(t.nextFireAt, timeZone) : null,
  }));
  return {
    spreadsheetName: model.name,
    timeZone,
    now: env.clock.now().toISOString(),
    nowLabel: timeLabel(env.clock.now(), timeZone),
    userEmail: env.user,
    sheets: model.sheets.map((s) => ({ name: s.name, hidden: s.hidden })),
    activeSheet: active && !active.hidden ? active.name : null,
    menus: env.ui.menus.map((m) => ({ title: m.title, addon: m.addon, items: menuItems(m.items) })),
    sidebar: sidebar && pg.sidebarSeq > 0 ? { seq: pg.sidebarSeq, title: sidebar.title } : null,
    outbox: env.outbox.map((mail, id) => ({
      id,
      to: mail.to,
      subject: mail.subject,
      sentAt: mail.sentAt.toISOString(),
      sentLabel: timeLabel(mail.sentAt, timeZone),
      hasHtml: typeof mail.htmlBody === "string" && mail.htmlBody !== "",
    })),
    triggers,
    triggerRuns: pg.triggerRuns.slice(-20).map((r) => ({
      handler: r.handler,
      ranAtLabel: timeLabel(new Date(r.ranAt), timeZone),
      ...(r.error ? { error: r.error } : {}),
    })),
    revision: pg.revision,
  };
}
