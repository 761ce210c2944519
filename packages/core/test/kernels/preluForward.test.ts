import { describe, expect, it } from "vitest";
import { activationForward, preluBackward, preluForward } from "../../src/kernels/index.js";
import { prelu } from "../../src/scalar/index.js";
import { float32Grid, seededFloats, specials, ulps32 } from "./helpers.js";

/** x's first rows·channels values (a whole number of rows), as the given array type. */
function rowsOf<T extends Float32Array | Float64Array>(
  make: (v: ArrayLike<number>) => T,
  values: ArrayLike<number>,
  channels: number,
): T {
  return make(Array.prototype.slice.call(values, 0, values.length - (values.length % channels)));
}

const show = (v: number) => (Object.is(v, -0) ? "-0" : String(v));

// channel counts: odd (every phase of the chunk), twice an odd number, a layer's width, odd ones
// whose tile period (a multiple of 4 and of the count) is just under a chunk (1023) or passes it
// (2047), and more than the SIMD tile takes
const channelCounts = [3, 6, 64, 1023, 2047, 5000];

describe("preluForward", () => {
  it("with one alpha gives activationForward('prelu')'s results", () => {
    const x = seededFloats(1000, 21, -4, 4);
    expect(Array.from(preluForward(x, 0.3))).toEqual(
      Array.from(activationForward("prelu", x, { param: 0.3 })),
    );
  });

  for (const channels of channelCounts) {
    const alphas = Float64Array.from(seededFloats(channels, 22, -1.5, 1.5));
    alphas[1] = 0; // an α of 0, whose prelu(−∞) is −0

    it(`float64 over [..., ${channels}] gives prelu(x[i], alpha[i % ${channels}])'s bits`, () => {
      const x = rowsOf(
        Float64Array.from.bind(Float64Array),
        [...specials, ...seededFloats(20000, 23, -5, 5)],
        channels,
      );
      const out = preluForward(x, alphas);
      for (let i = 0; i < x.length; i++) {
        const expected = prelu(x[i], alphas[i % channels]);
        if (!Object.is(out[i], expected))
          expect.fail(`x = ${x[i]}, channel ${i % channels}: ${show(out[i])}, expected ${show(expected)}`);
      }
    });

    // float32 α in (0, 1], whose kernel takes max(x, α·x): 1, the smallest subnormal, 1 − 2^−24
    // and others, so that x·α underflows to ±0, rounds back to x or lies between
    const fractions = Float32Array.from(alphas, (v, c) =>
      c % 4 === 0 ? 1 : c % 4 === 1 ? 2 ** -149 : c % 4 === 2 ? 1 - 2 ** -24 : Math.abs(v) || 0.5,
    ).map((v) => (v > 1 ? v / 2 : v));
    for (const [kind, a] of [
      ["float32 alphas", Float64Array.from(Float32Array.from(alphas))],
      ["float32 alphas in (0, 1]", Float64Array.from(fractions)],
      ["float64 alphas", alphas],
      ["no alpha of 0", alphas.map((v) => v || 0.5)],
    ] as const) {
      it(`float32 over [..., ${channels}] with ${kind} is prelu rounded to float32 (exactly for float32 alphas), signed zeros and NaN included`, () => {
        // more than a chunk of the SIMD kernels (4096), with a length that is not a multiple of 4
        const x = rowsOf(
          Float32Array.from.bind(Float32Array),
          [...specials, ...float32Grid(8, 1 / 512)],
          channels,
        );
        const out = preluForward(x, a, { channels });
        const exact = kind.startsWith("float32");
        for (let i = 0; i < x.length; i++) {
          const expected = Math.fround(prelu(x[i], a[i % channels]));
          const d = ulps32(out[i], expected);
          if (d > (exact ? 0 : 1) || (expected === 0 && !Object.is(out[i], expected)))
            expect.fail(`x = ${x[i]}, α = ${a[i % channels]}: ${show(out[i])}, expected ${show(expected)}`);
        }
      });
    }
  }

  it("works in place (out = x)", () => {
    const x = Float32Array.of(-2, 3, -4, 5);
    const result = preluForward(x, Float32Array.of(0.5, 0.25), { out: x });
    expect(result).toBe(x);
    expect(Array.from(x)).toEqual([-1, 3, -2, 5]);
  });

  it("is the forward pass of preluBackward: its per-channel dx is the slope the forward applies", () => {
    const x = Float32Array.from(seededFloats(4096 * 3 + 12, 24, -3, 3));
    const alphas = Float32Array.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6);
    const y = preluForward(x, alphas);
    const { dx } = preluBackward(
      x,
      x.map(() => 1),
      alphas,
    );
    for (let i = 0; i < x.length; i++) expect(y[i]).toBe(Math.fround(x[i] * dx[i]));
  });

  it("rejects an alpha array of the wrong layout, a non-finite alpha element, and channels with one alpha", () => {
    const x = new Float32Array(6);
    expect(() => preluForward(x, Float32Array.of(0.1, 0.2, 0.3, 0.4))).toThrow(
      new RangeError("preluForward: x's length must be a multiple of the 4 channels of alpha, got 6"),
    );
    expect(() => preluForward(x, Float32Array.of(0.1, 0.2), { channels: 3 })).toThrow(
      new RangeError("preluForward: channels must equal alpha's length 2, got 3"),
    );
    expect(() => preluForward(x, Float64Array.of(0.1, Number.NaN))).toThrow(
      new RangeError("preluForward: alpha[1] must be a finite number, got NaN"),
    );
    expect(() => preluForward(x, 0.25, { channels: 2 })).toThrow(
      new TypeError(
        "preluForward: channels must be undefined for a single alpha (it applies to a per-channel alpha array), got 2",
      ),
    );
  });
});
