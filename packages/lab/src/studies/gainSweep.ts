import type { ActivationId } from "@activation-lab/core";
import { formatNumber } from "@activation-lab/core";
import { inputGradientRatio, lecunNormal, mlp, Rng, scaled } from "@activation-lab/core/nn";
import { type Arm, allWithin, clearlyBelow, type Verdict } from "../claims.js";
import { gainSweepDefaults } from "../defaults.js";
import type { Progress } from "../progress.js";
import { checkSeeds } from "../seeds.js";
import { type Summary, summarize } from "../summary.js";

/** The committed sweep's gains: 2^(k/2) for k = −2 … 8, i.e. 0.5 to 16 in steps of √2 (1 is Glorot for square layers, √2 He). */
export const gainSweepGains: readonly number[] = gainSweepDefaults.gains;

/** Config of {@link gainSweepStudy}. */
export interface GainSweepConfig {
  /** The activations swept; default sigmoid, tanh, ReLU, Swish and GELU. */
  activations?: readonly ActivationId[];
  /** Init gains g: weights drawn from N(0, g²/fanIn). g = 1 is Glorot for square layers, √2 is He. */
  gains: readonly number[];
  /** One network (weights and inputs) per seed, the same for every activation and gain. */
  seeds: readonly number[];
  /** Hidden layers; default 10. */
  depth?: number;
  /** Width of every layer and of the input; default 32. */
  width?: number;
  /** Input rows, drawn from N(0, 1); default 64. */
  rows?: number;
  /** Called after each (activation, gain) over all seeds with the pairs done and the pairs in all (a Worker's progress bar). */
  onProgress?: Progress;
}

/** One activation's sweep. */
export interface GainSweepSeries {
  readonly activation: ActivationId;
  /** Per gain, log₁₀ of ‖∂L/∂h₀‖ / ‖∂L/∂h_depth‖ per seed (0 = the gradient arrives intact). */
  readonly log10Ratio: readonly Summary[];
  /** The gain whose mean log₁₀ ratio is closest to 0. */
  readonly bestGain: number;
}

/** What {@link gainSweepStudy} returns: plain data. */
export interface GainSweepResult {
  readonly gains: readonly number[];
  readonly seeds: readonly number[];
  readonly depth: number;
  readonly width: number;
  readonly series: readonly GainSweepSeries[];
}

/**
 * The initialisation question of notebooks 01, 06 and 09: how much of the gradient that reaches
 * the last hidden layer of a `depth`-layer MLP survives to its input, ‖∂L/∂h₀‖ / ‖∂L/∂h_depth‖,
 * at initialisation, as the weights' gain g varies (N(0, g²/fanIn)). The per-layer factor is
 * f′ times the weight scale, so a bounded f′ (σ′ ≤ 1/4) does not by itself decide whether the
 * gradient vanishes: the sweep shows where each activation's factor is near 1. Inputs N(0, 1),
 * mean-squared error against N(0, 1) targets: core's inputGradientRatio, which measureActivations uses too.
 *
 * @example gainSweepStudy({ gains: [1, 4], seeds: [1, 2], activations: ["sigmoid"] }).series[0].bestGain // => 4
 */
export function gainSweepStudy(config: GainSweepConfig): GainSweepResult {
  const {
    activations = gainSweepDefaults.activations,
    gains,
    seeds,
    depth = gainSweepDefaults.depth,
    width = gainSweepDefaults.width,
    rows = gainSweepDefaults.rows,
  } = config;
  checkSeeds("gainSweepStudy", seeds);
  if (!Array.isArray(gains) || gains.length === 0 || gains.some((g) => !(g > 0 && Number.isFinite(g)))) {
    throw new RangeError(
      `gainSweepStudy: gains must be positive finite numbers, got ${JSON.stringify(gains)}`,
    );
  }
  const total = activations.length * gains.length;
  let done = 0;
  const series = activations.map((activation): GainSweepSeries => {
    const log10Ratio = gains.map((gain) => {
      const summary = summarize(
        seeds.map((seed) => {
          const rng = new Rng(seed);
          const model = mlp({
            sizes: [width, ...new Array(depth).fill(width), 1],
            activation,
            init: scaled(lecunNormal, gain), // N(0, g²/fanIn)
            seed: rng.split(),
          });
          return Math.log10(inputGradientRatio(model, { rows, seed: rng.split() }));
        }),
      );
      config.onProgress?.(++done, total);
      return summary;
    });
    let best = 0;
    for (let i = 1; i < gains.length; i++) {
      if (Math.abs(log10Ratio[i].mean) < Math.abs(log10Ratio[best].mean)) best = i;
    }
    return { activation, log10Ratio, bestGain: gains[best] };
  });
  return { gains: [...gains], seeds: [...seeds], depth, width, series };
}

/** One activation's per-seed log₁₀ ratios at one gain, as a claims {@link Arm}. */
function at(result: GainSweepResult, activation: ActivationId, gain: number): Arm {
  const series = result.series.find((s) => s.activation === activation);
  const i = result.gains.findIndex((g) => Math.abs(g - gain) < 1e-12);
  if (series === undefined || i === -1) {
    throw new RangeError(`gainSweepClaims: the result has no ${activation} at gain ${gain}`);
  }
  return { name: `${activation}, gain ${formatNumber(gain)}: log₁₀ 비`, values: series.log10Ratio[i].values };
}

/**
 * The initialisation question's conclusions (notebooks 01, 06, 09): at gain 1 the sigmoid's
 * gradient vanishes (below 10⁻⁵ on every seed), but the per-layer factor is σ′ times the weight
 * scale, so a larger gain recovers it (within a factor 10 at gain 8√2 ≈ 11.3); tanh, ReLU, Swish and GELU
 * each keep the gradient within a factor 10 at the gain of their customary init (1 for tanh,
 * √2 for the others); and at He's gain Swish keeps less of it than GELU, beyond the seed spread
 * (though not on every seed).
 */
export function gainSweepClaims(result: GainSweepResult): Verdict[] {
  return [
    allWithin(at(result, "sigmoid", 1), [-Infinity, -5]),
    allWithin(at(result, "sigmoid", 8 * Math.SQRT2), [-1, 1]),
    clearlyBelow(at(result, "sigmoid", 1), at(result, "sigmoid", 8 * Math.SQRT2)),
    allWithin(at(result, "tanh", 1), [-1, 1]),
    allWithin(at(result, "relu", Math.SQRT2), [-1, 1]),
    allWithin(at(result, "swish", Math.SQRT2), [-1, 1]),
    allWithin(at(result, "gelu", Math.SQRT2), [-1, 1]),
    clearlyBelow(at(result, "swish", Math.SQRT2), at(result, "gelu", Math.SQRT2)),
  ];
}

/**
 * The sweep as a Markdown table for a notebook: one row per activation, the geometric-mean ratio
 * 10^mean(log₁₀) and the per-seed range at a few gains, and the gain whose ratio is closest to 1.
 */
export function gainSweepMarkdown(
  result: GainSweepResult,
  gains: readonly number[] = [1, Math.SQRT2, 4, 8 * Math.SQRT2],
): string {
  const columns = gains.map((gain) => result.gains.findIndex((g) => Math.abs(g - gain) < 1e-12));
  if (columns.includes(-1))
    throw new RangeError(`gainSweepMarkdown: gains must be among the result's, got ${JSON.stringify(gains)}`);
  const cell = (s: Summary) =>
    `${formatNumber(10 ** s.mean)} (${formatNumber(10 ** s.min)} ~ ${formatNumber(10 ** s.max)})`;
  return [
    `| 함수 | ${gains.map((g) => `gain ${formatNumber(g)}`).join(" | ")} | 비가 1에 가장 가까운 gain |`,
    `|---|${gains.map(() => "---|").join("")}---|`,
    ...result.series.map(
      (s) =>
        `| ${s.activation} | ${columns.map((i) => cell(s.log10Ratio[i])).join(" | ")} | ${formatNumber(s.bestGain)} |`,
    ),
  ].join("\n");
}
