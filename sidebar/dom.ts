/**
 * Tiny element builders. Text always goes in as text nodes or textContent, never as markup, so
 * every value from the server is escaped by construction.
 */

export type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined>;

/** An element with attributes (false/null/undefined leave one out; true sets it empty). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** A button (never a submit button unless asked), with its click handler. */
export function button(
  label: string,
  onClick: ((event: MouseEvent) => void) | null,
  attributes: Attributes = {},
): HTMLButtonElement {
  const element = h("button", { type: "button", class: "secondary", ...attributes }, label);
  if (onClick) element.addEventListener("click", onClick);
  return element;
}

/** Runs an async job with a button in its busy state: disabled, aria-busy, a "…ing" label. */
export async function whileBusy<T>(
  control: HTMLButtonElement,
  busyLabel: string,
  job: () => Promise<T>,
  region: HTMLElement = control,
): Promise<T> {
  const label = control.textContent ?? "";
  control.disabled = true;
  control.textContent = busyLabel;
  region.setAttribute("aria-busy", "true");
  try {
    return await job();
  } finally {
    control.disabled = false;
    control.textContent = label;
    region.removeAttribute("aria-busy");
  }
}

export type MessageKind = "info" | "success" | "error";

/** A place for a view's messages; errors are announced at once, the rest politely. */
export function messageArea(): HTMLDivElement {
  return h("div", { class: "messages" });
}

export function showMessage(area: HTMLElement, kind: MessageKind, ...lines: Child[]): HTMLElement {
  const message = h(
    "div",
    { class: `message ${kind}`, role: kind === "error" ? "alert" : "status", tabindex: "-1" },
    ...lines,
  );
  replaceChildren(area, message);
  return message;
}

/** A labelled control with its hint and error slot, wired for aria-describedby. */
export interface Field {
  wrapper: HTMLDivElement;
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  error: HTMLParagraphElement;
  /** Ids that always describe the control (its hint, or a hint shared with other fields). */
  describedBy: string[];
}

/** The mark after a required field's label (screen readers hear aria-required instead). */
export function requiredMark(): HTMLElement {
  return h("span", { class: "required", "aria-hidden": "true", title: "required" }, " *");
}

export function field(
  label: string,
  control: Field["control"],
  options: { hint?: string; sharedHintId?: string; required?: boolean } = {},
): Field {
  const id = control.id;
  if (options.required) control.setAttribute("aria-required", "true");
  const hint = options.hint ? h("p", { class: "hint", id: `${id}-hint` }, options.hint) : null;
  const error = h("p", { class: "field-error", id: `${id}-error`, hidden: true });
  const describedBy = [hint?.id, options.sharedHintId].filter((x): x is string => !!x);
  const wrapper = h(
    "div",
    { class: "field" },
    h("label", { for: id }, label, options.required ? requiredMark() : null),
    hint,
    control,
    error,
  );
  const f = { wrapper, control, error, describedBy };
  setFieldError(f, undefined);
  return f;
}

/** Shows or clears a field's error: text next to it, aria-invalid and aria-describedby. */
export function setFieldError(f: Field, message: string | undefined): void {
  f.error.textContent = message ?? "";
  f.error.hidden = !message;
  if (message) f.control.setAttribute("aria-invalid", "true");
  else f.control.removeAttribute("aria-invalid");
  const ids = message ? [...f.describedBy, f.error.id] : f.describedBy;
  if (ids.length > 0) f.control.setAttribute("aria-describedby", ids.join(" "));
  else f.control.removeAttribute("aria-describedby");
}

/** A checkbox with its label after it (the usual reading order for a switch-like option). */
export function checkbox(name: string, id: string, label: string, checked: boolean) {
  const control = h("input", { type: "checkbox", name, id, checked });
  const error = h("p", { class: "field-error", id: `${id}-error`, hidden: true });
  const wrapper = h(
    "div",
    { class: "field check" },
    control,
    h("label", { for: id }, label),
    error,
  );
  return { wrapper, control, error, describedBy: [] } satisfies Field;
}

/** Something an error can be shown on and the focus moved to. */
export interface ErrorTarget {
  show(message: string | undefined): void;
  focus(): void;
}

export function fieldTarget(f: Field): ErrorTarget {
  return { show: (message) => setFieldError(f, message), focus: () => f.control.focus() };
}

/** An error shown in a paragraph of its own (e.g. on a list of actions); focus goes to it. */
export function paragraphTarget(paragraph: HTMLElement): ErrorTarget {
  paragraph.tabIndex = -1;
  return {
    show: (message) => {
      paragraph.textContent = message ?? "";
      paragraph.hidden = !message;
    },
    focus: () => paragraph.focus(),
  };
}

/** A <select> whose options are values with optional display labels. */
export function select(
  attributes: Attributes,
  options: readonly (string | { value: string; label: string })[],
  selected: string,
  placeholder?: string,
): HTMLSelectElement {
  const element = h("select", attributes);
  if (placeholder !== undefined) append(element, h("option", { value: "" }, placeholder));
  for (const option of options) {
    const { value, label } = typeof option === "string" ? { value: option, label: option } : option;
    append(element, h("option", { value }, label));
  }
  element.value = selected;
  return element;
}
