// scripts/wasmSize.ts, run by hand to measure the core's WebAssembly: its reading of a module's
// functions, on a module written out here byte by byte and on the committed builds.
import { describe, expect, it } from "vitest";
import { buildSize, functionSizes } from "../../scripts/wasmSize.ts";
import { relaxedSimdModuleHex } from "../../src/kernels/simd/wasmRelaxedSimd.js";
import { simdModuleHex } from "../../src/kernels/simd/wasmSimd.js";

/** The WebAssembly API this test uses (the package compiles without DOM types, as simdKernels.ts). */
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      validate(bytes: Uint8Array): boolean;
      Module: { new (bytes: Uint8Array): object; exports(module: object): { name: string; kind: string }[] };
    };
  }
).WebAssembly;

/**
 * A module importing one function (index 0) and defining two, whose bodies take 4 bytes (no
 * locals, nop, nop, end) and 2 (no locals, end); the first exported as both "a" and "b".
 */
const tiny = Uint8Array.from([
  ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // magic, version
  ...[0x01, 0x04, 0x01, 0x60, 0x00, 0x00], // types: () → ()
  ...[0x02, 0x07, 0x01, 0x01, 0x6d, 0x01, 0x66, 0x00, 0x00], // imports: m.f, a function
  ...[0x03, 0x03, 0x02, 0x00, 0x00], // functions: two of type 0
  ...[0x07, 0x09, 0x02, 0x01, 0x61, 0x00, 0x01, 0x01, 0x62, 0x00, 0x01], // exports: a, b → function 1
  ...[0x0a, 0x09, 0x02, 0x04, 0x00, 0x01, 0x01, 0x0b, 0x02, 0x00, 0x0b], // code
]);

describe("scripts/wasmSize.ts", () => {
  it("names each defined function's body by its exports (an import shifts the indices), largest first", () => {
    expect(wasm.validate(tiny)).toBe(true);
    expect(functionSizes(tiny)).toEqual([
      { name: "a, b", bytes: 4 },
      { name: "#2", bytes: 2 },
    ]);
  });

  it("finds every exported function of both committed builds, their bodies inside the module", () => {
    for (const hex of [relaxedSimdModuleHex, simdModuleHex]) {
      const bytes = Buffer.from(hex, "hex");
      const exported = wasm.Module.exports(new wasm.Module(bytes))
        .filter((e) => e.kind === "function")
        .map((e) => e.name);
      const names = functionSizes(bytes).flatMap((f) => f.name.split(", "));
      expect(names).toEqual(expect.arrayContaining(exported));
      const total = functionSizes(bytes).reduce((sum, f) => sum + f.bytes, 0);
      expect(total).toBeLessThan(bytes.length);
      expect(total).toBeGreaterThan(0.8 * bytes.length); // the code is most of the module
      expect(buildSize(bytes).bytes).toBe(hex.length / 2);
    }
  });
});
