import {
  type ActivationId,
  activationIds,
  activations,
  type GatedUnitId,
  gatedUnits,
} from "../registry/index.js";
import { erf } from "../special/index.js";
import { adam } from "./adam.js";
import { glorotUniform } from "./initializers.js";
import { layerStats } from "./layerStats.js";
import { meanSquaredError } from "./meanSquaredError.js";
import { mlp } from "./mlp.js";
import { Rng } from "./rng.js";
import { softmaxCrossEntropy } from "./softmaxCrossEntropy.js";
import { spirals } from "./spirals.js";
import { train } from "./train.js";

/** One row of the measured comparison table. */
export interface ActivationMeasurement {
  readonly id: ActivationId | GatedUnitId;
  /** Infimum and supremum of the output: f on a fine grid over [−50, 50], its limits f(±∞), and refined extrema. */
  readonly range: { readonly min: number; readonly max: number };
  /** f(0). */
  readonly valueAtZero: number;
  /** E[f(X)] for X ~ N(0, 1) (quadrature, not sampling). */
  readonly meanNormal: number;
  /** sup |f′(x)| (grid maximum refined by golden-section search); for a gated unit, unbounded. */
  readonly maxAbsGrad: number;
  /** P(|f′(X)| < 0.01) for X ~ N(0, 1): the share of inputs that pass almost no gradient. */
  readonly smallGradShare: number;
  /** ‖∂L/∂W‖ of the first hidden layer over that of the output layer, in a seeded deep MLP at initialisation. */
  readonly gradientRatio: number;
  /** Share of hidden units dead (|f′| = 0 on every sample of the set) after a short seeded training. */
  readonly deadShare: number;
}

export interface MeasureActivationsOptions {
  /** Rows to measure; default the post's comparison table: every activation with a post row, then geglu and swiglu. */
  ids?: readonly (ActivationId | GatedUnitId)[];
  /** Hidden layers of the deep MLP for gradientRatio; default 10. */
  depth?: number;
  /** Width of the deep MLP's hidden layers; default 32. */
  width?: number;
  /** Epochs of the short training for deadShare; default 3. */
  epochs?: number;
  /** Seed of every random choice; default 0. */
  seed?: number;
}

// Standard normal quadrature: the midpoint rule over [−10, 10] (the tails beyond hold < 1e-23).
const STEP = 5e-4;
const NODES = Math.round(20 / STEP);
const node = (i: number) => -10 + (i + 0.5) * STEP;
const normalWeight = (x: number) => (STEP * Math.exp(-0.5 * x * x)) / Math.sqrt(2 * Math.PI);

/**
 * Measures the facts of the post's comparison table from the functions themselves, with
 * deterministic numerics and seeded experiments:
 *
 * - `range`, `valueAtZero`, `meanNormal`, `maxAbsGrad`, `smallGradShare` from the registry's
 *   scalar f and f′ (grid search, golden-section refinement, midpoint quadrature of N(0, 1));
 * - `gradientRatio`: a [16, width × depth, 1] MLP with Glorot-uniform weights on 256 standard
 *   normal inputs and targets, MSE loss: ‖∂L/∂W₁‖ / ‖∂L/∂W_out‖ (≪ 1: gradients vanish);
 * - `deadShare`: a [2, 32, 32, 32, 2] MLP trained with Adam (lr 0.01) on 300 spiral points for
 *   `epochs` epochs; the share of hidden units whose f′ is 0 on every point.
 *
 * For a gated unit h(u, v) = u·gate(v) (GEGLU, SwiGLU), with u, v independent N(0, 1): range
 * and max |∇h| are unbounded (u → ±∞), the mean is E[u]·E[gate(v)] = 0, smallGradShare is
 * P(|gate(v)| < 0.01 and |u·gate′(v)| < 0.01), and the networks use gated layers — stacked
 * plainly, without the residual connections and normalisation around them in a Transformer, so
 * their products of two small numbers shrink the signal (and the gradient) fast with depth.
 *
 * @example measureActivations({ ids: ["relu"] })[0].smallGradShare // => 0.5
 */
export function measureActivations(options: MeasureActivationsOptions = {}): ActivationMeasurement[] {
  const postIds = activationIds.filter((id) => activations[id].postRow !== undefined);
  const { ids = [...postIds, "geglu", "swiglu"], depth = 10, width = 32, epochs = 3, seed = 0 } = options;
  for (const id of ids) {
    if (!Object.hasOwn(gatedUnits, id) && !Object.hasOwn(activations, id)) {
      throw new RangeError(
        `measureActivations: ids must hold activation or gated unit ids, got ${JSON.stringify(id)}`,
      );
    }
  }
  return ids.map((id) => {
    const shape = Object.hasOwn(gatedUnits, id)
      ? gatedShape(gatedUnits[id as GatedUnitId].gate)
      : scalarShape(id as ActivationId);
    return {
      id,
      ...shape,
      gradientRatio: gradientRatio(id, depth, width, seed),
      deadShare: deadShare(id, epochs, seed),
    };
  });
}

type Shape = Pick<
  ActivationMeasurement,
  "range" | "valueAtZero" | "meanNormal" | "maxAbsGrad" | "smallGradShare"
>;

/** The shape facts of a scalar activation, from its registry f and f′. */
function scalarShape(id: ActivationId): Shape {
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
function gatedShape(gate: ActivationId): Shape {
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

/** ‖∂L/∂W₁‖ / ‖∂L/∂W_out‖ of a deep MLP at initialisation, one full batch. */
function gradientRatio(id: ActivationId | GatedUnitId, depth: number, width: number, seed: number): number {
  const rng = new Rng(seed);
  const rows = 256;
  const inputs = 16;
  const sizes = [inputs, ...new Array(depth).fill(width), 1];
  const model = mlp({ sizes, activation: id, init: glorotUniform, seed: rng.split() });
  const data = rng.split();
  const x = Float64Array.from({ length: rows * inputs }, () => data.normal());
  const y = Float64Array.from({ length: rows }, () => data.normal());
  const output = model.forward(x, rows);
  const grad = new Float64Array(output.length);
  meanSquaredError(output, y, grad);
  model.backward(grad);
  const stats = layerStats(model);
  return stats[0].gradNorm / stats[stats.length - 1].gradNorm;
}

/** Share of hidden units dead over the whole set after a short training on spirals. */
function deadShare(id: ActivationId | GatedUnitId, epochs: number, seed: number): number {
  const rng = new Rng(seed + 1);
  const data = spirals({ points: 300, arms: 2, noise: 0.05, seed: rng.split() });
  const model = mlp({ sizes: [2, 32, 32, 32, 2], activation: id, seed: rng.split() });
  const optimizer = adam({ learningRate: 0.01 });
  const noStats = { stepStats: false, epochStats: false };
  train(model, { data, loss: softmaxCrossEntropy, optimizer, epochs, seed: rng.split(), ...noStats });
  model.forward(data.x, data.rows); // the whole set, for dead units over every sample
  const hidden = layerStats(model).slice(0, -1);
  return hidden.reduce((sum, layer) => sum + layer.deadFraction, 0) / hidden.length;
}
