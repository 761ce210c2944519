// @activation-lab/core: activation functions, their derivatives, kernels and gated units.
export { sigmoid, sigmoidGrad } from "./scalar/sigmoid.js";
