/** The playground server's HTTP API, as the page calls it. */
import type { SheetView, WorkbookView } from "../view-types";

async function request<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? { cache: "no-store" }
      : {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        },
  );
  const data = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new Error(data.error ?? `The server answered ${response.status}.`);
  return data as T;
}

export const api = {
  workbook: () => request<WorkbookView>("/api/workbook"),
  sheet: (name: string) => request<SheetView>(`/api/sheet?name=${encodeURIComponent(name)}`),
  run: (name: string, args: unknown[] = []) =>
    request<{ value: unknown }>(`/api/run/${encodeURIComponent(name)}`, { args }),
  edit: (sheet: string, a1: string, value: string) => request("/api/edit", { sheet, a1, value }),
  advance: (days: number) =>
    request<{ runs: { handler: string; ranAt: string; error?: string }[] }>("/api/clock", {
      days,
    }),
  activate: (sheet: string) => request("/api/activate", { sheet }),
  select: (sheet: string, a1: string) => request("/api/select", { sheet, a1 }),
};
