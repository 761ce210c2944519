import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { activationIds, activationParams, activations, gatedUnits } from "../../src/registry/index.js";

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

  it("an activation's param is activationParams' entry itself, not a copy that could drift", () => {
    for (const [id, param] of Object.entries(activationParams)) {
      expect(activations[id as keyof typeof activationParams].param).toBe(param);
    }
    const withParam = activationIds.filter((id) => activations[id].param !== undefined);
    expect(withParam.sort()).toEqual(Object.keys(activationParams).sort());
  });

  it("each parametrised scalar function's doc comment states the registry's default", () => {
    for (const [id, param] of Object.entries(activationParams)) {
      const source = readFileSync(new URL(`../../src/scalar/${id}.ts`, import.meta.url), "utf8");
      const doc = source.slice(0, source.indexOf(`export function ${id}(`));
      expect(doc, `src/scalar/${id}.ts`).toContain(`default ${param.default}`);
    }
  });

  it("gatedUnits name GELU as GEGLU's gate and Swish as SwiGLU's", () => {
    expect(gatedUnits.geglu.gate).toBe("gelu");
    expect(gatedUnits.swiglu.gate).toBe("swish");
    for (const unit of Object.values(gatedUnits)) expect(activationIds).toContain(unit.gate);
  });
});
