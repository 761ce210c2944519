import { checkOptions } from "../kernels/validate.js";
import {
  type ActivationId,
  activationIds,
  activations,
  type GatedUnitId,
  gatedUnits,
} from "../registry/index.js";
import { deadShare, meanInputGradientRatio } from "./activationExperiments.js";
import { gatedShape, scalarShape } from "./activationShape.js";
import { checkInteger, describe } from "./check.js";

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
