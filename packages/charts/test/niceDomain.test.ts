import { describe, expect, it } from "vitest";
import { niceDomain } from "../src/niceDomain.js";

describe("niceDomain", () => {
  it("niceDomain([0.0067, 0.9933]) is [0, 1]", () => {
    expect(niceDomain([0.0067, 0.9933])).toEqual([0, 1]);
  });

  it("rounds outward to the step that gives about ten intervals", () => {
    expect(niceDomain([-1.5, 5])).toEqual([-1.5, 5]);
    expect(niceDomain([-0.05, 5])).toEqual([-0.5, 5]);
    expect(niceDomain([-0.17, 1.08])).toEqual([-0.2, 1.1]);
    expect(niceDomain([3, 97])).toEqual([0, 100]);
  });

  it("lands on exact decimals, not 0.30000000000000004", () => {
    expect(niceDomain([0.31, 0.92])).toEqual([0.3, 0.95]);
  });

  it("widens a zero-width domain to [v − 1, v + 1] first", () => {
    expect(niceDomain([2, 2])).toEqual([1, 3]);
  });
});
