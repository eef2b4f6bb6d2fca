/**
 * An embedded chart drawn from its ranges: bars (horizontal for BAR, vertical otherwise) with
 * the values' own number format, as a simple SVG. The add-on's Dashboard chart is a bar chart
 * of completion per plan.
 */
import type { ChartView } from "../view-types";
import { h } from "./dom";

const SVG = "http://www.w3.org/2000/svg";

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

const truncate = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export function drawChart(chart: ChartView): HTMLElement {
  const box = h("figure", {
    class: "chart",
    style: `width:${chart.width}px;height:${chart.height}px`,
    "aria-label": chart.title || "Chart",
  });
  box.append(h("figcaption", {}, chart.title));
  const width = chart.width - 24;
  const height = chart.height - 44;
  // The text alternative says every bar in full (labels in the picture are cut to fit).
  const described =
    chart.bars.length === 0
      ? "no data"
      : chart.bars.map((bar) => `${bar.label} ${bar.text}`).join("; ");
  const plot = svg("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": `${chart.title || "Chart"}: ${described}`,
  });
  const percent = chart.valueFormat.endsWith("%");
  const max = Math.max(percent ? 1 : 0, ...chart.bars.map((b) => b.value)) || 1;
  if (chart.bars.length === 0) {
    plot.append(
      svg(
        "text",
        { x: width / 2, y: height / 2, "text-anchor": "middle", class: "empty" },
        "No data",
      ),
    );
  } else if (chart.type === "BAR") {
    const labelWidth = 130;
    const barArea = width - labelWidth - 48;
    const slot = height / chart.bars.length;
    const thickness = Math.min(22, slot * 0.7);
    chart.bars.forEach((bar, i) => {
      const y = i * slot + (slot - thickness) / 2;
      const length = Math.max(0, (bar.value / max) * barArea);
      plot.append(
        svg(
          "text",
          { x: labelWidth - 6, y: y + thickness / 2 + 4, "text-anchor": "end" },
          truncate(bar.label, 20),
        ),
        svg("rect", { x: labelWidth, y, width: length, height: thickness, rx: 2, class: "bar" }),
        svg(
          "text",
          { x: labelWidth + length + 4, y: y + thickness / 2 + 4, class: "value" },
          bar.text,
        ),
      );
    });
    plot.append(svg("line", { x1: labelWidth, y1: 0, x2: labelWidth, y2: height, class: "axis" }));
  } else {
    const slot = width / chart.bars.length;
    const thickness = Math.min(40, slot * 0.6);
    const barArea = height - 36;
    chart.bars.forEach((bar, i) => {
      const x = i * slot + (slot - thickness) / 2;
      const length = Math.max(0, (bar.value / max) * barArea);
      plot.append(
        svg("rect", {
          x,
          y: barArea - length + 14,
          width: thickness,
          height: length,
          rx: 2,
          class: "bar",
        }),
        svg(
          "text",
          {
            x: x + thickness / 2,
            y: barArea - length + 10,
            "text-anchor": "middle",
            class: "value",
          },
          bar.text,
        ),
        svg(
          "text",
          { x: x + thickness / 2, y: height - 4, "text-anchor": "middle" },
          truncate(bar.label, 12),
        ),
      );
    });
  }
  box.append(plot);
  return box;
}
