/**
 * The island of the final comparison figure: one checkbox per activation shows or hides its
 * curve; the legend keeps every entry (a complete key) and dims the hidden ones.
 */
import type { ComparisonIslandConfig } from "../lib/comparison";

export function mountComparison(figure: HTMLElement, config: ComparisonIslandConfig): void {
  const svg = figure.querySelector<SVGSVGElement>(".chart svg");
  const controls = figure.querySelector<HTMLElement>(".controls");
  if (!svg || !controls) return;
  controls.hidden = false;
  const legend = svg.querySelectorAll<SVGGElement>(".al-chart-legend-item");
  for (const box of controls.querySelectorAll<HTMLInputElement>('[data-role="pick"]')) {
    box.addEventListener("change", () => {
      const index = config.series.findIndex((s) => s.id === box.value);
      const series = config.series[index];
      if (!series) return;
      const group = svg.querySelector<SVGGElement>(`.${series.className}`);
      if (group) group.style.display = box.checked ? "" : "none";
      const item = legend[index];
      if (item) item.style.opacity = box.checked ? "" : "0.3";
    });
  }
}
