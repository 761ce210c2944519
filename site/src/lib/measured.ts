/**
 * The measured comparison table, computed at build time by `measureActivations()` from
 * @activation-lab/core/nn (the comparison notebook's numbers), formatted for the page.
 */
import { activations, formatNumber, gatedUnits } from "@activation-lab/core";
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
 * A measurement as core's `formatNumber` writes it, with two rules of the table: null (an
 * unbounded side of a range) is ∞ or −∞ by `sign`, and what is zero up to rounding (below 1e-12:
 * quadrature and float sums of an exact 0) is 0.
 *
 * @example formatMeasure(2.7051626938026854e-7) // => "2.71 × 10⁻⁷" (no-break spaces around ×)
 */
function formatMeasure(value: number | null, sign: 1 | -1 = 1): string {
  if (value === null || !Number.isFinite(value)) return formatNumber(sign * Infinity);
  if (Math.abs(value) < 1e-12) return "0";
  return formatNumber(value);
}

/** A share (0 to 1) as a percentage, the percentage written by `formatMeasure`. */
function formatShare(value: number): string {
  return `${formatMeasure(value * 100)}%`;
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
