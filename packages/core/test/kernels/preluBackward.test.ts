import { describe, expect, it } from "vitest";
import { activationBackward, preluBackward } from "../../src/kernels/index.js";
import { prelu32Channels } from "../../src/kernels/preluBackward.js";
import { float32Grid, seededFloats, ulps32 } from "./helpers.js";

/** Σ values with Neumaier's compensated summation: an independent, more accurate sum. */
function accurateSum(values: Iterable<number>): number {
  let sum = 0;
  let c = 0;
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

describe("preluBackward", () => {
  const x = seededFloats(6000, 11, -4, 4);
  const dy = seededFloats(6000, 12, -2, 2);

  it("gives the same dx as activationBackward('prelu') with a scalar alpha", () => {
    const { dx } = preluBackward(x, dy, 0.3);
    expect(Array.from(dx)).toEqual(Array.from(activationBackward("prelu", x, dy, { param: 0.3 })));
  });

  it("dAlpha with a scalar alpha is Σ dy·x over x < 0, as an independent compensated sum", () => {
    const { dAlpha } = preluBackward(x, dy, 0.3);
    const expected = accurateSum(Array.from(x, (v, i) => (v < 0 ? dy[i] * v : 0)));
    const scale = accurateSum(Array.from(x, (v, i) => Math.abs(dy[i] * v)));
    expect(Math.abs(dAlpha - expected)).toBeLessThanOrEqual(x.length * 2 ** -53 * scale);
  });

  it("per-channel alpha over [..., channels]: element i uses alpha[i % channels], dAlpha per channel", () => {
    const channels = 6;
    const alpha = Float64Array.of(0, 0.1, 0.25, 0.5, 1, -0.5);
    const { dx, dAlpha } = preluBackward(x, dy, alpha);
    expect(dAlpha).toBeInstanceOf(Float64Array);
    expect(dAlpha.length).toBe(channels);
    for (let i = 0; i < x.length; i++) {
      expect(dx[i]).toBe(x[i] > 0 ? dy[i] : dy[i] * alpha[i % channels]);
    }
    for (let c = 0; c < channels; c++) {
      const terms: number[] = [];
      const magnitudes: number[] = [];
      for (let i = c; i < x.length; i += channels) {
        terms.push(x[i] < 0 ? dy[i] * x[i] : 0);
        magnitudes.push(Math.abs(dy[i] * x[i]));
      }
      const tolerance = terms.length * 2 ** -53 * accurateSum(magnitudes);
      expect(Math.abs(dAlpha[c] - accurateSum(terms))).toBeLessThanOrEqual(tolerance);
    }
  });

  it("a Float32Array alpha gives a Float32Array dAlpha, the float64 sum rounded once", () => {
    const x32 = Float32Array.from(x);
    const dy32 = Float32Array.from(dy);
    const alpha = Float32Array.of(0.25, 0.5);
    const { dx, dAlpha } = preluBackward(x32, dy32, alpha, { channels: 2 });
    expect(dx).toBeInstanceOf(Float32Array);
    expect(dAlpha).toBeInstanceOf(Float32Array);
    for (let c = 0; c < 2; c++) {
      const terms: number[] = [];
      for (let i = c; i < x32.length; i += 2) terms.push(x32[i] < 0 ? dy32[i] * x32[i] : 0);
      expect(ulps32(dAlpha[c], Math.fround(accurateSum(terms)))).toBeLessThanOrEqual(1);
    }
  });

  // as in preluForward.test.ts: every way the SIMD kernels' tile period can fall
  for (const channels of [3, 6, 64, 1023, 2047, 5000]) {
    it(`float32 per-channel over [..., ${channels}]: dx is dy·α rounded once, dAlpha Σ dy·min(x, 0) per channel (SIMD and JS alike)`, () => {
      const n = channels * Math.ceil(13000 / channels);
      const x32 = Float32Array.from(seededFloats(n, 13, -4, 4));
      x32.set([Number.NEGATIVE_INFINITY, -0, 0], channels); // row 1: −∞, −0, +0 in its first channels
      const dy32 = Float32Array.from(seededFloats(n, 14, -2, 2));
      const alpha = Float32Array.from(seededFloats(channels, 15, -1, 1));
      const { dx, dAlpha } = preluBackward(x32, dy32, alpha);
      for (let i = 0; i < n; i++) {
        const expected = x32[i] > 0 ? dy32[i] : Math.fround(dy32[i] * alpha[i % channels]);
        if (!Object.is(dx[i], expected)) expect.fail(`dx at x = ${x32[i]}: ${dx[i]}, expected ${expected}`);
      }
      for (let c = 0; c < channels; c++) {
        const terms: number[] = [];
        for (let i = c; i < n; i += channels) terms.push(dy32[i] * Math.min(x32[i], 0));
        // a channel with an infinite term sums to it (a compensated sum would give ∞ − ∞ = NaN)
        if (terms.some((t) => !Number.isFinite(t))) {
          expect(dAlpha[c]).toBe(terms.reduce((sum, t) => sum + t));
          continue;
        }
        expect(ulps32(dAlpha[c], Math.fround(accurateSum(terms))), `channel ${c}`).toBeLessThanOrEqual(1);
      }
    });
  }

  it("a per-channel alpha that shares out's memory gives the results of a separate alpha", () => {
    for (const make of [
      Float32Array.from.bind(Float32Array),
      Float64Array.from.bind(Float64Array),
    ] as const) {
      const xs = make(seededFloats(4 * 1030, 16, -4, 4));
      const g = make(seededFloats(xs.length, 17, -2, 2));
      const alpha = make(seededFloats(4, 18, 0.05, 0.5));
      const expected = preluBackward(xs, g, alpha);
      // out's first four elements hold α, which the call overwrites with dx
      const out = new (xs.constructor as new (n: number) => typeof xs)(xs.length);
      out.set(alpha);
      const { dx, dAlpha } = preluBackward(xs, g, out.subarray(0, 4), { out });
      expect(Array.from(dx)).toEqual(Array.from(expected.dx));
      expect(Array.from(dAlpha)).toEqual(Array.from(expected.dAlpha));
    }
  });

  it("a Float32Array alpha's dAlpha is a new array at every call, not overwritten by the next", () => {
    const x32 = Float32Array.from(x);
    const dy32 = Float32Array.from(dy);
    const alpha = Float32Array.of(0.25, 0.5, 0.75);
    const first = preluBackward(x32, dy32, alpha).dAlpha;
    const values = Array.from(first);
    const second = preluBackward(
      x32,
      Float32Array.from(dy32, (v) => 2 * v),
      alpha,
    ).dAlpha;
    expect(second).not.toBe(first);
    expect(Array.from(first)).toEqual(values);
    // doubling dy doubles every product and every partial sum exactly
    expect(Array.from(second)).toEqual(values.map((v) => 2 * v));
  });

  // the JS loop, which runs without WebAssembly SIMD (and with it, for an α of 0 or more than
  // 2048 channels), sums in the kernels' slots and order: the same bits either way
  for (const channels of [3, 6, 40, 1023, 2047, 3000]) {
    it(`float32 over [..., ${channels}]: the JS loop gives the kernels' dx and dAlpha bit for bit`, () => {
      const n = channels * Math.ceil(9001 / channels);
      const x32 = Float32Array.from(seededFloats(n, 19, -4, 4));
      x32.set([Number.NEGATIVE_INFINITY, -0, 0], channels);
      const dy32 = Float32Array.from(seededFloats(n, 20, -2, 2));
      const alpha = Float64Array.from(seededFloats(channels, 21, -1, 1));
      const { dx, dAlpha } = preluBackward(x32, dy32, alpha);
      const out = new Float32Array(n);
      const sums = new Float64Array(channels);
      prelu32Channels(x32, dy32, out, alpha, sums);
      for (let i = 0; i < n; i++) {
        if (!Object.is(out[i], dx[i])) expect.fail(`dx at ${i} (x = ${x32[i]}): ${out[i]} and ${dx[i]}`);
      }
      for (let c = 0; c < channels; c++) {
        if (!Object.is(sums[c], dAlpha[c])) expect.fail(`dAlpha[${c}]: ${sums[c]} and ${dAlpha[c]}`);
      }
    });
  }

  it("dx on float32 is within 1 ULP of dy·α and exact where x > 0", () => {
    const grid = float32Grid(10, 1 / 64);
    const g = Float32Array.from(seededFloats(grid.length, 3, -2, 2));
    const { dx } = preluBackward(grid, g, 0.3);
    for (let i = 0; i < grid.length; i++) {
      const v = grid[i];
      const expected = v > 0 ? g[i] : v <= 0 ? Math.fround(g[i] * 0.3) : Number.NaN;
      expect(ulps32(dx[i], expected)).toBeLessThanOrEqual(1);
    }
  });

  it("float32 gives the float64 results at ±∞, ±0 and NaN, with a scalar and a per-channel alpha", () => {
    const values = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, -0, 0, -2, 3];
    for (const alpha of [0.25, Float64Array.of(0.25, 0.5)]) {
      const r64 = preluBackward(
        Float64Array.from(values),
        Float64Array.from(values, () => 1),
        alpha,
      );
      const r32 = preluBackward(
        Float32Array.from(values),
        Float32Array.from(values, () => 1),
        alpha,
      );
      expect(Array.from(r32.dx)).toEqual(Array.from(r64.dx));
      expect(typeof r32.dAlpha === "number" ? r32.dAlpha : Array.from(r32.dAlpha)).toEqual(
        typeof r64.dAlpha === "number" ? r64.dAlpha : Array.from(r64.dAlpha),
      );
    }
    expect(preluBackward(Float32Array.of(Number.NaN, 1), Float32Array.of(1, 1), 0.25).dAlpha).toBeNaN();
    expect(preluBackward(Float32Array.of(Number.NEGATIVE_INFINITY), Float32Array.of(1), 0.25).dAlpha).toBe(
      Number.NEGATIVE_INFINITY,
    );
  });

  it("works in place (out = dy) and propagates NaN in x to dx and dAlpha", () => {
    const xs = Float64Array.of(-1, Number.NaN, 2);
    const g = Float64Array.of(1, 1, 1);
    const { dx, dAlpha } = preluBackward(xs, g, 0.5, { out: g });
    expect(dx).toBe(g);
    expect(dx[0]).toBe(0.5);
    expect(dx[1]).toBeNaN();
    expect(dx[2]).toBe(1);
    expect(dAlpha).toBeNaN();
  });
});
