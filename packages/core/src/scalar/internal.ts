// The parametrised activations without their parameter check, for the typed-array kernels,
// which check the parameter once per array. Not part of the public API.
export { eluGradUnchecked, eluUnchecked } from "./elu.js";
export { leakyReluGradUnchecked, leakyReluUnchecked } from "./leakyRelu.js";
export { preluGradAlphaUnchecked } from "./prelu.js";
export { swishGradBetaUnchecked, swishGradUnchecked, swishUnchecked } from "./swish.js";
