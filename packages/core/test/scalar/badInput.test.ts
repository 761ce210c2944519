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
