import { describe, expect, it } from "vitest";
import { formatNumber, superscript } from "../../src/index.js";

// Expected strings written by hand from the rule (three significant digits, trailing zeros
// dropped, − for minus, "m × 10ⁿ" when the rounded magnitude is below 0.001 or from 100 000 on),
// not produced by the code. `_` stands for the no-break space on each side of ×.
const nbsp = (text: string) => text.replaceAll("_", "\u00A0");

const table: [input: number, expected: string, why: string][] = [
  [0, "0", "zero"],
  [-0, "0", "−0 is written as 0: the sign of zero means nothing to a reader"],
  [Number.NaN, "NaN", "NaN"],
  [Infinity, "∞", "+∞"],
  [-Infinity, "−∞", "−∞ with the true minus"],
  [1, "1", "an integer, no decimal point"],
  [0.25, "0.25", "trailing zeros dropped"],
  [0.5, "0.5", "a half"],
  [-0.006692850924284855, "−0.00669", "three significant digits, true minus"],
  [-0.012345, "−0.0123", "negative, rounded"],
  [1234.5, "1230", "rounded to three digits in plain notation below 100 000"],
  [99_900, "99900", "the largest three-digit value in plain notation"],
  [99_950, "1_×_10⁵", "rounds up to 100 000, so written as a power"],
  [123_456, "1.23_×_10⁵", "from 100 000 on, a power of ten"],
  [999_900, "1_×_10⁶", "9.999e5 rounds up to 1.00e6: the exponent is the rounded one's"],
  [-2.5e9, "−2.5_×_10⁹", "negative and huge"],
  [0.001, "0.001", "the smallest power of ten in plain notation"],
  [0.00099951, "0.001", "rounds up to 0.001, so stays plain"],
  [0.00075, "7.5_×_10⁻⁴", "below 0.001, a power of ten with a superscript minus"],
  [0.000335, "3.35_×_10⁻⁴", "three digits in the mantissa too"],
  [2.7051626938026854e-7, "2.71_×_10⁻⁷", "the site's measured table"],
  [-3.6e-4, "−3.6_×_10⁻⁴", "negative and tiny"],
  [1e-300, "1_×_10⁻³⁰⁰", "a three-digit exponent"],
  [5e-324, "4.94_×_10⁻³²⁴", "the smallest subnormal, 4.940656…e−324"],
  [Number.MAX_VALUE, "1.8_×_10³⁰⁸", "the largest double, 1.797693…e308"],
];

describe("formatNumber", () => {
  for (const [input, expected, why] of table) {
    it(`formatNumber(${Object.is(input, -0) ? "-0" : input}) is "${expected}": ${why}`, () => {
      expect(formatNumber(input)).toBe(nbsp(expected));
    });
  }

  it("formatNumber rejects a non-number with a TypeError naming the function, the argument and the value", () => {
    expect(() => formatNumber("1" as unknown as number)).toThrow(
      new TypeError('formatNumber: value must be a number, got "1"'),
    );
    expect(() => formatNumber(undefined as unknown as number)).toThrow(
      new TypeError("formatNumber: value must be a number, got undefined"),
    );
  });
});

describe("superscript", () => {
  it("superscript(n) writes every digit and the minus sign raised, as in 10⁻¹²", () => {
    expect(superscript(-12)).toBe("\u207B\u00B9\u00B2");
    expect(superscript(307)).toBe("\u00B3\u2070\u2077");
    expect(superscript(0)).toBe("\u2070");
  });

  it("superscript rejects a fractional or non-number integer by name", () => {
    expect(() => superscript(1.5)).toThrow(
      new RangeError("superscript: integer must be a safe integer, got 1.5"),
    );
    expect(() => superscript("2" as unknown as number)).toThrow(
      new TypeError('superscript: integer must be a safe integer, got "2"'),
    );
  });
});
