import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import type { ParametrisedActivationId } from "../../src/registry/index.js";

type Checked = (x: number, param?: number) => number;

// Every function with a parameter, and the activation whose registry entry holds that parameter
const checked: [name: string, f: Checked, id: ParametrisedActivationId][] = [
  ["leakyRelu", core.leakyRelu, "leakyRelu"],
  ["leakyReluGrad", core.leakyReluGrad, "leakyRelu"],
  ["prelu", core.prelu, "prelu"],
  ["preluGrad", core.preluGrad, "prelu"],
  ["preluGradAlpha", core.preluGradAlpha, "prelu"],
  ["elu", core.elu, "elu"],
  ["eluGrad", core.eluGrad, "elu"],
  ["swish", core.swish, "swish"],
  ["swishGrad", core.swishGrad, "swish"],
  ["swishGradBeta", core.swishGradBeta, "swish"],
];

describe("bad parameters", () => {
  for (const [name, f, id] of checked) {
    const param = core.activationParams[id];
    const arg = param.name;
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
    it(`${name} accepts ${arg} over the registry's range and no further`, () => {
      for (const bound of [param.min, param.max].filter(Number.isFinite)) {
        expect(() => f(1, bound)).not.toThrow();
        const outside = bound === param.min ? bound - 0.5 : bound + 0.5;
        expect(() => f(1, outside)).toThrow(
          new RangeError(`${name}: ${arg} must be in [${param.min}, ${param.max}], got ${outside}`),
        );
      }
      // a parameter that any finite value suits takes the largest double too
      if (param.max === Number.POSITIVE_INFINITY) expect(() => f(1, Number.MAX_VALUE)).not.toThrow();
      if (param.min === Number.NEGATIVE_INFINITY) expect(() => f(1, -Number.MAX_VALUE)).not.toThrow();
    });
    it(`${name} without ${arg} takes the registry's default, ${param.default}`, () => {
      // a point where the parameter changes the result: x < 0 for every function here
      expect(f(-1.5)).toBe(f(-1.5, param.default));
      expect(f(-1.5, undefined)).toBe(f(-1.5, param.default));
    });
    it(`${name} propagates a NaN input instead of throwing`, () => {
      expect(f(Number.NaN, 0.5)).toBeNaN();
    });
  }
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
