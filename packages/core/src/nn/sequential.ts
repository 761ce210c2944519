import { describe } from "./check.js";
import { type ArrayOf, checkArrayOf, type Dtype } from "./dtype.js";
import type { Layer } from "./layer.js";
import type { Param } from "./param.js";

/**
 * Layers applied one after the other: forward runs them in order, backward in reverse, each
 * layer's ∂L/∂input becoming the previous layer's ∂L/∂output. Its dtype is its layers': they
 * must all have the same one.
 *
 * @example
 * const model = new Sequential([
 *   new Dense({ inputSize: 2, outputSize: 8, activation: "tanh", seed: 1 }),
 *   new Dense({ inputSize: 8, outputSize: 1, seed: 2 }),
 * ]);
 * model.predict(Float64Array.of(0, 1, 1, 0)).length // => 2 (one output per row)
 */
export class Sequential<D extends Dtype = "float64"> {
  readonly layers: readonly Layer<D>[];
  readonly params: readonly Param<D>[];
  readonly inputSize: number;
  readonly outputSize: number;
  /** The precision of every layer: "float64" or "float32". */
  readonly dtype: D;
  /** Each layer's output in the last forward pass (for diagnostics and NaN reports). */
  readonly outputs: ArrayOf<D>[] = [];
  /** ∂L/∂(each layer's input) from the last backward pass (for diagnostics). */
  readonly inputGrads: ArrayOf<D>[] = [];

  constructor(layers: readonly Layer<D>[]) {
    this.dtype = checkLayers("Sequential", layers);
    this.layers = layers;
    this.params = layers.flatMap((layer) => layer.params);
    this.inputSize = layers[0].inputSize;
    this.outputSize = layers[layers.length - 1].outputSize;
  }

  /** Runs a mini-batch of `rows` samples through every layer; returns the last layer's buffer. */
  forward(x: ArrayOf<D>, rows: number): ArrayOf<D> {
    let h = x;
    for (let i = 0; i < this.layers.length; i++) {
      h = this.layers[i].forward(h, rows);
      this.outputs[i] = h;
    }
    return h;
  }

  /** Back-propagates ∂L/∂output through every layer (filling each parameter's grad); returns ∂L/∂x. */
  backward(dy: ArrayOf<D>): ArrayOf<D> {
    let g = dy;
    for (let i = this.layers.length - 1; i >= 0; i--) {
      g = this.layers[i].backward(g);
      this.inputGrads[i] = g;
    }
    return g;
  }

  /** The model's outputs for every row of x (a new array, rows × outputSize). */
  predict(x: ArrayOf<D>): ArrayOf<D> {
    checkArrayOf("Sequential.predict", "x", this.dtype, x);
    if (x.length % this.inputSize !== 0 || x.length === 0) {
      throw new RangeError(
        `Sequential.predict: x's length must be a non-zero multiple of ${this.inputSize}, got ${x.length}`,
      );
    }
    return this.forward(x, x.length / this.inputSize).slice() as ArrayOf<D>;
  }
}

/** Throws a TypeError unless `model` is a Sequential. */
export function checkModel<D extends Dtype>(fn: string, model: Sequential<D>): Sequential<D> {
  if (!(model instanceof Sequential))
    throw new TypeError(`${fn}: model must be a Sequential, got ${describe(model)}`);
  return model;
}

/**
 * Throws unless `layers` is a non-empty array of layers of one dtype, each taking the previous
 * one's output: the check of Sequential and PreNormResidual, so that both reject the same values
 * by their own name. Returns their dtype.
 */
export function checkLayers<D extends Dtype>(fn: string, layers: readonly Layer<D>[]): D {
  if (!Array.isArray(layers))
    throw new TypeError(`${fn}: layers must be an array of layers, got ${describe(layers)}`);
  if (layers.length === 0) throw new RangeError(`${fn}: layers must hold at least one layer, got 0`);
  layers.forEach((layer, i) => {
    const isLayer =
      typeof layer === "object" &&
      layer !== null &&
      typeof layer.forward === "function" &&
      typeof layer.backward === "function" &&
      Number.isInteger(layer.inputSize) &&
      Number.isInteger(layer.outputSize) &&
      Array.isArray(layer.params);
    if (!isLayer) throw new TypeError(`${fn}: layers[${i}] must be a Layer, got ${describe(layer)}`);
  });
  for (let i = 1; i < layers.length; i++) {
    if (layers[i].inputSize !== layers[i - 1].outputSize) {
      throw new RangeError(
        `${fn}: layer ${i} (${layers[i].label}) takes ${layers[i].inputSize} inputs, but layer ${i - 1} (${layers[i - 1].label}) gives ${layers[i - 1].outputSize}`,
      );
    }
  }
  // a layer written without a dtype (in JavaScript, or before float32) is float64
  const dtype = layers[0].dtype ?? ("float64" as D);
  for (let i = 1; i < layers.length; i++) {
    const other = layers[i].dtype ?? "float64";
    if (other !== dtype) {
      throw new TypeError(
        `${fn}: layer ${i} (${layers[i].label}) is ${other}, but layer 0 (${layers[0].label}) is ${dtype}: every layer must have one dtype`,
      );
    }
  }
  return dtype;
}
