import {
  Dense,
  GatedFeedForwardLayer,
  inputGradientRatio,
  type Layer,
  PreNormResidual,
  Rng,
  Sequential,
} from "@activation-lab/core/nn";
import { type Arm, allWithin, clearlyBelow, type Verdict } from "../claims.js";
import { residualGradientDefaults } from "../defaults.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { type Summary, summarize } from "../summary.js";

/** The feed-forward units notebook 09 stacks in pre-norm residual blocks: ReLU is the control. */
export const residualUnits = ["relu", "geglu", "swiglu"] as const;

export type ResidualUnit = (typeof residualUnits)[number];

/** Config of {@link residualGradientStudy}. */
export interface ResidualGradientConfig {
  /** One network (weights and inputs) per seed, the same draws for every unit. */
  seeds: readonly number[];
  /** Residual blocks; default 10. */
  depth?: number;
  /** Width of the residual stream and of every block's hidden layer; default 32. */
  width?: number;
  /** Called after each unit over all seeds with the units done and the units in all. */
  onProgress?: Progress;
}

/** What {@link residualGradientStudy} returns: plain data. */
export interface ResidualGradientResult {
  readonly seeds: readonly number[];
  readonly depth: number;
  readonly width: number;
  /** Per unit, log₁₀ of ‖∂L/∂h₀‖ / ‖∂L/∂h_depth‖ per seed (0 = the gradient arrives intact). */
  readonly units: readonly { readonly unit: ResidualUnit; readonly log10Ratio: Summary }[];
}

/** One block's feed-forward layers F: up (the unit) and down, width → width → width, Glorot-uniform. */
function feedForward(unit: ResidualUnit, width: number, rng: Rng): Layer[] {
  const up =
    unit === "relu"
      ? new Dense({ inputSize: width, outputSize: width, activation: "relu", seed: rng.split() })
      : new GatedFeedForwardLayer({
          inputSize: width,
          hiddenSize: width,
          gate: unit === "geglu" ? "gelu" : "swish",
          seed: rng.split(),
        });
  return [up, new Dense({ inputSize: width, outputSize: width, seed: rng.split() })];
}

/**
 * Notebook 09's control for the gated units' "no vanishing gradient": the ratio
 * ‖∂L/∂h₀‖ / ‖∂L/∂h_depth‖ at initialisation (core's inputGradientRatio) of `depth` pre-norm
 * residual blocks h ← h + F(RMSNorm(h)) (core's PreNormResidual) before a linear output, with F a
 * ReLU feed-forward network or a GEGLU / SwiGLU one — the arrangement measureActivations uses
 * for the gated units, so the gated units are compared with ReLU in the same blocks rather than
 * with plain MLPs. Every unit gets the same seeds (weights drawn in the same order, the same batch).
 *
 * @example residualGradientStudy({ seeds: [1, 2] }).units.map((u) => u.unit) // => ["relu", "geglu", "swiglu"]
 */
export function residualGradientStudy(config: ResidualGradientConfig): ResidualGradientResult {
  const {
    seeds,
    depth = residualGradientDefaults.depth,
    width = residualGradientDefaults.width,
    onProgress,
  } = config;
  checkSeeds("residualGradientStudy", seeds);
  const units = residualUnits.map((unit, i) => {
    const log10Ratio = summarize(
      seeds.map((seed) => {
        const rng = new Rng(seed);
        const weights = rng.split();
        const blocks = Array.from(
          { length: depth },
          () => new PreNormResidual(feedForward(unit, width, weights)),
        );
        const model = new Sequential([
          ...blocks,
          new Dense({ inputSize: width, outputSize: 1, seed: weights.split() }),
        ]);
        return Math.log10(inputGradientRatio(model, { seed: rng.split() }));
      }),
    );
    onProgress?.(i + 1, residualUnits.length);
    return { unit, log10Ratio };
  });
  return { seeds: [...seeds], depth, width, units };
}

/**
 * Notebook 09's conclusions on the gated units' gradient: in pre-norm residual blocks ReLU keeps
 * the whole gradient on every seed (ratio ≥ 1), as GEGLU and SwiGLU do — the residual path, not
 * the gate, keeps it from vanishing — and the gated blocks let more of it through than ReLU's,
 * beyond the seed spread (the gradient grows, which is no vanishing either way).
 */
export function residualGradientClaims(result: ResidualGradientResult): Verdict[] {
  const arm = (unit: ResidualUnit): Arm => {
    const found = result.units.find((u) => u.unit === unit);
    if (found === undefined) throw new RangeError(`residualGradientClaims: the result has no unit ${unit}`);
    return { name: `${unit} (잔차 블록): log₁₀ 비`, values: found.log10Ratio.values };
  };
  return [
    ...residualUnits.map((unit) => allWithin(arm(unit), [0, Infinity])),
    clearlyBelow(arm("relu"), arm("geglu")),
    clearlyBelow(arm("relu"), arm("swiglu")),
  ];
}
