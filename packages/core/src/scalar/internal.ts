// What the typed-array kernels take from the scalar functions: the parametrised activations
// without their parameter check (the kernels check it once per array), and mish′'s and geluTanh′'s
// series around their zeros (the SIMD kernels sum them too). Not part of the public API.
export { eluGradUnchecked, eluUnchecked } from "./elu.js";
export { GELU_TANH_GRAD_ROOT } from "./geluTanh.js";
export { leakyReluGradUnchecked, leakyReluUnchecked } from "./leakyRelu.js";
export { MISH_GRAD_ROOT } from "./mish.js";
export { preluGradAlphaUnchecked } from "./prelu.js";
export { swishGradBetaUnchecked, swishGradUnchecked, swishUnchecked } from "./swish.js";
