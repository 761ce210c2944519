// Gated linear units (Shazeer, 2020): the split form over the last dimension and the gated
// feed-forward layer built on it.
export type {
  GatedFeedForwardGradients,
  GatedFeedForwardOptions,
  GatedFeedForwardResult,
  GatedFeedForwardWeights,
} from "./gatedFeedForward.js";
export { gatedFeedForward, gatedFeedForwardBackward } from "./gatedFeedForward.js";
export { gluBackward } from "./gluBackward.js";
export type { GluOptions } from "./gluForward.js";
export { gluForward } from "./gluForward.js";
