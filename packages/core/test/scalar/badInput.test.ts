import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";

type Checked = (x: number, param: number) => number;

// Every function with a parameter: its name, the argument's name and a value outside its range.
const checked: [name: string, f: Checked, arg: string, outOfRange: number | null][] = [
  ["leakyRelu", core.leakyRelu, "alpha", 1.5],
  ["leakyReluGrad", core.leakyReluGrad, "alpha", -0.1],
  ["prelu", core.prelu, "alpha", null],
  ["preluGrad", core.preluGrad, "alpha", null],
  ["preluGradAlpha", core.preluGradAlpha, "alpha", null],
  ["elu", core.elu, "alpha", -1],
  ["eluGrad", core.eluGrad, "alpha", -1],
  ["swish", core.swish, "beta", null],
  ["swishGrad", core.swishGrad, "beta", null],
  ["swishGradBeta", core.swishGradBeta, "beta", null],
];

describe("bad parameters", () => {
  for (const [name, f, arg, outOfRange] of checked) {
    it(`${name} rejects a NaN or infinite ${arg} with a RangeError naming both`, () => {
      expect(() => f(1, Number.NaN)).toThrow(
        new RangeError(`${name}: ${arg} must be a finite number, got NaN`),
      );
      expect(() => f(1, Number.POSITIVE_INFINITY)).toThrow(
        new RangeError(`${name}: ${arg} must be a finite number, got Infinity`),
      );
    });
    it(`${name} rejects a ${arg} that is not a number with a TypeError`, () => {
      expect(() => f(1, "0.5" as unknown as number)).toThrow(
        new TypeError(`${name}: ${arg} must be a finite number, got "0.5"`),
      );
    });
    if (outOfRange !== null) {
      it(`${name} rejects ${arg} = ${outOfRange}, outside its range`, () => {
        expect(() => f(1, outOfRange)).toThrow(RangeError);
        expect(() => f(1, outOfRange)).toThrow(`${name}: ${arg} must be in`);
      });
    }
    it(`${name} propagates a NaN input instead of throwing`, () => {
      expect(f(Number.NaN, 0.5)).toBeNaN();
    });
  }

  it("an omitted parameter takes the default, an explicit undefined too", () => {
    expect(core.elu(-1)).toBe(core.elu(-1, 1));
    expect(core.leakyRelu(-1, undefined)).toBe(-0.01);
  });
});

describe("bad x", () => {
  // every scalar function of the package
  const scalars = [
    "elu",
    "eluGrad",
    "erf",
    "erfc",
    "gelu",
    "geluGrad",
    "geluTanh",
    "geluTanhGrad",
    "leakyRelu",
    "leakyReluGrad",
    "prelu",
    "preluGrad",
    "preluGradAlpha",
    "relu",
    "reluGrad",
    "sigmoid",
    "sigmoidGrad",
    "silu",
    "siluGrad",
    "softplus",
    "softplusGrad",
    "swish",
    "swishGrad",
    "swishGradBeta",
    "tanh",
    "tanhGrad",
  ] as const;
  for (const name of scalars) {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test over every scalar by name
    const f = core[name] as (x: unknown) => unknown;
    it(`${name} rejects an x that is not a number with a TypeError naming it, instead of computing with it`, () => {
      expect(() => f("1")).toThrow(new TypeError(`${name}: x must be a number, got "1"`));
      expect(() => f(undefined)).toThrow(new TypeError(`${name}: x must be a number, got undefined`));
      expect(() => f(true)).toThrow(new TypeError(`${name}: x must be a number, got true`));
      expect(() => f(1n)).toThrow(new TypeError(`${name}: x must be a number, got 1n`));
    });
  }
});

describe("huge and tiny parameters", () => {
  // expected values: float(mpf(alpha) * exp(mpf(x))) with mpmath at 60 digits
  const cases: [x: number, alpha: number, expected: number][] = [
    [-1, 1.4e300, 5.150312176400193e299],
    [-1, 1.7976931348623157e308, 6.61334345850887e307],
    [-700, 1e300, 9.859676543759771e-5],
    [-745, 1.4e300, 3.951291022660712e-24],
    [-1, 1e-300, 3.6787944117144232e-301],
    [-0.5, 1e-310, 6.0653065971265e-311],
  ];
  for (const [x, alpha, expected] of cases) {
    it(`eluGrad(${x}, ${alpha}) is α·e^x = ${expected} (mpmath), where twoProd's split used to overflow to NaN`, () => {
      expect(core.eluGrad(x, alpha)).toBe(expected);
    });
  }
});
