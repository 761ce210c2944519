import { activations } from "@activation-lab/core";
import { describe, expect, it } from "vitest";
import { activationData } from "../src/activationData.js";
import { activationsData } from "../src/activationsData.js";
import { chartDefaults } from "../src/layout.js";

describe("activationData", () => {
  it("samples 201 points from −5 to 5 with x = 0 exactly in the middle", () => {
    const data = activationData("tanh");
    expect(data.x).toHaveLength(201);
    expect(data.x[0]).toBe(-5);
    expect(data.x[100]).toBe(0);
    expect(data.x[200]).toBe(5);
  });

  it("takes its values from the registry's f and df, at the default parameter", () => {
    const data = activationData("elu");
    const [f, df] = data.series;
    expect(f.param).toBe(activations.elu.param?.default);
    // ELU at x = −5 with α = 1: α(e^−5 − 1); at x = 5: 5 (identities of the definition)
    expect(f.values[0]).toBeCloseTo(Math.exp(-5) - 1, 14);
    expect(f.values[200]).toBe(5);
    expect(df.values[200]).toBe(1);
  });

  it("layout: the frame lies inside the margins, and the top margin grows with legend rows", () => {
    const one = activationData("sigmoid").layout;
    expect(one.width).toBe(chartDefaults.width);
    expect(one.marginTop).toBe(
      chartDefaults.titleHeight + chartDefaults.legendRowHeight + chartDefaults.axisLabelSpace,
    );
    const many = activationData("swish", { params: [0.1, 0.5, 1, 2, 5, 10] }).layout;
    expect(many.marginTop).toBeGreaterThan(one.marginTop);
  });

  it('yDomain: "typical" covers the curves for every parameter in param.typical', () => {
    const typical = activationData("leakyRelu", { yDomain: "typical" });
    const [lo, hi] = activations.leakyRelu.param!.typical;
    for (const alpha of [lo, (lo + hi) / 2, hi]) {
      for (const s of activationData("leakyRelu", { params: [alpha] }).series) {
        expect(Math.min(...s.values)).toBeGreaterThanOrEqual(typical.yDomain[0]);
        expect(Math.max(...s.values)).toBeLessThanOrEqual(typical.yDomain[1]);
      }
    }
    // leakyRelu(−5, 0.3) = −1.5 is the lowest value over the typical α
    expect(typical.yDomain[0]).toBeLessThanOrEqual(-1.5);
  });

  it("rejects a parameter outside the registry's range and a bad yDomain", () => {
    expect(() => activationData("elu", { params: [-1] })).toThrow(
      "activationData: params[0] must be a number in [0, Infinity] (the alpha range of elu), got -1",
    );
    expect(() => activationData("elu", { yDomain: [0, Number.NaN] })).toThrow(
      "activationData: yDomain must be [lo, hi] with finite lo < hi, got [0, NaN]",
    );
  });
});

describe("activationsData", () => {
  it("keeps each activation's colour whichever ids are shown", () => {
    const all = activationsData();
    const some = activationsData({ ids: ["gelu", "relu"] });
    for (const s of some.series) expect(s.color).toBe(all.series.find((t) => t.id === s.id)?.color);
  });

  it("which: 'both' gives every f then every f′", () => {
    const data = activationsData({ ids: ["sigmoid", "relu"], which: "both" });
    expect(data.series.map((s) => s.className)).toEqual([
      "al-chart-sigmoid-f",
      "al-chart-relu-f",
      "al-chart-sigmoid-df",
      "al-chart-relu-df",
    ]);
    expect(data.series[2].values[100]).toBe(0.25);
  });

  it("rejects unknown or repeated ids and parameters of parameter-free activations", () => {
    expect(() => activationsData({ ids: ["relu", "relu"] })).toThrow(
      'activationsData: ids[1] must be an id not listed before, got "relu"',
    );
    expect(() => activationsData({ ids: ["maxout" as "relu"] })).toThrow(
      'activationsData: ids[0] must be an ActivationId, got "maxout"',
    );
    expect(() => activationsData({ params: { relu: 1 } })).toThrow(
      "activationsData: params.relu must be set only for an activation with a parameter, got 1",
    );
    expect(() => activationsData({ which: "f2" as "f" })).toThrow(
      'activationsData: which must be one of "f", "df", "both", got "f2"',
    );
  });
});
