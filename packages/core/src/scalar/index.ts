// Scalar activations (float64) and their derivatives, each beside its function

// Special functions JavaScript lacks
export { erf, erfc } from "../special/index.js";
export { elu, eluGrad } from "./elu.js";
export { gelu, geluGrad } from "./gelu.js";
export { geluTanh, geluTanhGrad } from "./geluTanh.js";
export { hardSwish, hardSwishGrad } from "./hardSwish.js";
export { leakyRelu, leakyReluGrad } from "./leakyRelu.js";
export { mish, mishGrad } from "./mish.js";
export { prelu, preluGrad, preluGradAlpha } from "./prelu.js";
export { relu, reluGrad } from "./relu.js";
export { sigmoid, sigmoidGrad } from "./sigmoid.js";
export { silu, siluGrad } from "./silu.js";
export { softplus, softplusGrad } from "./softplus.js";
export { swish, swishGrad, swishGradBeta } from "./swish.js";
export { tanh, tanhGrad } from "./tanh.js";
