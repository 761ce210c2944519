/**
 * The playground's configuration: everything a run depends on, so that one config (and so one
 * URL) gives one run, bit for bit. Presets are configs (presets.ts); the URL codec (url.ts)
 * writes and reads them; the session (session.ts) trains them with @activation-lab/core/nn.
 */
import { type ActivationParam, activationIds, activations } from "@activation-lab/core";
import type { HiddenUnit } from "@activation-lab/core/nn";

/** The 2-D classification sets of core/nn, and its 1-D regression set. */
export const datasetNames = ["spirals", "moons", "circles", "xor", "regression"] as const;
export type DatasetName = (typeof datasetNames)[number];

/** The initialisers of core/nn a reader can pick (each then scaled by `gain`). */
export const initNames = [
  "glorotUniform",
  "glorotNormal",
  "heUniform",
  "heNormal",
  "lecunUniform",
  "lecunNormal",
] as const;
export type InitName = (typeof initNames)[number];

export const optimizerNames = ["sgd", "adam"] as const;
export type OptimizerName = (typeof optimizerNames)[number];

/** Every activation of the core's registry, then the gated units. */
export const hiddenUnits: readonly HiddenUnit[] = [...activationIds, "geglu", "swiglu"];

/** The units whose parameter (PReLU's α, Swish's β) can be learnt. */
export const learnableUnits: readonly HiddenUnit[] = ["prelu", "swish"];

/** One hidden layer: its width and its nonlinearity. */
export interface LayerConfig {
  /** Units of the layer (for a gated layer: gated outputs, each one value × one gate). */
  units: number;
  activation: HiddenUnit;
  /** The activation's α or β; the registry default when omitted. */
  param?: number;
  /** Learn the parameter (prelu and swish only). */
  learnable?: boolean;
}

/** One run of the playground. */
export interface PlaygroundConfig {
  data: DatasetName;
  /** Points generated, before the train/test split. */
  points: number;
  /** Standard deviation of the data's Gaussian noise. */
  noise: number;
  /** Share of the points held out for the test loss, in [0.1, 0.9]. */
  testShare: number;
  /** Hidden layers, input side first; the input and output widths follow from the data. */
  layers: LayerConfig[];
  init: InitName;
  /** Multiplies every initial weight (1: the initialiser's own scale). */
  gain: number;
  optimizer: OptimizerName;
  learningRate: number;
  batchSize: number;
  /** One seed for everything random: data, split, weights, shuffles. */
  seed: number;
  /** Where a run stops by itself (a preset's length; the reader can keep going). */
  epochs: number;
}

/** The limits a config is checked against (also the controls' min and max). */
export const limits = {
  points: [20, 2000],
  noise: [0, 1],
  testShare: [0.1, 0.9],
  layers: [1, 10],
  units: [1, 64],
  gain: [0.01, 10],
  learningRate: [1e-5, 10],
  batchSize: [1, 2000],
  seed: [0, 2 ** 31 - 1],
  epochs: [1, 100_000],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Throws a RangeError naming the field and the value unless `config` is a valid playground
 * config; returns it. The URL codec and the worker call it on everything they receive.
 */
export function checkConfig(config: PlaygroundConfig): PlaygroundConfig {
  const where = "playground config";
  const inRange = (name: keyof typeof limits, value: number, integer = false) => {
    const [min, max] = limits[name];
    if (
      typeof value !== "number" ||
      !(value >= min && value <= max) ||
      (integer && !Number.isInteger(value))
    ) {
      throw new RangeError(
        `${where}: ${name} must be ${integer ? "an integer" : "a number"} in [${min}, ${max}], got ${value}`,
      );
    }
  };
  const oneOf = <T extends string>(name: string, value: T, allowed: readonly T[]) => {
    if (!allowed.includes(value))
      throw new RangeError(
        `${where}: ${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`,
      );
  };
  oneOf("data", config.data, datasetNames);
  inRange("points", config.points, true);
  inRange("noise", config.noise);
  inRange("testShare", config.testShare);
  inRange("layers", config.layers.length, true);
  config.layers.forEach((layer, i) => {
    inRange("units", layer.units, true);
    oneOf(`layers[${i}].activation`, layer.activation, hiddenUnits);
    if (layer.learnable && !learnableUnits.includes(layer.activation)) {
      throw new RangeError(
        `${where}: layers[${i}].learnable is only for ${learnableUnits.join(" and ")}, got ${layer.activation}`,
      );
    }
    if (layer.param !== undefined) {
      const spec = paramOf(layer.activation);
      if (spec === undefined || !(layer.param >= spec.min && layer.param <= spec.max)) {
        const range = spec ? `a number in [${spec.min}, ${spec.max}]` : "absent (it takes no parameter)";
        throw new RangeError(
          `${where}: layers[${i}].param of ${layer.activation} must be ${range}, got ${layer.param}`,
        );
      }
    }
  });
  oneOf("init", config.init, initNames);
  inRange("gain", config.gain);
  oneOf("optimizer", config.optimizer, optimizerNames);
  inRange("learningRate", config.learningRate);
  inRange("batchSize", config.batchSize, true);
  inRange("seed", config.seed, true);
  inRange("epochs", config.epochs, true);
  return config;
}

/** The registry's parameter of a hidden unit (a gated unit's is its gate's, which has none). */
export function paramOf(unit: HiddenUnit): ActivationParam | undefined {
  if (unit === "geglu" || unit === "swiglu") return undefined;
  return activations[unit].param;
}
