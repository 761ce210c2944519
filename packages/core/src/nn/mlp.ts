import { checkOptions } from "../kernels/validate.js";
import { type ActivationId, activations } from "../registry/index.js";
import { checkBoolean, checkFunction, checkInteger, checkParameterCount, describe } from "./check.js";
import { Dense } from "./dense.js";
import { checkDtype, type Dtype } from "./dtype.js";
import { GatedFeedForwardLayer } from "./gatedFeedForwardLayer.js";
import type { Initializer } from "./initializers.js";
import { checkActivationParam, type Layer } from "./layer.js";
import { PReLU } from "./prelu.js";
import { type Rng, rngOf } from "./rng.js";
import { Sequential } from "./sequential.js";
import { Swish } from "./swish.js";

/** A hidden unit for {@link mlp}: any registered activation, or a gated unit. */
export type HiddenUnit = ActivationId | "geglu" | "swiglu";

/** One hidden layer's nonlinearity, for an {@link mlp} whose layers differ. */
export interface HiddenLayer {
  unit: HiddenUnit;
  /** The activation's parameter (α or β); the registry default when omitted. */
  param?: number;
  /**
   * Learn the parameter: "prelu" becomes a linear Dense followed by a {@link PReLU} layer (α
   * learnt), "swish" a linear Dense followed by a {@link Swish} layer (β learnt). Only for those two.
   */
  learnable?: boolean;
}

export interface MlpOptions<D extends Dtype = "float64"> {
  /** Layer widths from input to output, e.g. [2, 64, 64, 2]: at least two entries. */
  sizes: readonly number[];
  /**
   * The hidden layers' activation, or "geglu"/"swiglu" for gated feed-forward layers; or one
   * {@link HiddenLayer} (or unit) per hidden layer, sizes.length − 2 of them.
   */
  activation: HiddenUnit | readonly (HiddenUnit | HiddenLayer)[];
  /** The activation's parameter (α or β), fixed; only with a single `activation`. */
  param?: number;
  /** Weight initialiser; default glorotUniform. */
  init?: Initializer;
  /** A seed or a generator for the initial weights; default 0. */
  seed?: number | Rng;
  /**
   * "float64" (the default) or "float32": every layer's parameters, inputs and outputs in
   * Float32Array, its products in WebAssembly SIMD and its activations through the float32
   * kernels. The weights are the float64 model's, rounded.
   */
  dtype?: D;
}

/**
 * A multilayer perceptron: one hidden layer per inner width with the given activation (the same
 * for all, or one per layer), and a linear output layer (logits or a regression value). A gated
 * unit ("geglu", "swiglu") makes that hidden layer a gated feed-forward layer (gelu or swish
 * gate); a learnable "prelu" or "swish" makes it a linear Dense and a PReLU or Swish layer, so
 * the model then has more layers than widths. Hidden layer i draws its weights from the i-th
 * split of the generator, so layers never share random numbers, and a learnable layer starts
 * from the same weights as the fixed one.
 *
 * @example mlp({ sizes: [2, 64, 64, 2], activation: "relu", seed: 1 }).layers.length // => 3
 * @example mlp({ sizes: [2, 64, 64, 2], activation: "relu", dtype: "float32" }).predict(Float32Array.of(0.5, -1)) // => Float32Array of 2 logits
 * @example mlp({ sizes: [2, 8, 8, 2], activation: ["tanh", { unit: "prelu", learnable: true }] }).layers.length // => 4
 */
export function mlp<D extends Dtype = "float64">(options: MlpOptions<D>): Sequential<D> {
  const fn = "mlp";
  const { sizes, activation, param, init, seed = 0, dtype: given } = checkOptions(fn, options, true);
  const dtype = checkDtype<D>(fn, given);
  if (!Array.isArray(sizes))
    throw new TypeError(`mlp: sizes must be an array of widths, got ${describe(sizes)}`);
  if (sizes.length < 2)
    throw new RangeError(`mlp: sizes must list at least two widths, got [${sizes.map(describe).join(", ")}]`);
  for (const [i, size] of sizes.entries()) checkInteger(fn, `sizes[${i}]`, size, 1);
  const hidden = hiddenLayers(sizes.length - 2, activation, param);
  // every layer's parameters counted before any is allocated: [2, 1e9, 1] is an error, not an OOM kill
  let count = 0;
  for (let i = 0; i + 1 < sizes.length; i++) {
    const dense = sizes[i] * sizes[i + 1] + sizes[i + 1]; // W and b
    const layer = hidden[i]; // undefined for the output layer
    const gated = layer?.unit === "geglu" || layer?.unit === "swiglu";
    count += gated ? 2 * dense : dense + (layer?.learnable ? sizes[i + 1] : 0); // a gated layer has two of each
  }
  checkParameterCount(fn, `sizes [${sizes.join(", ")}]`, count);
  if (init !== undefined) checkFunction(fn, "init", init);
  const rng = rngOf(fn, "seed", seed);
  const layers: Layer<D>[] = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const [inputSize, outputSize] = [sizes[i], sizes[i + 1]];
    const layerSeed = rng.split();
    if (i === hidden.length) {
      layers.push(new Dense({ inputSize, outputSize, init, seed: layerSeed, dtype }));
      continue;
    }
    const { unit, param: layerParam, learnable = false } = hidden[i];
    if (unit === "geglu" || unit === "swiglu") {
      const gate = unit === "geglu" ? "gelu" : "swish";
      layers.push(
        new GatedFeedForwardLayer({
          inputSize,
          hiddenSize: outputSize,
          gate,
          param: layerParam,
          init,
          seed: layerSeed,
          dtype,
        }),
      );
    } else if (learnable) {
      layers.push(new Dense({ inputSize, outputSize, init, seed: layerSeed, dtype }));
      layers.push(
        unit === "prelu"
          ? new PReLU({ size: outputSize, alpha: layerParam, dtype })
          : new Swish({ size: outputSize, beta: layerParam, dtype }),
      );
    } else {
      layers.push(
        new Dense({
          inputSize,
          outputSize,
          activation: unit,
          param: layerParam,
          init,
          seed: layerSeed,
          dtype,
        }),
      );
    }
  }
  return new Sequential<D>(layers);
}

/** One checked HiddenLayer per hidden width, from mlp's `activation` and `param`. */
function hiddenLayers(
  count: number,
  activation: MlpOptions["activation"],
  param: number | undefined,
): HiddenLayer[] {
  if (!Array.isArray(activation)) {
    const unit = checkUnit(activation, "activation");
    checkActivationParam("mlp", gateOf(unit), param);
    return Array.from({ length: count }, () => ({ unit, param }));
  }
  if (param !== undefined) {
    throw new TypeError(
      `mlp: param goes in each layer's { unit, param } when activation is a list, got param ${describe(param)}`,
    );
  }
  if (activation.length !== count) {
    throw new RangeError(
      `mlp: activation must list one unit per hidden layer (${count}), got ${activation.length}`,
    );
  }
  return activation.map((entry: unknown, i) => {
    const layer =
      typeof entry === "string"
        ? { unit: entry }
        : checkOptions("mlp", entry as HiddenLayer, true, `activation[${i}]`);
    const { unit: given, param: layerParam, learnable = false } = layer as HiddenLayer;
    const unit = checkUnit(given, `activation[${i}]`);
    checkActivationParam("mlp", gateOf(unit), layerParam);
    if (
      checkBoolean("mlp", `activation[${i}].learnable`, learnable) &&
      unit !== "prelu" &&
      unit !== "swish"
    ) {
      throw new RangeError(
        `mlp: activation[${i}] can be learnable only for "prelu" or "swish", got ${describe(unit)}`,
      );
    }
    return { unit, param: layerParam, learnable };
  });
}

/** The activation whose parameter a hidden unit takes: a gated unit's gate. */
function gateOf(unit: HiddenUnit): ActivationId {
  return unit === "geglu" ? "gelu" : unit === "swiglu" ? "swish" : unit;
}

function checkUnit(unit: unknown, name: string): HiddenUnit {
  if (
    unit === "geglu" ||
    unit === "swiglu" ||
    (typeof unit === "string" && Object.hasOwn(activations, unit))
  ) {
    return unit as HiddenUnit;
  }
  throw new RangeError(
    `mlp: ${name} must be a registered activation id, "geglu" or "swiglu", got ${describe(unit)}`,
  );
}
