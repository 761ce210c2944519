// Float32 gated units over rows shorter than, equal to and longer than a kernel chunk, signed zeros
// and NaN included. Fused (WebAssembly SIMD): each product within 1 float32 ULP of the exact one,
// from the float64 scalar functions. Where SIMD cannot run: the per-row composition of the
// activation kernels, the gate rounded to float32 and then multiplied (by a last where dy·a overflows).
import { describe, expect, it } from "vitest";
import { gluBackward, gluForward } from "../../src/glu/index.js";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import { simdKernels } from "../../src/kernels/simd/simdKernels.js";
import { activations } from "../../src/registry/index.js";
import { hasWrongZeroSign } from "../fixtures/accuracy.js";
import { fusedGates, seededFloats, specials, ulps32 } from "../kernels/helpers.js";

const show = (v: number) => (Object.is(v, -0) ? "-0" : String(v));

/** Fails unless got is within 1 ULP of the float32 rounding of the float64 value, zeros signed alike. */
function expectClose(got: number, exact: number, what: () => string) {
  const expected = Math.fround(exact);
  if (ulps32(got, expected) > 1 || hasWrongZeroSign(got, expected))
    expect.fail(`${what()}: ${show(got)}, expected ${show(expected)}`);
}

// rows of 1 + 1 (many tiny segments), 4 + 4 (whole rows, the tails in the first chunk only), 1000 +
// 1000 (the rows) and 5000 + 5000 (rows split over chunks)
const layouts = [
  { lastDim: 2, rows: 5000 },
  { lastDim: 8, rows: 3000 },
  { lastDim: 2000, rows: 7 },
  { lastDim: 10000, rows: 2 },
];

/**
 * Row-major x: gate inputs that reach the tails and the special values, values as large as float32
 * goes (so that a·gate(b) is nonzero down to gate values of 1e−83), placed at the start of rows.
 */
function inputs(lastDim: number, rows: number, seed: number): Float32Array {
  const x = Float32Array.from(seededFloats(lastDim * rows, seed, -12, 12));
  const tails = [...specials, -17, -19, -25, 40, -100, 100, -1e30, 1e30];
  const values = specials.filter(Number.isFinite);
  for (let k = 0; k < tails.length; k++) {
    const r = k % rows;
    const j = Math.floor(k / rows) % (lastDim / 2);
    x[r * lastDim + lastDim / 2 + j] = tails[k]; // a gate input
    x[r * lastDim + j] = values[k % values.length]; // a value
  }
  return x;
}

const fused = simdKernels() !== null;
const one = new Float32Array(1);
const other = new Float32Array(1);

describe("float32 gated units, fused", () => {
  for (const [gate, param] of fusedGates) {
    const { f, df } = activations[gate];
    const label = param === undefined ? gate : `${gate} (β = ${param})`;
    for (const { lastDim, rows } of layouts) {
      const half = lastDim / 2;
      const x = inputs(lastDim, rows, lastDim + rows);
      const dy = Float32Array.from(seededFloats(rows * half, 5, -2, 2));

      it(`gluForward with ${label}, rows of ${lastDim}: a·${gate}(b) rounded to float32 within 1 ULP`, () => {
        const y = gluForward(x, { lastDim, gate, param });
        for (let r = 0; r < rows; r++) {
          for (let j = 0; j < half; j++) {
            const a = x[r * lastDim + j];
            const b = x[r * lastDim + half + j];
            const what = () => `row ${r}, a = ${a}, b = ${b}`;
            if (fused) expectClose(y[r * half + j], a * f(b, param), what);
            else {
              one[0] = b;
              expectClose(y[r * half + j], a * activationForward(gate, one, { param, out: one })[0], what);
            }
          }
        }
      });

      it(`gluBackward with ${label}, rows of ${lastDim}: [dy·${gate}(b) | dy·a·${gate}′(b)] within 1 ULP`, () => {
        const dx = gluBackward(x, dy, { lastDim, gate, param });
        for (let r = 0; r < rows; r++) {
          for (let j = 0; j < half; j++) {
            const a = x[r * lastDim + j];
            const b = x[r * lastDim + half + j];
            const g = dy[r * half + j];
            const what = () => `row ${r}, a = ${a}, b = ${b}, dy = ${g}`;
            if (fused) {
              expectClose(dx[r * lastDim + j], g * f(b, param), () => `∂a at ${what()}`);
              expectClose(dx[r * lastDim + half + j], g * a * df(b, param), () => `∂b at ${what()}`);
              continue;
            }
            one[0] = b;
            expectClose(
              dx[r * lastDim + j],
              g * activationForward(gate, one, { param })[0],
              () => `∂a at ${what()}`,
            );
            other[0] = g * a;
            // where dy·a overflows float32 (finite factors), the composition takes (dy·gate′(b))·a
            const overflows = !Number.isFinite(other[0]) && Number.isFinite(g) && Number.isFinite(a);
            if (overflows) other[0] = g;
            const db = activationBackward(gate, one, other, { param })[0] * (overflows ? a : 1);
            expectClose(dx[r * lastDim + half + j], db, () => `∂b at ${what()}`);
          }
        }
      });
    }
  }

  it("writes into a given out and leaves the rest of dx's rows to their own halves", () => {
    const x = Float32Array.of(2, -1, 3, 0.5);
    const out = new Float32Array(2);
    expect(gluForward(x, { lastDim: 2, gate: "sigmoid", out })).toBe(out);
    expect(Array.from(out)).toEqual([
      Math.fround(2 * activations.sigmoid.f(-1)),
      Math.fround(3 * activations.sigmoid.f(0.5)),
    ]);
  });
});
