// The float64 kernels' peer in the bench: a naive `for` loop over a Float64Array with the textbook
// formula and Math.exp (stdlib's erf for GELU, JavaScript having none), as a user would write it
// without this library. No care for tails or cancellation: these are a speed reference only.

import type { ActivationId } from "@activation-lab/core";
import stdlibErf from "@stdlib/math-base-special-erf";

/**
 * The naive loops of one activation at the parameter p (NaN for none): out[i] = f(x[i]),
 * out[i] = dy[i]·f′(x[i]).
 */
interface NaiveLoops {
  forward(x: Float64Array, out: Float64Array, p: number): void;
  backward(x: Float64Array, dy: Float64Array, out: Float64Array, p: number): void;
}

const logistic = (v: number) => 1 / (1 + Math.exp(-v));
const SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

// Each loop written out, as a user would: one loop per formula keeps each call site monomorphic,
// so V8 inlines the formula (a shared loop calling f through a table would flatter the kernels).
const leaky: NaiveLoops = {
  forward(x, out, a) {
    for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : a * x[i];
  },
  backward(x, dy, out, a) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * (x[i] > 0 ? 1 : a);
  },
};
const swish: NaiveLoops = {
  forward(x, out, b) {
    for (let i = 0; i < x.length; i++) out[i] = x[i] / (1 + Math.exp(-b * x[i]));
  },
  backward(x, dy, out, b) {
    for (let i = 0; i < x.length; i++) {
      const s = logistic(b * x[i]);
      out[i] = dy[i] * (s + b * x[i] * s * (1 - s));
    }
  },
};

/** The naive loops of every activation (a missing id is a compile error). */
export const naiveLoops64: { readonly [K in ActivationId]: NaiveLoops } = {
  sigmoid: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = 1 / (1 + Math.exp(-x[i]));
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const s = logistic(x[i]);
        out[i] = dy[i] * s * (1 - s);
      }
    },
  },
  tanh: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = Math.tanh(x[i]);
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const t = Math.tanh(x[i]);
        out[i] = dy[i] * (1 - t * t);
      }
    },
  },
  relu: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = Math.max(x[i], 0);
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? dy[i] : 0;
    },
  },
  leakyRelu: leaky,
  prelu: leaky,
  elu: {
    forward(x, out, a) {
      for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : a * (Math.exp(x[i]) - 1);
    },
    backward(x, dy, out, a) {
      for (let i = 0; i < x.length; i++) out[i] = dy[i] * (x[i] > 0 ? 1 : a * Math.exp(x[i]));
    },
  },
  swish,
  silu: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = x[i] / (1 + Math.exp(-x[i]));
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const s = logistic(x[i]);
        out[i] = dy[i] * (s + x[i] * s * (1 - s));
      }
    },
  },
  gelu: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = 0.5 * x[i] * (1 + stdlibErf(x[i] * Math.SQRT1_2));
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        out[i] =
          dy[i] * (0.5 * (1 + stdlibErf(v * Math.SQRT1_2)) + v * INV_SQRT_2PI * Math.exp(-0.5 * v * v));
      }
    },
  },
  geluTanh: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        out[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v)));
      }
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        const t = Math.tanh(SQRT_2_OVER_PI * (v + 0.044715 * v * v * v));
        out[i] =
          dy[i] * (0.5 * (1 + t) + 0.5 * v * (1 - t * t) * SQRT_2_OVER_PI * (1 + 3 * 0.044715 * v * v));
      }
    },
  },
  softplus: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = Math.log1p(Math.exp(x[i]));
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) out[i] = dy[i] / (1 + Math.exp(-x[i]));
    },
  },
  mish: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = x[i] * Math.tanh(Math.log1p(Math.exp(x[i])));
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const t = Math.tanh(Math.log1p(Math.exp(x[i])));
        out[i] = dy[i] * (t + x[i] * (1 - t * t) * logistic(x[i]));
      }
    },
  },
  hardSwish: {
    forward(x, out) {
      for (let i = 0; i < x.length; i++) out[i] = (x[i] * Math.min(Math.max(x[i] + 3, 0), 6)) / 6;
    },
    backward(x, dy, out) {
      for (let i = 0; i < x.length; i++) {
        const v = x[i];
        out[i] = dy[i] * (v <= -3 ? 0 : v >= 3 ? 1 : (2 * v + 3) / 6);
      }
    },
  },
};
