import { checkOptions } from "../kernels/validate.js";
import { type ActivationId, activations } from "../registry/index.js";
import { checkFunction, checkInteger, checkParameterCount, describe } from "./check.js";
import { Dense } from "./dense.js";
import { GatedFeedForwardLayer } from "./gatedFeedForwardLayer.js";
import type { Initializer } from "./initializers.js";
import { checkActivationParam, type Layer } from "./layer.js";
import { type Rng, rngOf } from "./rng.js";
import { Sequential } from "./sequential.js";

/** A hidden unit for {@link mlp}: any registered activation, or a gated unit. */
export type HiddenUnit = ActivationId | "geglu" | "swiglu";

export interface MlpOptions {
  /** Layer widths from input to output, e.g. [2, 64, 64, 2]: at least two entries. */
  sizes: readonly number[];
  /** The hidden layers' activation, or "geglu"/"swiglu" for gated feed-forward layers. */
  activation: HiddenUnit;
  /** The activation's parameter (α or β), fixed. */
  param?: number;
  /** Weight initialiser; default glorotUniform. */
  init?: Initializer;
  /** A seed or a generator for the initial weights; default 0. */
  seed?: number | Rng;
}

/**
 * A multilayer perceptron: one hidden layer per inner width with the given activation, and a
 * linear output layer (logits or a regression value). With "geglu" or "swiglu" each hidden layer
 * is a gated feed-forward layer (gelu or swish gate). Layer i draws its weights from the i-th
 * split of the generator, so layers never share random numbers.
 *
 * @example mlp({ sizes: [2, 64, 64, 2], activation: "relu", seed: 1 }).layers.length // => 3
 */
export function mlp(options: MlpOptions): Sequential {
  const fn = "mlp";
  const { sizes, activation, param, init, seed = 0 } = checkOptions(fn, options, true);
  if (!Array.isArray(sizes))
    throw new TypeError(`mlp: sizes must be an array of widths, got ${describe(sizes)}`);
  if (sizes.length < 2)
    throw new RangeError(`mlp: sizes must list at least two widths, got [${sizes.map(describe).join(", ")}]`);
  for (const [i, size] of sizes.entries()) checkInteger(fn, `sizes[${i}]`, size, 1);
  const gated = activation === "geglu" || activation === "swiglu";
  if (!gated && (typeof activation !== "string" || !Object.hasOwn(activations, activation))) {
    throw new RangeError(
      `mlp: activation must be a registered activation id, "geglu" or "swiglu", got ${describe(activation)}`,
    );
  }
  // every layer's parameters counted before any is allocated: [2, 1e9, 1] is an error, not an OOM kill
  let count = 0;
  for (let i = 0; i + 1 < sizes.length; i++) {
    const dense = sizes[i] * sizes[i + 1] + sizes[i + 1]; // W and b
    count += gated && i + 2 < sizes.length ? 2 * dense : dense; // a gated layer has two of each
  }
  checkParameterCount(fn, `sizes [${sizes.join(", ")}]`, count);
  const unit = activation === "geglu" ? "gelu" : activation === "swiglu" ? "swish" : activation;
  checkActivationParam(fn, unit, param);
  if (init !== undefined) checkFunction(fn, "init", init);
  const rng = rngOf(fn, "seed", seed);
  const layers: Layer[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const [inputSize, outputSize] = [sizes[i], sizes[i + 1]];
    const isOutput = i + 2 === sizes.length;
    const layerSeed = rng.split();
    if (isOutput) {
      layers.push(new Dense({ inputSize, outputSize, init, seed: layerSeed }));
    } else if (gated) {
      const gate = activation === "geglu" ? "gelu" : "swish";
      layers.push(
        new GatedFeedForwardLayer({ inputSize, hiddenSize: outputSize, gate, param, init, seed: layerSeed }),
      );
    } else {
      layers.push(
        new Dense({
          inputSize,
          outputSize,
          activation: activation as ActivationId,
          param,
          init,
          seed: layerSeed,
        }),
      );
    }
  }
  return new Sequential(layers);
}
