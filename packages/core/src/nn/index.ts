// @activation-lab/core/nn: a small, readable neural-network toolkit over Float64Array mini-batches
// (or Float32Array ones, with dtype "float32"), built on the core's activations and kernels (it
// never re-implements an activation formula).
// Exports are in the linter's alphabetical order (by file); the families:
//   randomness   Rng, toRng
//   layers       Dense, PReLU, Swish, GatedFeedForwardLayer, PreNormResidual, Sequential, mlp, Param, matmul…
//   initialisers glorot/he/lecun × Uniform/Normal, standardUniform, zeros, constant, scaled
//   losses       meanSquaredError, binaryCrossEntropyWithLogits, softmaxCrossEntropy
//   optimisers   sgd, adam
//   data sets    xor, twoMoons, circles, spirals, regression1d, points
//   precision    Dtype, toDtype
//   training     train, inspect, layerStats, deadFraction, accuracy, probabilityOf, NonFiniteLossError
//   comparison   measureActivations, inputGradientRatio

export { accuracy } from "./accuracy.js";
export type { AdamOptions } from "./adam.js";
export { adam } from "./adam.js";
export { binaryCrossEntropyWithLogits } from "./binaryCrossEntropyWithLogits.js";
export type { CirclesOptions } from "./circles.js";
export { circles } from "./circles.js";
export type { Dataset, DatasetOptions } from "./dataset.js";
export type { DenseOptions } from "./dense.js";
export { Dense } from "./dense.js";
export type { ArrayOf, Dtype, DtypeArrays } from "./dtype.js";
export { toDtype } from "./dtype.js";
export type { GatedFeedForwardLayerOptions } from "./gatedFeedForwardLayer.js";
export { GatedFeedForwardLayer } from "./gatedFeedForwardLayer.js";
export type { Fan, Initializer } from "./initializers.js";
export {
  constant,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  lecunNormal,
  lecunUniform,
  scaled,
  standardUniform,
  zeros,
} from "./initializers.js";
export type { InputGradientRatioOptions } from "./inputGradientRatio.js";
export { inputGradientRatio } from "./inputGradientRatio.js";
export type { Inspection } from "./inspect.js";
export { inspect } from "./inspect.js";
export type { ActivationProbe, Layer } from "./layer.js";
export type { LayerStats } from "./layerStats.js";
export { deadFraction, layerStats } from "./layerStats.js";
export type { Loss } from "./loss.js";
export { matmul, matmulTransposeA, matmulTransposeB } from "./matmul.js";
export { meanSquaredError } from "./meanSquaredError.js";
export type { ActivationMeasurement, MeasureActivationsOptions } from "./measureActivations.js";
export { measureActivations } from "./measureActivations.js";
export type { HiddenLayer, HiddenUnit, MlpOptions } from "./mlp.js";
export { mlp } from "./mlp.js";
export { NonFiniteLossError } from "./nonFiniteLossError.js";
export type { Optimizer } from "./optimizer.js";
export type { Param } from "./param.js";
export { createParam } from "./param.js";
export { points } from "./points.js";
export type { PReLUOptions } from "./prelu.js";
export { PReLU } from "./prelu.js";
export { PreNormResidual } from "./preNormResidual.js";
export { probabilityOf } from "./probabilityOf.js";
export type { Regression1dOptions } from "./regression1d.js";
export { regression1d } from "./regression1d.js";
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
export { train } from "./train.js";
export { twoMoons } from "./twoMoons.js";
export { xor } from "./xor.js";
