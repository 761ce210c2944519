import { describe, expect, it } from "vitest";
import { activationIds, activations, gatedUnits } from "../../src/registry/index.js";

describe("activations", () => {
  it("activationIds lists every key of activations, in order, each entry carrying its own id", () => {
    expect(activationIds).toEqual(Object.keys(activations));
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

describe("the record's type", () => {
  it("rejects a missing or duplicate id at compile time (checked by pnpm typecheck)", () => {
    type Registry = typeof activations;
    // @ts-expect-error: every ActivationId must be present
    const missing: Registry = { sigmoid: activations.sigmoid };
    const duplicate: Pick<Registry, "relu" | "tanh"> = {
      // biome-ignore lint/suspicious/noDuplicateObjectKeys: the duplicate is the point of this test
      relu: activations.relu,
      tanh: activations.tanh,
      // @ts-expect-error: an object literal cannot have the same id twice
      relu: activations.relu,
    };
    expect(Object.keys(missing)).toEqual(["sigmoid"]);
    expect(Object.keys(duplicate)).toEqual(["relu", "tanh"]);
  });
});
