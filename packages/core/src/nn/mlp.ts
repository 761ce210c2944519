import { type ActivationId, activations } from "../registry/index.js";
import { Dense } from "./dense.js";
import { GatedFeedForwardLayer } from "./gatedFeedForwardLayer.js";
import type { Initializer } from "./initializers.js";
import type { Layer } from "./layer.js";
import { type Rng, toRng } from "./rng.js";
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
export function mlp({ sizes, activation, param, init, seed = 0 }: MlpOptions): Sequential {
  if (sizes.length < 2)
    throw new RangeError(`mlp: sizes must list at least two widths, got [${sizes.join(", ")}]`);
  const gated = activation === "geglu" || activation === "swiglu";
  if (!gated && !Object.hasOwn(activations, activation)) {
    throw new RangeError(
      `mlp: activation must be a registered activation id, "geglu" or "swiglu", got ${JSON.stringify(activation)}`,
    );
  }
  const rng = toRng(seed);
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
