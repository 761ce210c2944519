// The loops of every activation, keyed by id: a missing or extra id is a compile error.
import type { ActivationId } from "../../registry/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { eluLoops } from "./elu.js";
import { geluLoops } from "./gelu.js";
import { geluTanhLoops } from "./geluTanh.js";
import { leakyReluLoops } from "./leakyRelu.js";

import { reluLoops } from "./relu.js";
import { sigmoidLoops } from "./sigmoid.js";
import { siluLoops } from "./silu.js";
import { softplusLoops } from "./softplus.js";
import { swishLoops } from "./swish.js";
import { tanhLoops } from "./tanh.js";

export const loops: { readonly [K in ActivationId]: ActivationLoops } = {
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
};
