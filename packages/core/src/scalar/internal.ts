// What the typed-array kernels take from the scalar functions: the parametrised activations
// without their parameter check (the kernels check it once per array), and mish′'s series around
// its zero (the SIMD kernel sums it too). Not part of the public API.
export { eluGradUnchecked, eluUnchecked } from "./elu.js";
export { leakyReluGradUnchecked, leakyReluUnchecked } from "./leakyRelu.js";
export { MISH_GRAD_ROOT } from "./mish.js";
export { preluGradAlphaUnchecked } from "./prelu.js";
export { swishGradBetaUnchecked, swishGradUnchecked, swishUnchecked } from "./swish.js";
