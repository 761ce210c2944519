import type { FloatArray } from "../kernels/FloatArray.js";
import { checkOptions } from "../kernels/validate.js";
import { arrayOf, type Dtype, dtypeOf } from "./dtype.js";
import { checkHyper, checkParams, type Optimizer } from "./optimizer.js";
import type { Param } from "./param.js";

export interface AdamOptions {
  /** Step size η; default 0.001. */
  learningRate?: number;
  /** Decay of the first-moment average; default 0.9. */
  beta1?: number;
  /** Decay of the second-moment average; default 0.999. */
  beta2?: number;
  /** Added to √v̂ in the denominator; default 1e-8. */
  epsilon?: number;
  /** L2 penalty λ added to the gradient (PyTorch's `Adam`, not AdamW); default 0. */
  weightDecay?: number;
}

/**
 * Adam (Kingma & Ba, 2015), as PyTorch's `Adam`. At step t = 1, 2, …:
 *
 *   g = ∇ + λ·p,   m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²,
 *   p ← p − η · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
 *
 * Weight decay skips parameters whose `weightDecay` is false (PReLU's α, Swish's β).
 *
 * @example
 * const p = { name: "w", value: Float64Array.of(1), grad: Float64Array.of(2), weightDecay: true };
 * adam({ learningRate: 0.1 }).step([p]); // p.value => [0.9] (the first step moves each weight by ≈ η)
 */
export function adam(options: AdamOptions = {}): Optimizer {
  const {
    learningRate = 0.001,
    beta1 = 0.9,
    beta2 = 0.999,
    epsilon = 1e-8,
    weightDecay = 0,
  } = checkOptions("adam", options, true);
  checkHyper("adam", "learningRate", learningRate, 0);
  checkHyper("adam", "beta1", beta1, 0, 1);
  checkHyper("adam", "beta2", beta2, 0, 1);
  checkHyper("adam", "epsilon", epsilon, 0);
  checkHyper("adam", "weightDecay", weightDecay, 0);
  const moments = new Map<Param<Dtype>, { m: FloatArray; v: FloatArray }>();
  let t = 0;
  return {
    name: `adam(lr=${learningRate})`,
    step(params) {
      checkParams("adam step", params);
      t += 1;
      const correction1 = 1 - beta1 ** t;
      const correction2 = 1 - beta2 ** t;
      for (const p of params) {
        const decay = p.weightDecay ? weightDecay : 0;
        let state = moments.get(p);
        if (state === undefined) {
          const dtype = dtypeOf(p.value);
          state = { m: arrayOf(dtype, p.value.length), v: arrayOf(dtype, p.value.length) };
          moments.set(p, state);
        }
        const { m, v } = state;
        const { value, grad } = p; // locals: V8 then keeps the arrays' bounds and data in registers
        for (let i = 0; i < value.length; i++) {
          const g = grad[i] + decay * value[i];
          m[i] = beta1 * m[i] + (1 - beta1) * g;
          v[i] = beta2 * v[i] + (1 - beta2) * g * g;
          value[i] -= (learningRate * (m[i] / correction1)) / (Math.sqrt(v[i] / correction2) + epsilon);
        }
      }
    },
  };
}
