/**
 * The Reviews view: whether reviews will run and when, what the last run
 * sent, the day's mail quota, the settings, a digest preview and "Send reviews now".
 */
import type { SidebarState } from "../../src/domain/sidebar-contract/replies";
import { errorText, type SidebarContext, type View } from "../context";
import {
  field,
  h,
  messageArea,
  replaceChildren,
  setFieldError,
  showMessage,
  whileBusy,
} from "../dom";
import {
  checkPreviewEmail,
  lastReviewSummary,
  nextReviewSummary,
  previewCandidates,
  quotaSummary,
  scheduleSummary,
} from "../review-status";
import { sendReviewsControl } from "./send-reviews";
import { settingsForm } from "./settings-form";

/** Our own constant style, put before the digest so wide mail tables fit the sidebar. */
const PREVIEW_FIT =
  "<style>body{margin:6px;overflow-wrap:anywhere}table{max-width:100%!important}img{max-width:100%}</style>";

function pairsText(pairs: number): string {
  return pairs === 1 ? "1 pair" : `${pairs} pairs`;
}

export function reviewsView(ctx: SidebarContext): View {
  const heading = h("h2", { id: "review-title", tabindex: "-1" }, "Reviews");
  const status = h("ul", { class: "status", "aria-label": "Review status" });
  const messages = messageArea();

  const form = settingsForm(ctx, (saved) => {
    const state = ctx.state();
    showStatus({ ...state, settings: saved.settings, schedule: saved.schedule });
    void ctx.reload();
  });

  // Preview: the digest a reviewer would get now, drawn in a sandbox with no scripts.
  const previewEmail = field(
    "Reviewer email",
    h("input", {
      type: "email",
      id: "preview-reviewerEmail",
      // Not "reviewerEmail": that name belongs to the new-plan form's field.
      name: "previewEmail",
      list: "preview-candidates",
      autocomplete: "off",
    }),
  );
  const candidates = h("datalist", { id: "preview-candidates" });
  const previewMessages = messageArea();
  const previewFrame = h("div", { class: "preview" });
  // A form of its own, so Enter in the email field previews too.
  const previewButton = h("button", { type: "submit", class: "secondary" }, "Preview a digest");
  const previewForm = h(
    "form",
    { novalidate: true, "aria-labelledby": "preview-title" },
    previewEmail.wrapper,
    candidates,
    h("div", { class: "button-row" }, previewButton),
  );
  previewForm.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!previewButton.disabled) void preview();
  });

  async function preview(): Promise<void> {
    const checked = checkPreviewEmail(previewEmail.control.value);
    if (!checked.ok) {
      setFieldError(previewEmail, checked.message);
      replaceChildren(previewMessages);
      previewEmail.control.focus();
      return;
    }
    setFieldError(previewEmail, undefined);
    const email = checked.email;
    try {
      const result = await whileBusy(previewButton, "Preparing…", () =>
        ctx.server.previewReview(email),
      );
      if (result.noPairsNote) {
        // Nothing would be sent to this address: say so rather than draw an empty digest.
        showMessage(previewMessages, "info", h("p", { class: "strong" }, result.noPairsNote));
        replaceChildren(previewFrame);
        return;
      }
      showMessage(
        previewMessages,
        "info",
        h("p", { class: "strong" }, result.periodNote),
        h("p", {}, `Subject: ${result.subject}`),
        h(
          "p",
          {},
          `${pairsText(result.pairs)} for ${result.reviewerEmail}. Preview only: nothing was sent, and its links are inactive here.`,
        ),
      );
      const frame = h("iframe", {
        title: `Digest preview for ${result.reviewerEmail}`,
        sandbox: "",
        class: "preview-frame",
      });
      // srcdoc is a property, not markup in this page, and the empty sandbox runs no script.
      // Mail is laid out for ~600 px; the narrowing style keeps it readable in 300 px.
      frame.srcdoc = PREVIEW_FIT + result.html;
      replaceChildren(previewFrame, frame);
    } catch (error) {
      showMessage(previewMessages, "error", `No preview: ${errorText(error)}`);
      replaceChildren(previewFrame);
    }
  }

  const element = h(
    "section",
    { class: "view", "aria-labelledby": "review-title" },
    heading,
    status,
    form.element,
    h(
      "section",
      { class: "panel", "aria-labelledby": "preview-title" },
      h("h3", { id: "preview-title" }, "Preview a digest"),
      previewForm,
      previewMessages,
      previewFrame,
    ),
    h(
      "section",
      { class: "panel", "aria-labelledby": "send-title" },
      h("h3", { id: "send-title" }, "Send now"),
      sendReviewsControl(ctx, messages),
      messages,
    ),
  );

  function showStatus(state: SidebarState): void {
    const zone = state.spreadsheetTimeZone;
    if (state.checking) {
      // Served with the page: the schedule, the last review and the quota arrive a moment later.
      replaceChildren(
        status,
        h(
          "li",
          { role: "status" },
          "Checking the review schedule, the last review and the mail quota…",
        ),
      );
      return;
    }
    replaceChildren(
      status,
      h(
        "li",
        { class: state.schedule.installed ? "on" : "off" },
        scheduleSummary(state.settings, state.schedule),
      ),
      h("li", {}, nextReviewSummary(state.schedule, zone)),
      h("li", {}, lastReviewSummary(state.lastReview, zone)),
      h("li", {}, quotaSummary(state.remainingDailyMailQuota)),
    );
  }

  function update(state: SidebarState): void {
    showStatus(state);
    form.update(state);
    const emails = previewCandidates(state);
    replaceChildren(candidates, ...emails.map((email) => h("option", { value: email })));
    if (previewEmail.control.value === "") previewEmail.control.value = emails[0] ?? "";
  }

  update(ctx.state());
  return { element, update, focus: () => heading.focus() };
}
