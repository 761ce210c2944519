import { checkOptions } from "../kernels/validate.js";
import {
  type ActivationId,
  activationIds,
  activations,
  type GatedUnitId,
  gatedUnits,
} from "../registry/index.js";
import { erf } from "../special/index.js";
import { adam } from "./adam.js";
import { checkInteger, describe } from "./check.js";
import { Dense } from "./dense.js";
import { GatedFeedForwardLayer } from "./gatedFeedForwardLayer.js";
import { glorotUniform, heNormal, type Initializer } from "./initializers.js";
import { inputGradientRatio } from "./inputGradientRatio.js";
import type { Layer } from "./layer.js";
import { layerStats } from "./layerStats.js";
import { mlp } from "./mlp.js";
import { PreNormResidual } from "./preNormResidual.js";
import { Rng } from "./rng.js";
import { Sequential } from "./sequential.js";
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
  /**
   * ‖∂L/∂h₀‖ / ‖∂L/∂h_N‖ at initialisation: the back-propagated gradient at the input of N
   * layers over the one at their output (geometric mean over seeds); ≪ 1: it vanishes on the way.
   */
  readonly inputGradientRatio: number;
  /** Share of hidden units dead (|f′| = 0 on every sample of the set) after a short seeded training. */
  readonly deadShare: number;
}

export interface MeasureActivationsOptions {
  /** Rows to measure; default the post's comparison table: every activation with a post row, then geglu and swiglu. */
  ids?: readonly (ActivationId | GatedUnitId)[];
  /** Layers (or residual blocks) of the deep network for inputGradientRatio; default 10. */
  depth?: number;
  /** Width of the deep network's layers; default 32. */
  width?: number;
  /** Seeded networks whose inputGradientRatio is averaged (geometric mean); default 5. */
  repeats?: number;
  /** Epochs of the short training for deadShare; default 3. */
  epochs?: number;
  /** Seed of every random choice, an integer in [0, 2^53 − 2]; default 0. */
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
 * - `inputGradientRatio`: the post's "vanishing gradient" — how much of the gradient that reaches
 *   the last layer's output h_N is left at the first layer's input h₀ = x, ‖∂L/∂h₀‖ / ‖∂L/∂h_N‖
 *   (`layerStats(…).inputGradNorm` of the first layer over that of the output layer), in a
 *   [width, width × depth, 1] MLP at initialisation on 64 standard normal inputs and targets,
 *   MSE loss ({@link inputGradientRatio}); the geometric mean over `repeats` seeded networks (at width 32 one network's ratio
 *   varies from seed to seed by a factor of about 3 for ReLU, over 10 for Swish). Not a weight
 *   gradient ‖∂L/∂W‖: that is input × back-propagated gradient, so a forward signal shrinking
 *   layer by layer would show as "vanishing" too. Each activation gets its customary initialisation, as the post's claims
 *   assume: Glorot/Xavier uniform (Glorot & Bengio, 2010, derived for tanh-like units with
 *   f′(0) = 1 and used for sigmoid alike) for sigmoid and tanh; He/Kaiming normal (He et al.,
 *   2015, derived for ReLU: gain √2 because half the inputs pass) for ReLU, Leaky ReLU, ELU,
 *   Swish and GELU — units that pass x > 0 with slope ≈ 1 and damp x < 0, which is the case He's
 *   derivation covers (PyTorch's `calculate_gain` has no entry for ELU, SiLU or GELU; He is the
 *   usual choice for them, a convention rather than a derivation);
 * - `deadShare`: a [2, 32, 32, 32, 2] MLP trained with Adam (lr 0.01) on 300 spiral points for
 *   `epochs` epochs; the share of hidden units whose f′ is 0 on every point.
 *
 * For a gated unit h(u, v) = u·gate(v) (GEGLU, SwiGLU), with u, v independent N(0, 1): range
 * and max |∇h| are unbounded (u → ±∞), the mean is E[u]·E[gate(v)] = 0, smallGradShare is
 * P(|gate(v)| < 0.01 and |u·gate′(v)| < 0.01). Their `deadShare` network stacks gated layers
 * plainly. Their `inputGradientRatio` network is the setting the post means (a Transformer's
 * feed-forward block): `depth` pre-norm residual blocks h ← h + W₂·GLU(RMSNorm(h)) (see
 * {@link PreNormResidual}; GLU hidden width = width, Glorot-uniform W, V, W₂) before the linear
 * output. Its gradient does not vanish because of the residual path, not because of the gate:
 * stacked plainly, without residual or normalisation, a gated unit's signal (a product of two
 * layer outputs) and its gradient shrink or blow up doubly exponentially with depth, from about
 * 10⁻²⁷ to overflow depending on the seed, which is no measurement of the unit.
 *
 * @example measureActivations({ ids: ["relu"] })[0].smallGradShare // => 0.5
 */
export function measureActivations(options: MeasureActivationsOptions = {}): ActivationMeasurement[] {
  const fn = "measureActivations";
  const postIds = activationIds.filter((id) => activations[id].postRow !== undefined);
  const {
    ids = [...postIds, "geglu", "swiglu"],
    depth = 10,
    width = 32,
    repeats = 5,
    epochs = 3,
    seed = 0,
  } = checkOptions(fn, options);
  // bounds that keep a typo from running for hours (the defaults take seconds)
  checkInteger(fn, "depth", depth, 0, 1000);
  checkInteger(fn, "width", width, 1, 1024);
  checkInteger(fn, "repeats", repeats, 1, 100);
  checkInteger(fn, "epochs", epochs, 1, 1000);
  checkInteger(fn, "seed", seed, 0, Number.MAX_SAFE_INTEGER - 1); // seed + 1 seeds the training
  if (!Array.isArray(ids))
    throw new TypeError(`measureActivations: ids must be an array, got ${describe(ids)}`);
  for (const id of ids) {
    if (typeof id !== "string" || (!Object.hasOwn(gatedUnits, id) && !Object.hasOwn(activations, id))) {
      throw new RangeError(
        `measureActivations: ids must hold activation or gated unit ids, got ${describe(id)}`,
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
      inputGradientRatio: meanInputGradientRatio(id, depth, width, repeats, seed),
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

/** Each activation's customary weight initialisation (see measureActivations). */
function customaryInit(id: ActivationId): Initializer {
  return id === "sigmoid" || id === "tanh" ? glorotUniform : heNormal;
}

/** The deep network of inputGradientRatio: `depth` layers (or residual blocks) of `width`, then a linear output. */
function deepNetwork(id: ActivationId | GatedUnitId, depth: number, width: number, rng: Rng): Sequential {
  if (!Object.hasOwn(gatedUnits, id)) {
    const sizes = [width, ...new Array(depth).fill(width), 1];
    return mlp({ sizes, activation: id as ActivationId, init: customaryInit(id as ActivationId), seed: rng });
  }
  const gate = gatedUnits[id as GatedUnitId].gate;
  const blocks: Layer[] = [];
  for (let i = 0; i < depth; i++) {
    const glu = new GatedFeedForwardLayer({ inputSize: width, hiddenSize: width, gate, seed: rng.split() });
    const project = new Dense({ inputSize: width, outputSize: width, seed: rng.split() });
    blocks.push(new PreNormResidual([glu, project]));
  }
  return new Sequential([...blocks, new Dense({ inputSize: width, outputSize: 1, seed: rng.split() })]);
}

/** ‖∂L/∂h₀‖ / ‖∂L/∂h_N‖ of a deep network at initialisation, one full batch; geometric mean over `repeats` seeds. */
function meanInputGradientRatio(
  id: ActivationId | GatedUnitId,
  depth: number,
  width: number,
  repeats: number,
  seed: number,
): number {
  const rng = new Rng(seed);
  let sumLog = 0;
  for (let r = 0; r < repeats; r++) {
    const model = deepNetwork(id, depth, width, rng.split());
    sumLog += Math.log(inputGradientRatio(model, { rows: 64, seed: rng.split() }));
  }
  return Math.exp(sumLog / repeats);
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
