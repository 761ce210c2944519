// Swish's float32 kernels and SwiGLU's fused gate clamp x in float32 lanes at a distance from 0
// set by β (assembly/kernels.ts, swishLimits): |βx| = 707.7 forward and in the gate, 700 for the
// derivative, or float32's largest where that is nearer. Inputs on both sides of those edges, at
// them, and at ±∞ for β of both signs, tiny and huge (the JS loop beyond 1e40): each result within
// 1 ULP of the float64 scalar function's rounded to float32, zeros signed alike, NaN for NaN.
import { describe, expect, it } from "vitest";
import { gluBackward, gluForward } from "../../src/glu/index.js";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import { isSwishBetaForJs } from "../../src/kernels/simd/simdLoops.js";
import { activations } from "../../src/registry/index.js";
import { hasWrongZeroSign } from "../fixtures/accuracy.js";
import { ulps32 } from "./helpers.js";

const { f, df } = activations.swish;
const show = (v: number) => (Object.is(v, -0) ? "-0" : String(v));

function expectClose(got: number, exact: number, what: string) {
  const expected = Math.fround(exact);
  if (ulps32(got, expected) > 1 || hasWrongZeroSign(got, expected)) {
    expect.fail(`${what}: ${show(got)}, expected ${show(expected)}`);
  }
}

const MAX = 3.4028234663852886e38;
/** x around ±edge/|β| for both edges, and the values a clamp could get wrong. */
function inputs(beta: number): Float32Array {
  const values = [0, -0, Number.NaN, Infinity, -Infinity, MAX, -MAX, 1, -1];
  for (const edge of [1021 / Math.LOG2E, 700]) {
    const at = edge / Math.abs(beta);
    for (const scale of [0.5, 1 - 2 ** -20, 1, 1 + 2 ** -20, 2, 1e6]) {
      values.push(at * scale, -at * scale);
    }
  }
  return Float32Array.from(values);
}

const betas = [
  1, -1, 0.7, -0.7, 2.5, 1e-30, -1e-30, 3e-36, -5e-36, 1e30, -1e30, 1e40, -1e40, 2e40, -1e300,
  1.7976931348623157e308,
];
const dys = [1, -0.3, 3e38, -1e-30];

describe("swish's float32 kernels at their limits", () => {
  for (const beta of betas) {
    it(`β = ${beta}: forward and backward within 1 ULP at and around the edges and at ±∞`, () => {
      const x = inputs(beta);
      const y = activationForward("swish", x, { param: beta });
      for (let i = 0; i < x.length; i++) expectClose(y[i], f(x[i], beta), `swish(${x[i]}, ${beta})`);
      for (const dy of dys) {
        const dx = activationBackward("swish", x, new Float32Array(x.length).fill(dy), { param: beta });
        for (let i = 0; i < x.length; i++) {
          expectClose(dx[i], Math.fround(dy) * df(x[i], beta), `${dy}·swish′(${x[i]}, ${beta})`);
        }
      }
    });

    // a tiny or huge β is not fused: the composed path rounds dy·a to float32 first (see gluBackward)
    if (isSwishBetaForJs(beta)) continue;
    it(`β = ${beta}: SwiGLU's fused gate, a·swish(b) and its gradients, within 1 ULP there`, () => {
      const b = inputs(beta);
      const half = b.length;
      // rows [a | b], a = 1, −3.4·10^38 (the largest products) and 2^−60 (the smallest)
      const values = [1, -MAX, 2 ** -60];
      const x = new Float32Array(2 * half * values.length);
      values.forEach((a, r) => {
        x.fill(a, 2 * half * r, 2 * half * r + half);
        x.set(b, 2 * half * r + half);
      });
      const rows = values.length;
      const y = gluForward(x, { lastDim: 2 * half, gate: "swish", param: beta });
      const dy = Float32Array.from({ length: rows * half }, (_, i) => dys[i % dys.length]);
      const dx = gluBackward(x, dy, { lastDim: 2 * half, gate: "swish", param: beta });
      for (let r = 0; r < rows; r++) {
        const a = Math.fround(values[r]);
        for (let j = 0; j < half; j++) {
          const what = `a = ${a}, b = ${b[j]}, β = ${beta}`;
          const up = dy[r * half + j];
          expectClose(y[r * half + j], a * f(b[j], beta), `${what}: a·swish(b)`);
          expectClose(dx[2 * half * r + j], up * f(b[j], beta), `${what}: dy·swish(b)`);
          expectClose(dx[2 * half * r + half + j], up * a * df(b[j], beta), `${what}: dy·a·swish′(b)`);
        }
      }
    });
  }
});
