import { geluTanh, geluTanhGrad } from "../../scalar/index.js";
import type { ActivationLoops } from "./ActivationLoops.js";
import { expFast } from "./fastExp.js";

const SQRT_2_OVER_PI = 0.7978845608028654;
const COEFF = 0.044715;

/** The zero of geluTanh′ is near −0.7518: there the float32 loop takes the scalar function. */
const ROOT_LO = -0.78;
const ROOT_HI = -0.72;

/**
 * Loops for GELU's tanh approximation, x·σ(2u) with u = √(2/π)(x + 0.044715x³). Float64 calls the
 * scalar functions. Float32 evaluates in float64 and rounds once: x/(1 + e^(−2u)), and the
 * derivative σ(2u) + 2x·u′·σ′(2u) = (s + 2x·u′·t)/s² with t = e^(−2u), s = 1 + t. NaN, ±∞,
 * |x| > 10 (derivative, where e^(−2u) would overflow) and the neighbourhood of the derivative's zero take a predictable branch
 * to the scalar functions.
 */
export const geluTanhLoops: ActivationLoops = {
  forward32(x, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const u = SQRT_2_OVER_PI * (v + COEFF * v * v * v);
      out[i] = v - v === 0 ? v / (1 + expFast(-2 * u)) : geluTanh(v);
    }
  },
  forward64(x, out) {
    for (let i = 0; i < x.length; i++) out[i] = geluTanh(x[i]);
  },
  backward32(x, dy, out) {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (Math.abs(v) <= 10 && (v < ROOT_LO || v > ROOT_HI)) {
        const u = SQRT_2_OVER_PI * (v + COEFF * v * v * v);
        const du = SQRT_2_OVER_PI * (1 + 3 * COEFF * v * v);
        const t = expFast(-2 * u);
        const s = 1 + t;
        out[i] = dy[i] * ((s + 2 * v * du * t) / (s * s));
      } else {
        out[i] = dy[i] * geluTanhGrad(v);
      }
    }
  },
  backward64(x, dy, out) {
    for (let i = 0; i < x.length; i++) out[i] = dy[i] * geluTanhGrad(x[i]);
  },
};
