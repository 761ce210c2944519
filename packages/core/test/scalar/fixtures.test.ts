import { afterAll, describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import type { ActivationId } from "../../src/registry/index.js";
import {
  eluGradUnchecked,
  eluUnchecked,
  swishGradBetaUnchecked,
  swishGradUnchecked,
  swishUnchecked,
} from "../../src/scalar/internal.js";
import { describeFailure, describeWrongZeroSign, measure } from "../fixtures/accuracy.js";

type Scalar = (x: number, param?: number) => number;

// Each activation's functions with an mpmath fixture file (keyed by id: a new activation without
// its fixtures is a type error), or why it has none; erf and erfc are the special functions GELU uses.
const fixtures: Record<ActivationId, Readonly<Record<string, Scalar>> | `no fixture: ${string}`> = {
  sigmoid: { sigmoid: core.sigmoid, sigmoidGrad: core.sigmoidGrad },
  tanh: { tanh: core.tanh, tanhGrad: core.tanhGrad },
  relu: { relu: core.relu, reluGrad: core.reluGrad },
  leakyRelu: { leakyRelu: core.leakyRelu, leakyReluGrad: core.leakyReluGrad },
  prelu: { prelu: core.prelu, preluGrad: core.preluGrad, preluGradAlpha: core.preluGradAlpha },
  elu: { elu: core.elu, eluGrad: core.eluGrad },
  swish: { swish: core.swish, swishGrad: core.swishGrad, swishGradBeta: core.swishGradBeta },
  silu: { silu: core.silu, siluGrad: core.siluGrad },
  gelu: { gelu: core.gelu, geluGrad: core.geluGrad, erf: core.erf, erfc: core.erfc },
  geluTanh: { geluTanh: core.geluTanh, geluTanhGrad: core.geluTanhGrad },
  softplus: { softplus: core.softplus, softplusGrad: core.softplusGrad },
  mish: { mish: core.mish, mishGrad: core.mishGrad },
  hardSwish: { hardSwish: core.hardSwish, hardSwishGrad: core.hardSwishGrad },
};
const functions = Object.assign(
  {},
  ...Object.values(fixtures).filter((f) => typeof f !== "string"),
) as Record<string, Scalar>;
const TOLERANCE = 1;

const report: string[] = [];

describe("scalar functions against mpmath fixtures", () => {
  for (const [name, f] of Object.entries(functions)) {
    it(`${name} is within ${TOLERANCE} ULP of the correctly rounded value in every regime`, () => {
      for (const c of measure(name, f)) {
        report.push(`${name}\t${c.param ?? "-"}\t${c.regime}\t${c.maxUlp}\t${c.maxAbs}\tx=${c.worst.x}`);
        expect(c.maxUlp, describeFailure(name, c, TOLERANCE)).toBeLessThanOrEqual(TOLERANCE);
      }
    });

    it(`${name} gives a zero of the correctly rounded value's sign wherever either is zero (underflow included)`, () => {
      for (const c of measure(name, f))
        expect(c.wrongZeroSign, describeWrongZeroSign(name, c)).toBeUndefined();
    });
  }

  it("the unchecked variants give the same values as the checked ones", () => {
    const pairs: [Scalar, (x: number, p: number) => number, number][] = [
      [core.elu, eluUnchecked, 0.3],
      [core.eluGrad, eluGradUnchecked, 2.5],
      [core.swish, swishUnchecked, 1.7],
      [core.swishGrad, swishGradUnchecked, 0.5],
      [core.swishGradBeta, swishGradBetaUnchecked, 1.7],
    ];
    for (const [checked, unchecked, p] of pairs) {
      for (const x of [-800, -3, -1e-9, 0, 2, 900]) expect(unchecked(x, p)).toBe(checked(x, p));
    }
  });
});

// The measured table: ACCURACY_REPORT=1 pnpm exec vitest run --project core test/scalar/fixtures.test.ts
afterAll(() => {
  if (process.env.ACCURACY_REPORT)
    console.log(["function\tparam\tregime\tmaxULP\tmax |error|\tworst x", ...report].join("\n"));
});
