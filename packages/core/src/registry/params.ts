import type { ActivationParam } from "./types.js";

/** The ids of the activations that take a parameter. */
export type ParametrisedActivationId = "leakyRelu" | "prelu" | "elu" | "swish";

const INF = Number.POSITIVE_INFINITY;

/**
 * The parameter of each parametrised activation: its name, default and valid range. The one
 * source of them: the scalar functions default to `default` and check against [min, max], the
 * kernels and gated units do the same through `activations[id].param` (this very object), and
 * the README's parameter table is generated from it (`pnpm --filter @activation-lab/core readme`).
 * It imports no function, so the scalar functions can read it without an import cycle.
 *
 * @example activationParams.leakyRelu.max // => 1
 */
export const activationParams: { readonly [K in ParametrisedActivationId]: ActivationParam } = {
  leakyRelu: { name: "alpha", default: 0.01, min: 0, max: 1, typical: [0, 0.3] },
  // any finite α: training may move a learned slope anywhere
  prelu: { name: "alpha", default: 0.25, min: -INF, max: INF, typical: [0, 1] },
  elu: { name: "alpha", default: 1, min: 0, max: INF, typical: [0.1, 2] },
  swish: { name: "beta", default: 1, min: -INF, max: INF, typical: [0.1, 10] },
};
