// @activation-lab/core: activation functions, their derivatives, kernels and gated units.
// The neural-network toolkit is a separate entry point: @activation-lab/core/nn.

// Formatting: numbers as readers see them in the post, the notebooks and the site
export * from "./format/index.js";
// Gated linear units: GEGLU, SwiGLU and the gated feed-forward layer
export * from "./glu/index.js";
// Typed-array kernels: forward and backward over Float32Array / Float64Array
export * from "./kernels/index.js";
// Metadata: one typed registry of the post's activations, keyed by id
export * from "./registry/index.js";
// Scalar activations and their derivatives (float64)
export * from "./scalar/index.js";
