// The shape facts of measureActivations' table, from an activation's registry f and f′ alone:
// range, f(0), E[f(X)] and P(|f′(X)| < 0.01) under N(0, 1), sup |f′| (grid search refined by
// golden-section search, midpoint quadrature).
import { type ActivationId, activations } from "../registry/index.js";
import { erf } from "../special/index.js";
import type { ActivationMeasurement } from "./measureActivations.js";

// Standard normal quadrature: the midpoint rule over [−10, 10] (the tails beyond hold < 1e-23).
const STEP = 5e-4;
const NODES = Math.round(20 / STEP);
const node = (i: number) => -10 + (i + 0.5) * STEP;
const normalWeight = (x: number) => (STEP * Math.exp(-0.5 * x * x)) / Math.sqrt(2 * Math.PI);

/** The facts of one row that the functions alone give. */
export type Shape = Pick<
  ActivationMeasurement,
  "range" | "valueAtZero" | "meanNormal" | "maxAbsGrad" | "smallGradShare"
>;

/** The shape facts of a scalar activation, from its registry f and f′. */
export function scalarShape(id: ActivationId): Shape {
  const info = activations[id];
  const f = (x: number) => info.f(x);
  const df = (x: number) => info.df(x);
  // range and max |f′|: a grid over [−50, 50] (x = −50 + i/200, so 0 is on it) plus the limits
  let min = Math.min(f(-Infinity), f(Infinity));
  let max = Math.max(f(-Infinity), f(Infinity));
  let maxAbsGrad = 0;
  let [argMin, argMax, argGrad] = [Number.NaN, Number.NaN, Number.NaN];
  for (let i = 0; i <= 20_000; i++) {
    const x = -50 + i / 200;
    const [y, g] = [f(x), Math.abs(df(x))];
    if (y < min) [min, argMin] = [y, x];
    if (y > max) [max, argMax] = [y, x];
    if (g > maxAbsGrad) [maxAbsGrad, argGrad] = [g, x];
  }
  // an extremum inside the grid (not at its ends) is refined between its neighbours
  const inside = (x: number) => Number.isFinite(x) && Math.abs(x) < 50;
  if (inside(argMin)) min = Math.min(min, -goldenMax((x) => -f(x), argMin - 5e-3, argMin + 5e-3));
  if (inside(argMax)) max = Math.max(max, goldenMax(f, argMax - 5e-3, argMax + 5e-3));
  if (inside(argGrad))
    maxAbsGrad = Math.max(
      maxAbsGrad,
      goldenMax((x) => Math.abs(df(x)), argGrad - 5e-3, argGrad + 5e-3),
    );
  // E[f(X)] and P(|f′(X)| < 0.01) under N(0, 1)
  let meanNormal = 0;
  let smallGradShare = 0;
  for (let i = 0; i < NODES; i++) {
    const x = node(i);
    const w = normalWeight(x);
    meanNormal += w * f(x);
    if (Math.abs(df(x)) < 0.01) smallGradShare += w;
  }
  return { range: { min, max }, valueAtZero: f(0), meanNormal, maxAbsGrad, smallGradShare };
}

/** The shape facts of a gated unit h(u, v) = u·gate(v) with u, v independent N(0, 1). */
export function gatedShape(gate: ActivationId): Shape {
  const g = activations[gate].f;
  const dg = activations[gate].df;
  let meanGate = 0;
  let meanU = 0;
  let smallGradShare = 0;
  for (let i = 0; i < NODES; i++) {
    const v = node(i);
    const w = normalWeight(v);
    meanU += w * v; // the same quadrature for u
    meanGate += w * g(v);
    // |∂h/∂u| = |gate(v)| < 0.01 and |∂h/∂v| = |u·gate′(v)| < 0.01, i.e. |u| < c = 0.01/|gate′(v)|,
    // which has probability P(|U| < c) = erf(c/√2)
    if (Math.abs(g(v)) < 0.01) smallGradShare += w * erf(0.01 / Math.abs(dg(v)) / Math.SQRT2);
  }
  return {
    range: { min: -Infinity, max: Infinity }, // u·gate(v) with gate(v) ≠ 0 and u → ±∞
    valueAtZero: 0 * g(0),
    meanNormal: meanU * meanGate,
    maxAbsGrad: Infinity, // |∂h/∂v| = |u|·|gate′(v)| grows without bound in u
    smallGradShare,
  };
}

/** Golden-section search for the maximum of a unimodal f on [a, b]. */
function goldenMax(f: (x: number) => number, a: number, b: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let [lo, hi] = [a, b];
  for (let i = 0; i < 80; i++) {
    const x1 = hi - r * (hi - lo);
    const x2 = lo + r * (hi - lo);
    if (f(x1) < f(x2)) lo = x1;
    else hi = x2;
  }
  return Math.max(f(lo), f(hi), f((lo + hi) / 2));
}
