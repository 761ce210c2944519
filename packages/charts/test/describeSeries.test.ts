import { describe, expect, it } from "vitest";
import { describeSeries, formatNumber, superscript } from "../src/format.js";

describe("formatNumber", () => {
  it("keeps three significant digits and writes the minus sign as U+2212", () => {
    expect(formatNumber(-0.006692850924284855)).toBe("−0.00669");
    expect(formatNumber(0.25)).toBe("0.25");
    expect(formatNumber(1234.5)).toBe("1230");
  });

  it("switches to exponent form below 1e-4 and from 1e6", () => {
    expect(formatNumber(1.234e-7)).toBe("1.23e-7");
    expect(formatNumber(2e9)).toBe("2e+9");
  });

  it("writes 0, -0 and NaN plainly", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(Number.NaN)).toBe("NaN");
  });
});

describe("describeSeries", () => {
  it("names the minimum and maximum and where they are, skipping non-finite values", () => {
    expect(describeSeries("f(x)", [-1, 0, 1, 2], [0, 1, Number.NaN, -2], "en")).toBe(
      "f(x): minimum −2 at x = 2, maximum 1 at x = 0.",
    );
    expect(describeSeries("f(x)", [-1, 0], [0, 1], "ko")).toBe("f(x): 최솟값 0 (x = −1), 최댓값 1 (x = 0).");
  });
});

describe("superscript", () => {
  it("superscript(n) writes every digit and the minus sign raised, as in 10⁻¹²", () => {
    expect(superscript(-12)).toBe("\u207B\u00B9\u00B2");
    expect(superscript(307)).toBe("\u00B3\u2070\u2077");
  });
});
