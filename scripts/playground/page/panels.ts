/** The Outbox (every email the add-on sent, the selected one rendered) and the Triggers panel. */
import type { WorkbookView } from "../view-types";
import { h } from "./dom";

export function drawOutbox(
  list: HTMLElement,
  preview: HTMLIFrameElement,
  heading: HTMLElement,
  workbook: WorkbookView,
  /** `picked`: the user chose an email; until then the newest one is shown. */
  state: { selected: number | null; picked: boolean },
): void {
  const mails = [...workbook.outbox].reverse();
  heading.textContent = `Outbox (${mails.length})`;
  if (!state.picked || (state.selected !== null && !workbook.outbox[state.selected])) {
    state.selected = mails[0]?.id ?? null;
  }
  const show = (id: number | null) => {
    state.selected = id;
    for (const row of Array.from(list.querySelectorAll("[aria-selected]"))) {
      row.setAttribute("aria-selected", String(Number((row as HTMLElement).dataset.id) === id));
    }
    const src = id === null ? "about:blank" : `/api/mail/${id}`;
    if (preview.getAttribute("src") !== src) preview.setAttribute("src", src);
  };
  if (mails.length === 0) {
    // A listbox may hold only options: the note is plain text until there is an email.
    list.removeAttribute("role");
    list.replaceChildren(h("p", { class: "empty" }, "No email sent yet."));
  } else {
    list.setAttribute("role", "listbox");
    list.replaceChildren(
      ...mails.map((mail) => {
        const row = h(
          "button",
          {
            type: "button",
            class: "mail",
            role: "option",
            "data-id": mail.id,
            "aria-selected": String(mail.id === state.selected),
          },
          h("span", { class: "mail-to" }, mail.to),
          h("span", { class: "mail-time" }, mail.sentLabel),
          h("span", { class: "mail-subject" }, mail.subject),
        );
        row.addEventListener("click", () => {
          state.picked = true;
          show(mail.id);
        });
        return row;
      }),
    );
  }
  show(state.selected);
}

export function drawTriggers(
  panel: HTMLElement,
  heading: HTMLElement,
  workbook: WorkbookView,
): void {
  heading.textContent = `Triggers (${workbook.triggers.length})`;
  const installed =
    workbook.triggers.length === 0
      ? h("p", { class: "empty" }, "No trigger installed.")
      : h(
          "ul",
          { class: "triggers" },
          ...workbook.triggers.map((t) =>
            h(
              "li",
              {},
              h("strong", {}, t.handler),
              ` · ${t.schedule}`,
              h("br"),
              h("span", { class: "muted" }, `next: ${t.nextRunLabel ?? "never"} · as ${t.owner}`),
            ),
          ),
        );
  const runs = [...workbook.triggerRuns].reverse();
  panel.replaceChildren(
    installed,
    h("h3", {}, "Recent runs"),
    runs.length === 0
      ? h("p", { class: "empty" }, "None yet: move the clock forward.")
      : h(
          "ul",
          { class: "runs" },
          ...runs.map((r) =>
            h(
              "li",
              { class: r.error ? "failed" : null },
              `${r.ranAtLabel} · ${r.handler}`,
              r.error ? ` · failed: ${r.error}` : "",
            ),
          ),
        ),
  );
}
