// @activation-lab/core/nn: a small, readable neural-network toolkit over Float64Array mini-batches,
// built on the core's activations and kernels (it never re-implements an activation formula).

export type { AdamOptions } from "./adam.js";
export { adam } from "./adam.js";
export { binaryCrossEntropyWithLogits } from "./binaryCrossEntropyWithLogits.js";
export type { CirclesOptions } from "./circles.js";
export { circles } from "./circles.js";
// Data sets
export type { Dataset, DatasetOptions } from "./dataset.js";
export type { DenseOptions } from "./dense.js";
export { Dense } from "./dense.js";
export type { GatedFeedForwardLayerOptions } from "./gatedFeedForwardLayer.js";
export { GatedFeedForwardLayer } from "./gatedFeedForwardLayer.js";
// Initialisers
export type { Fan, Initializer } from "./initializers.js";
export {
  constant,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  lecunNormal,
  lecunUniform,
  zeros,
} from "./initializers.js";
// Layers and models
export type { ActivationProbe, Layer } from "./layer.js";
// Diagnostics and training
export type { LayerStats } from "./layerStats.js";
export { deadFraction, layerStats } from "./layerStats.js";
// Losses
export type { Loss } from "./loss.js";
export { matmul, matmulTransposeA, matmulTransposeB } from "./matmul.js";
export { meanSquaredError } from "./meanSquaredError.js";
// The measured comparison table
export type { ActivationMeasurement, MeasureActivationsOptions } from "./measureActivations.js";
export { measureActivations } from "./measureActivations.js";
export type { HiddenUnit, MlpOptions } from "./mlp.js";
export { mlp } from "./mlp.js";
// Optimisers
export type { Optimizer } from "./optimizer.js";
export type { Param } from "./param.js";
export { createParam } from "./param.js";
export type { PReLUOptions } from "./prelu.js";
export { PReLU } from "./prelu.js";
export { probabilityOf } from "./probabilityOf.js";
export type { Regression1dOptions } from "./regression1d.js";
export { regression1d } from "./regression1d.js";
// Randomness: one seeded, splittable generator
export { Rng, toRng } from "./rng.js";
export { Sequential } from "./sequential.js";
export type { SgdOptions } from "./sgd.js";
export { sgd } from "./sgd.js";
export { softmaxCrossEntropy } from "./softmaxCrossEntropy.js";
export type { SpiralsOptions } from "./spirals.js";
export { spirals } from "./spirals.js";
export type { SwishOptions } from "./swish.js";
export { Swish } from "./swish.js";
export type { EpochRecord, StepRecord, TrainingHistory, TrainOptions } from "./train.js";
export { accuracy, NonFiniteLossError, train } from "./train.js";
export { twoMoons } from "./twoMoons.js";
export { xor } from "./xor.js";
