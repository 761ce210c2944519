import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dd, scaleByPow2, twoProd, twoSum } from "../../src/special/doubleDouble.js";
import { expParts, expPartsScratch } from "../../src/special/expParts.js";
import { ulpDistance } from "../fixtures/ulp.js";

const runs = { seed: 20261127, numRuns: 2000 };

// exact value of a double as a BigInt numerator over 2^1100
const SHIFT = 1100n;
function exact(x: number): bigint {
  if (x === 0) return 0n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const e = Number((bits >> 52n) & 0x7ffn);
  const m = e === 0 ? bits & 0xfffffffffffffn : (bits & 0xfffffffffffffn) | (1n << 52n);
  const v = m << (SHIFT + BigInt(Math.max(e, 1) - 1075));
  return x < 0 ? -v : v;
}

describe("error-free transformations", () => {
  it("twoSum(a, b) is exactly a + b", () => {
    const out = dd();
    fc.assert(
      fc.property(
        fc.double({ min: -1e30, max: 1e30, noNaN: true }),
        fc.double({ min: -1e30, max: 1e30, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a) > 1e-200 || a === 0);
          fc.pre(Math.abs(b) > 1e-200 || b === 0);
          twoSum(a, b, out);
          expect(exact(out.hi) + exact(out.lo)).toBe(exact(a) + exact(b));
        },
      ),
      runs,
    );
  });

  it("twoProd(a, b) is exactly a·b", () => {
    const out = dd();
    fc.assert(
      fc.property(
        fc.double({ min: -1e50, max: 1e50, noNaN: true }),
        fc.double({ min: -1e50, max: 1e50, noNaN: true }),
        (a, b) => {
          fc.pre(Math.abs(a * b) > 1e-250 || a * b === 0);
          fc.pre(Math.abs(a) > 1e-150 && Math.abs(b) > 1e-150);
          twoProd(a, b, out);
          expect((exact(out.hi) + exact(out.lo)) << SHIFT).toBe(exact(a) * exact(b));
        },
      ),
      runs,
    );
  });

  it("scaleByPow2 rounds once into the subnormal range", () => {
    // 1.5·2^−1074 is a tie between 1 and 2 units of 2^−1074: ties to even, 2 units
    expect(scaleByPow2(1.5, -1074)).toBe(2 * 2 ** -1074);
    expect(scaleByPow2(1.25, -1074)).toBe(2 ** -1074);
    expect(scaleByPow2(3, -1076)).toBe(2 ** -1074); // 0.75 units
    expect(scaleByPow2(-1, -1080)).toBe(-0);
    expect(scaleByPow2(1.5, 1024)).toBe(Number.POSITIVE_INFINITY);
    expect(scaleByPow2(0.75, 1024)).toBe(2 ** 1023 * 1.5);
  });
});

describe("expParts", () => {
  const e = expPartsScratch();
  const f = expPartsScratch();
  const p = dd();

  it("e^x · e^(−x) = 1 to 2^−60 with both carried as pairs", () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expParts(x, 0, e);
        expParts(-x, 0, f);
        twoProd(e.hi, f.hi, p);
        const product =
          (p.hi - 2 ** -(e.scale + f.scale) + p.lo + e.hi * f.lo + e.lo * f.hi) * 2 ** (e.scale + f.scale);
        expect(Math.abs(product)).toBeLessThanOrEqual(2 ** -60);
      }),
      runs,
    );
  });

  it("its rounded value is within 1 ULP of Math.exp, through the subnormal range", () => {
    fc.assert(
      fc.property(fc.double({ min: -745, max: 709, noNaN: true }), (x) => {
        expParts(x, 0, e);
        expect(ulpDistance(scaleByPow2(e.hi + e.lo, e.scale), Math.exp(x))).toBeLessThanOrEqual(1);
      }),
      runs,
    );
  });

  it("e^(x + xLo) follows the low part: e^(1 + 2^−60) = e·(1 + 2^−60)", () => {
    expParts(1, 2 ** -60, e);
    expParts(1, 0, f);
    const difference = (e.hi - f.hi + (e.lo - f.lo)) * 2 ** e.scale;
    expect(Math.abs(difference / (Math.E * 2 ** -60) - 1)).toBeLessThan(1e-3);
  });
});
