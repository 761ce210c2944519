// The loops of every activation, keyed by id: a missing or extra id is a compile error.
import { type ActivationId, activationIds } from "../../registry/index.js";
import { withSimd } from "../simd/simdLoops.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { eluLoops } from "./elu.js";
import { geluLoops } from "./gelu.js";
import { geluTanhLoops } from "./geluTanh.js";
import { hardSwishLoops } from "./hardSwish.js";
import { leakyReluLoops } from "./leakyRelu.js";
import { mishLoops } from "./mish.js";
import { reluLoops } from "./relu.js";
import { sigmoidLoops } from "./sigmoid.js";
import { siluLoops } from "./silu.js";
import { softplusLoops } from "./softplus.js";
import { swishLoops } from "./swish.js";
import { tanhLoops } from "./tanh.js";

/**
 * The plain-JavaScript loops: the fallback where WebAssembly SIMD cannot run (float64: the scalar
 * functions, which the float64 kernels also take for the inputs they leave).
 */
export const jsLoops: { readonly [K in ActivationId]: ActivationLoops } = {
  sigmoid: sigmoidLoops,
  tanh: tanhLoops,
  relu: reluLoops,
  leakyRelu: leakyReluLoops,
  prelu: leakyReluLoops, // the same loops: only the valid range of α differs
  elu: eluLoops,
  swish: swishLoops,
  silu: siluLoops,
  gelu: geluLoops,
  geluTanh: geluTanhLoops,
  softplus: softplusLoops,
  mish: mishLoops,
  hardSwish: hardSwishLoops,
};

/** The loops the kernels run: WebAssembly SIMD where it can run and has a kernel, else the JS loops. */
export const loops = Object.fromEntries(activationIds.map((id) => [id, withSimd(id, jsLoops[id])])) as {
  readonly [K in ActivationId]: ActivationLoops;
};
