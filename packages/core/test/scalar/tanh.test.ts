import { describe, expect, it } from "vitest";
import { tanh } from "../../src/index.js";
import { ulpDistance } from "../fixtures/ulp.js";

describe("tanh", () => {
  it("tanh(0.520751864304895) is correctly rounded where Math.tanh is 2 ULP off", () => {
    const exact = 0.4782800946128683; // mpmath, 40 digits, rounded to double
    expect(ulpDistance(Math.tanh(0.520751864304895), exact)).toBe(2);
    expect(tanh(0.520751864304895)).toBe(exact);
  });

  it("tanh(x) = x for tiny x and keeps the sign of zero", () => {
    expect(tanh(1e-300)).toBe(1e-300);
    expect(Object.is(tanh(-0), -0)).toBe(true);
  });
});
