import { mlp } from "@activation-lab/core/nn";
import { describe, expect, it } from "vitest";
import { ffnParameters, gatedFfnArms, gatedFfnDefaults, gatedWidth } from "../src/index.js";

/** Parameters of core's mlp, counted from its params: the independent method. */
const counted = (sizes: number[], activation: "relu" | "geglu") =>
  mlp({ sizes, activation, seed: 1 })
    .params.map((p) => p.value.length)
    .reduce((sum, n) => sum + n, 0);

describe("the equal-parameter rule of notebook 08", () => {
  it("ffnParameters(…) counts what core's mlp allocates, gated or not", () => {
    for (const [inputs, width, outputs] of [
      [2, 48, 3],
      [2, 30, 2],
      [5, 7, 4],
    ] as const) {
      expect(ffnParameters({ inputs, width, outputs, gated: false })).toBe(
        counted([inputs, width, outputs], "relu"),
      );
      expect(ffnParameters({ inputs, width, outputs, gated: true })).toBe(
        counted([inputs, width, outputs], "geglu"),
      );
    }
  });

  it("gatedWidth gives the study's 32 (291 parameters) for three classes and 30 (242) for two", () => {
    expect(gatedWidth({ inputs: 2, width: 48, outputs: 3 })).toBe(32);
    expect(counted([2, 48, 3], "relu")).toBe(291);
    expect(counted([2, 32, 3], "geglu")).toBe(291);
    expect(gatedWidth({ inputs: 2, width: 48, outputs: 2 })).toBe(30);
    expect(counted([2, 48, 2], "relu")).toBe(242);
    expect(counted([2, 30, 2], "geglu")).toBe(242);
  });

  it("gatedWidth names the widths when no whole gated width matches", () => {
    expect(() => gatedWidth({ inputs: 2, width: 47, outputs: 3 })).toThrow(
      "gatedWidth: no whole gated width matches width 47 for 2 inputs and 3 outputs, got 31.333333333333332",
    );
  });

  it("gatedFfnArms follow it from the study's defaults", () => {
    expect(gatedFfnDefaults.width).toBe(48);
    expect(Object.values(gatedFfnArms).map((a) => a.width)).toEqual([48, 48, 32, 32]);
  });
});
