/**
 * "Send reviews now", with a confirmation step: it emails every reviewer, so one stray click
 * should not do it. Sending twice in a period sends nothing new (the server's ledger).
 */
import type { SidebarContext } from "../context";
import { errorText } from "../context";
import { button, h, replaceChildren, showMessage, whileBusy } from "../dom";

export function sendReviewsControl(ctx: SidebarContext, messages: HTMLElement): HTMLElement {
  const element = h("div", { class: "send-reviews" });
  const start = button("Send reviews now", () => ask());

  function ask(): void {
    const send = button("Yes, send now", () => void confirm(send), { class: "primary" });
    const cancel = button("Cancel", () => reset(true));
    const question = h(
      "div",
      { class: "confirm", role: "group", "aria-label": "Confirm sending reviews" },
      h(
        "p",
        {},
        "Email each reviewer the digest of the current period now? Reviewers who already got it are skipped.",
      ),
      h("div", { class: "button-row" }, send, cancel),
    );
    replaceChildren(element, question);
    send.focus();
  }

  async function confirm(send: HTMLButtonElement): Promise<void> {
    try {
      const result = await whileBusy(send, "Sending…", () => ctx.server.sendReviewsNow(), element);
      showMessage(messages, result.failed > 0 ? "error" : "success", result.message);
      void ctx.reload();
    } catch (error) {
      showMessage(messages, "error", `Reviews were not sent: ${errorText(error)}`);
    }
    reset(true);
  }

  function reset(focus: boolean): void {
    replaceChildren(element, start);
    if (focus) start.focus();
  }

  reset(false);
  return element;
}
