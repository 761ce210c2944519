// The float32 kernels against correctly rounded float32 values from mpmath (scripts/generateFixtures.py float32),
// an independent reference: not the scalar functions, not float64 rounded twice.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import { type ActivationId, activationIds } from "../../src/registry/index.js";
import { hasWrongZeroSign } from "../fixtures/accuracy.js";
import { ulps32 } from "./helpers.js";

interface Case {
  id: ActivationId;
  param: number | null;
  x: number[];
  f: number[];
  df: number[];
}

const { cases } = JSON.parse(readFileSync(new URL("fixtures/float32.json", import.meta.url), "utf8")) as {
  cases: Case[];
};

describe("float32 kernels against correctly rounded mpmath values", () => {
  it("every activation of the registry has float32 fixtures (scripts/generateFixtures.py's FLOAT32_CASES)", () => {
    expect(activationIds.filter((id) => !cases.some((c) => c.id === id))).toEqual([]);
  });

  for (const c of cases) {
    const label = c.param === null ? c.id : `${c.id} with param ${c.param}`;
    const param = c.param ?? undefined;
    const x = Float32Array.from(c.x);

    for (const pass of ["forward", "backward"] as const) {
      it(`${label} ${pass} is within 1 ULP at all ${c.x.length} fixture inputs (tails, underflow and derivative zeros included), zeros signed as expected`, () => {
        const out =
          pass === "forward"
            ? activationForward(c.id, x, { param })
            : activationBackward(c.id, x, new Float32Array(x.length).fill(1), { param });
        const expected = pass === "forward" ? c.f : c.df;
        let notCorrectlyRounded = 0;
        for (let i = 0; i < x.length; i++) {
          const d = ulps32(out[i], expected[i]);
          if (d > 1) {
            expect.fail(`${label} ${pass} at x = ${x[i]}: got ${out[i]}, expected ${expected[i]} (${d} ULP)`);
          }
          if (hasWrongZeroSign(out[i], expected[i])) {
            const show = (v: number) => (Object.is(v, -0) ? "-0" : String(v));
            expect.fail(
              `${label} ${pass} at x = ${x[i]}: got ${show(out[i])}, expected ${show(expected[i])} (zero sign)`,
            );
          }
          notCorrectlyRounded += d;
        }
        // nearly every value is the correctly rounded one; 1-ULP misses are double-rounding ties
        expect(notCorrectlyRounded).toBeLessThanOrEqual(x.length / 100);
      });
    }
  }
});

describe("gelu float32 at subnormal inputs", () => {
  it("is correctly rounded: x/2 + x²φ(0) is a float32 tie in float64, broken toward the true value", () => {
    const c = cases.find((k) => k.id === "gelu");
    if (c === undefined) throw new Error("no gelu fixture");
    const tiny = c.x.flatMap((v, i) => (v !== 0 && Math.abs(v) < 1.1754943508222875e-38 ? [i] : []));
    expect(tiny.length).toBeGreaterThan(20);
    const out = activationForward("gelu", Float32Array.from(tiny.map((i) => c.x[i])));
    tiny.forEach((i, k) => {
      expect(out[k], `gelu(${c.x[i]})`).toBe(c.f[i]);
    });
  });
});
