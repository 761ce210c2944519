/**
 * The island of an activation figure: an α or β slider, GELU's exact form against its tanh
 * approximation, and a derivative toggle. Curves are resampled from the registry of
 * @activation-lab/core (through @activation-lab/charts/data, the same sampling the server
 * chart used) and drawn with d3-scale and d3-shape into the server-rendered SVG's paths.
 */
import { activationData } from "@activation-lab/charts/data";
import { type ActivationId, formatNumber } from "@activation-lab/core";
import type { ActivationIslandConfig } from "../lib/figures";
import { drawSeries } from "./draw";

export function mountActivation(figure: HTMLElement, config: ActivationIslandConfig): void {
  const svg = figure.querySelector<SVGSVGElement>(".chart svg");
  const controls = figure.querySelector<HTMLElement>(".controls");
  if (!svg || !controls) return;
  controls.hidden = false;

  let id: ActivationId = config.id;
  let param = config.slider?.value;
  let showDerivative = true;

  const sample = (which: ActivationId) =>
    activationData(which, {
      ...(param === undefined || which !== config.id ? {} : { params: [param] }),
      xDomain: config.xDomain,
      yDomain: config.yDomain,
      width: config.width,
      height: config.height,
    });

  const redraw = () => {
    const data = sample(id);
    drawSeries(svg, data, (series) => showDerivative || series.kind !== "df");
  };

  const slider = controls.querySelector<HTMLInputElement>('[data-role="param"]');
  const sliderOutput = slider && controls.querySelector<HTMLOutputElement>(`output[for="${slider.id}"]`);
  if (slider && config.slider) {
    const symbol = config.slider.symbol;
    const show = () => {
      const text = `${symbol} = ${formatNumber(Number(slider.value))}`;
      if (sliderOutput) sliderOutput.value = text;
      slider.setAttribute("aria-valuetext", text);
    };
    show();
    slider.addEventListener("input", () => {
      param = Number(slider.value);
      show();
      redraw();
    });
  }

  const note = controls.querySelector<HTMLOutputElement>('[data-role="variant-note"]');
  const title = svg.querySelector(".al-chart-title");
  for (const radio of controls.querySelectorAll<HTMLInputElement>('[data-role="variant"]')) {
    radio.addEventListener("change", () => {
      if (!radio.checked || !config.variant) return;
      id = radio.value as ActivationId;
      redraw();
      const exact = sample(config.id).series[0]!.values;
      const approx = sample(config.variant.id).series[0]!.values;
      let max = 0;
      for (let i = 0; i < exact.length; i++) max = Math.max(max, Math.abs(exact[i]! - approx[i]!));
      if (note) note.value = id === config.id ? "" : `최대 차이 |정확 − 근사| = ${formatNumber(max)}`;
      if (title)
        title.textContent = id === config.id ? config.title : `${config.variant.label}: 함수와 도함수`;
    });
  }

  controls
    .querySelector<HTMLInputElement>('[data-role="derivative"]')
    ?.addEventListener("change", (event) => {
      showDerivative = (event.target as HTMLInputElement).checked;
      redraw();
    });
}
