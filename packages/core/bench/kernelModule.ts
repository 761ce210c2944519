// A fresh instance of the float32 kernels' module (assembly/kernels.ts), its fits copied in, whose
// loops tools call directly on the module's own buffers, without the copies the package makes
// around them: bench/compute.ts times them, scripts/verifyFloat32.ts checks them. (After `pnpm build`.)

import { type SimdBuild, SimdKernels } from "../dist/kernels/simd/simdKernels.js";
import { relaxedSimdModuleHex } from "../dist/kernels/simd/wasmRelaxedSimd.js";
import { simdModuleHex } from "../dist/kernels/simd/wasmSimd.js";

/** The two WebAssembly constructors used here (the package compiles without DOM types, as simdKernels.ts). */
const wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Module: new (bytes: Uint8Array) => object;
      Instance: new (module: object) => { exports: Record<string, unknown> };
    };
  }
).WebAssembly;

export interface KernelModule {
  /** Elements per buffer. */
  readonly chunk: number;
  /** The buffers: inputs and results, upstream gradients, and the gated units' value halves. */
  readonly x: Float32Array;
  readonly dy: Float32Array;
  readonly value: Float32Array;
  /** x ← f(x) over the first n elements, for activation kernel `name`. */
  forward(name: string, n: number, param: number): void;
  /** x ← dy·f′(x) over the first n elements. */
  backward(name: string, n: number, param: number): void;
  /**
   * A gated unit's loop (export glu{Gate}{Pass}, e.g. gluSwishForward) over the first n elements
   * gathered in the buffers, as one row: values in `value`, gate inputs in x; forward, the results
   * into dy (the library never writes them over a or b); backward, ∂L/∂a into value and ∂L/∂b
   * into x, with dy.
   */
  glu(name: string): (n: number, param: number) => void;
}

export function kernelModule(build: SimdBuild): KernelModule {
  const hex = build === "simd" ? simdModuleHex : relaxedSimdModuleHex;
  const instance = new wasm.Instance(new wasm.Module(Buffer.from(hex, "hex")));
  new SimdKernels(instance as never, build); // copies the fits into the module's memory
  const e = instance.exports;
  const address = (name: string) => (e[name] as { value: number }).value;
  const { buffer } = e["memory"] as { buffer: ArrayBuffer };
  const chunk = address("CHUNK");
  const [x, dy, value] = ["X", "DY", "VALUE"].map((name) => address(name));
  type Forward = (x: number, out: number, n: number, param: number) => void;
  type Backward = (x: number, dy: number, out: number, n: number, param: number) => void;
  return {
    chunk,
    x: new Float32Array(buffer, x, chunk),
    dy: new Float32Array(buffer, dy, chunk),
    value: new Float32Array(buffer, value, chunk),
    forward: (name, n, param) => (e[`${name}Forward`] as Forward)(x, x, n, param),
    backward: (name, n, param) => (e[`${name}Backward`] as Backward)(x, dy, x, n, param),
    glu(name) {
      const loop = e[name] as (...args: number[]) => void;
      return name.endsWith("Forward")
        ? (n, param) => loop(value, x, dy, 1, n, 0, param)
        : (n, param) => loop(value, x, dy, value, x, 1, n, 0, param);
    },
  };
}
