import stdlibErf from "@stdlib/math-base-special-erf";
import { describe, expect, it } from "vitest";
import { erf, erfc } from "../../src/index.js";
import { describeFailure, measure } from "../fixtures/accuracy.js";

// Why an own erf: measured here on the mpmath fixtures, against @stdlib/math-base-special-erf
// (a port of the same FreeBSD code). Speed: erfSpeed.mjs.
describe("erf against @stdlib/math-base-special-erf", () => {
  it("erf is never less accurate than @stdlib's in any regime of the fixtures", () => {
    const ours = measure("erf", erf);
    const theirs = measure("erf", stdlibErf);
    for (const [i, c] of ours.entries()) {
      expect(c.maxUlp, `${describeFailure("erf", c, theirs[i].maxUlp)} (stdlib's max)`).toBeLessThanOrEqual(
        theirs[i].maxUlp,
      );
    }
  });

  it("erfc(x) keeps its relative accuracy where 1 − stdlib's erf(x) has none (x ≥ 6)", () => {
    expect(1 - stdlibErf(6)).toBe(0);
    expect(erfc(6)).toBeCloseTo(2.1519736712498913e-17, 30);
    for (const c of measure("erfc", erfc))
      expect(c.maxUlp, describeFailure("erfc", c, 1)).toBeLessThanOrEqual(1);
  });

  it("erfc is 0 past x ≈ 27.23, its last subnormal, and 2 below −6", () => {
    expect(erfc(27.3)).toBe(0);
    expect(erfc(27.2)).toBeGreaterThan(0);
    expect(erfc(-6)).toBe(2);
  });
});
