import { describe, expect, it } from "vitest";
import { describeSeries } from "../src/describeSeries.js";

describe("describeSeries", () => {
  it("names the minimum and maximum and where they are, skipping non-finite values", () => {
    expect(describeSeries("f(x)", [-1, 0, 1, 2], [0, 1, Number.NaN, -2], "en")).toBe(
      "f(x): minimum −2 at x = 2, maximum 1 at x = 0.",
    );
    expect(describeSeries("f(x)", [-1, 0], [0, 1], "ko")).toBe("f(x): 최솟값 0 (x = −1), 최댓값 1 (x = 0).");
  });
});
