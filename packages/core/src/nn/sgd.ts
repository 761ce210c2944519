import type { FloatArray } from "../kernels/FloatArray.js";
import { checkOptions } from "../kernels/validate.js";
import { arrayOf, type Dtype, dtypeOf } from "./dtype.js";
import { checkHyper, checkParams, type Optimizer } from "./optimizer.js";
import type { Param } from "./param.js";

export interface SgdOptions {
  /** Step size η (required). */
  learningRate: number;
  /** Momentum μ; 0 (the default) is plain gradient descent. */
  momentum?: number;
  /** L2 penalty λ added to the gradient of parameters that accept decay; default 0. */
  weightDecay?: number;
}

/**
 * Stochastic gradient descent with momentum, as PyTorch's `SGD` (dampening 0, not Nesterov):
 *
 *   g = ∇ + λ·p,   v ← μ·v + g,   p ← p − η·v
 *
 * (v starts at 0, so the first step is p − η·g.) Weight decay skips parameters whose
 * `weightDecay` is false (PReLU's α, Swish's β).
 *
 * @example
 * const p = { name: "w", value: Float64Array.of(1), grad: Float64Array.of(2), weightDecay: true };
 * sgd({ learningRate: 0.1 }).step([p]); // p.value => [0.8]
 */
export function sgd(options: SgdOptions): Optimizer {
  const { learningRate, momentum = 0, weightDecay = 0 } = checkOptions("sgd", options, true);
  checkHyper("sgd", "learningRate", learningRate, 0);
  checkHyper("sgd", "momentum", momentum, 0, 1);
  checkHyper("sgd", "weightDecay", weightDecay, 0);
  const velocity = new Map<Param<Dtype>, FloatArray>();
  return {
    name: momentum > 0 ? `sgd(lr=${learningRate}, momentum=${momentum})` : `sgd(lr=${learningRate})`,
    step(params) {
      checkParams("sgd step", params);
      for (const p of params) {
        const decay = p.weightDecay ? weightDecay : 0;
        let v = velocity.get(p);
        if (v === undefined) {
          v = arrayOf(dtypeOf(p.value), p.value.length);
          velocity.set(p, v);
        }
        const { value, grad } = p;
        for (let i = 0; i < value.length; i++) {
          const g = grad[i] + decay * value[i];
          v[i] = momentum * v[i] + g;
          value[i] -= learningRate * v[i];
        }
      }
    },
  };
}
