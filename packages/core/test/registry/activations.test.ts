import { describe, expect, it } from "vitest";
import { activationIds, activations, gatedUnits } from "../../src/registry/index.js";

describe("activations", () => {
  it("each entry carries its own id", () => {
    for (const id of activationIds) expect(activations[id].id).toBe(id);
  });

  it("f and df use the parameter's default when none is given", () => {
    for (const id of activationIds) {
      const info = activations[id];
      const p = info.param?.default;
      for (const x of [-3, -0.5, 0.5, 3]) {
        expect(info.f(x)).toBe(info.f(x, p));
        expect(info.df(x)).toBe(info.df(x, p));
      }
    }
  });

  it("gatedUnits name GELU as GEGLU's gate and Swish as SwiGLU's", () => {
    expect(gatedUnits.geglu.gate).toBe("gelu");
    expect(gatedUnits.swiglu.gate).toBe("swish");
    for (const unit of Object.values(gatedUnits)) expect(activationIds).toContain(unit.gate);
  });
});
