/**
 * The measured comparison table, computed at build time by `measureActivations()` from
 * @activation-lab/core/nn (the comparison notebook's numbers), formatted for the page.
 */
import { superscript } from "@activation-lab/charts/data";
import { activations, gatedUnits } from "@activation-lab/core";
import { type ActivationMeasurement, measureActivations } from "@activation-lab/core/nn";

export interface MeasuredRow {
  name: string;
  range: string;
  valueAtZero: string;
  meanNormal: string;
  maxAbsGrad: string;
  smallGradShare: string;
  inputGradientRatio: string;
  deadShare: string;
}

/**
 * A measurement with three significant digits; ±∞ for unbounded values; a power of ten below
 * 0.001; 0 for what is zero up to rounding (below 1e-12).
 *
 * @example formatMeasure(2.7051626938026854e-7) // => "2.71 × 10⁻⁷"
 */
export function formatMeasure(value: number | null, sign: 1 | -1 = 1): string {
  if (value === null || !Number.isFinite(value)) return sign > 0 ? "∞" : "-∞";
  if (Math.abs(value) < 1e-12) return "0";
  if (Math.abs(value) < 1e-3) {
    const [mantissa, exponent] = value.toExponential(2).split("e");
    return `${mantissa} × 10${superscript(Number(exponent))}`;
  }
  return String(Number(value.toPrecision(3)));
}

/** A share (0 to 1) as a percentage with up to three significant digits. */
export function formatShare(value: number): string {
  if (value === 0) return "0%";
  if (value < 1e-5) return `${formatMeasure(value * 100)}%`;
  return `${Number((value * 100).toPrecision(3))}%`;
}

function rowName(id: ActivationMeasurement["id"]): string {
  if (Object.hasOwn(gatedUnits, id)) return gatedUnits[id as keyof typeof gatedUnits].name.ko;
  const info = activations[id as keyof typeof activations];
  return info.postRow?.name ?? info.name.ko;
}

/** The post's comparison table, measured: one row per activation of the post, then GEGLU and SwiGLU. */
export function measuredRows(): MeasuredRow[] {
  return measureActivations().map((m) => ({
    name: rowName(m.id),
    range: `${formatMeasure(m.range.min, -1)} ~ ${formatMeasure(m.range.max, 1)}`,
    valueAtZero: formatMeasure(m.valueAtZero),
    meanNormal: formatMeasure(m.meanNormal),
    maxAbsGrad: formatMeasure(m.maxAbsGrad),
    smallGradShare: formatShare(m.smallGradShare),
    inputGradientRatio: formatMeasure(m.inputGradientRatio),
    deadShare: formatShare(m.deadShare),
  }));
}
