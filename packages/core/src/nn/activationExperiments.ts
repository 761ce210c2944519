// The seeded experiments of measureActivations' table: the gradient left at the input of a deep
// network at initialisation, and the hidden units dead after a short training.
import { type ActivationId, type GatedUnitId, gatedUnits } from "../registry/index.js";
import { adam } from "./adam.js";
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
export function meanInputGradientRatio(
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
export function deadShare(id: ActivationId | GatedUnitId, epochs: number, seed: number): number {
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
