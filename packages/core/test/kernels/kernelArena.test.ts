// KernelArena: Float32Arrays in the kernels' own WebAssembly memory, on which the float32 kernels
// run without copies. Their results must be the copying path's bit for bit (the same compiled
// loops, so any difference is a bug in the addresses, the lengths or the tails), nothing outside
// an array may change, and every other mix of arrays must still work. fallback.test.ts and
// simdBuild.test.ts run this file again on the JS loops and on the plain-SIMD build.
import { describe, expect, it, vi } from "vitest";
import { gluBackward, gluForward } from "../../src/glu/index.js";
import {
  activationBackward,
  activationForward,
  KernelArena,
  preluBackward,
  preluForward,
} from "../../src/kernels/index.js";
import { residentKernels, simdKernels } from "../../src/kernels/simd/simdKernels.js";
import { activationIds } from "../../src/registry/index.js";
import { fusedGates, paramsOf, seededFloats, specials } from "./helpers.js";

const simd = simdKernels() !== null;

/** n seeded float32s in [−12, 12] with the special values spread among them. */
function inputs(n: number, seed: number): Float32Array {
  const values = Float32Array.from(seededFloats(n, seed, -12, 12));
  for (let i = 0; i < n; i += 7) values[i] = specials[(i / 7) % specials.length];
  return values;
}

/**
 * The bits of each element, zero's sign included; any NaN as NaN (the JS loops' NaN sign depends on
 * V8's tier: 0·∞ gives x86's negative default NaN in optimized code).
 */
const bits = (a: Float32Array) => {
  const words = new Uint32Array(a.buffer, a.byteOffset, a.length);
  return Array.from(a, (v, i) => (Number.isNaN(v) ? "NaN" : words[i]));
};

/** A float32 no kernel gives for these inputs, written around each array to catch a stray write. */
const GUARD = Math.fround(-123456.789);

/**
 * An array of n elements at `offset` float32s into a block of the arena, every other element of
 * the block a guard; `guards()` are the bits of those others, which must never change.
 */
function guarded(arena: KernelArena, n: number, offset: number) {
  const block = arena.float32(n + offset + 3).fill(GUARD);
  const array = block.subarray(offset, offset + n);
  const guards = () => [...bits(block.subarray(0, offset)), ...bits(block.subarray(offset + n))];
  return { array, guards, expected: guards() };
}

describe("KernelArena", () => {
  it(`hands out zeroed, 16-byte-aligned, disjoint arrays ${simd ? "over the kernels' memory" : "(plain arrays: the JS loops run)"}`, () => {
    const arena = new KernelArena(20);
    expect(arena.resident).toBe(simd);
    const a = arena.float32(5);
    const b = arena.float32(7);
    const c = arena.float32(0);
    expect([a.length, b.length, c.length]).toEqual([5, 7, 0]);
    expect(arena.available).toBe(20 - 8 - 8); // each length rounded up to a multiple of 4
    for (const array of [a, b, c]) {
      expect(array.byteOffset % 16).toBe(0);
      expect(array.every((v) => Object.is(v, 0))).toBe(true);
    }
    a.fill(1);
    b.fill(2);
    expect([...a, ...b]).toEqual([...Array(5).fill(1), ...Array(7).fill(2)]);
    if (simd) {
      expect(a.buffer).toBe(b.buffer);
      expect(b.byteOffset).toBe(a.byteOffset + 32);
      expect(new KernelArena(4).float32(4).buffer).not.toBe(a.buffer); // an instance each
      expect(residentKernels(a, null, b)?.build).toBe(simdKernels()?.build); // of the build that runs
    }
  });

  it("rounds the last array's length up only as far as its capacity, which it may fill exactly", () => {
    const arena = new KernelArena(6);
    expect(arena.float32(5).length).toBe(5);
    expect(arena.available).toBe(0);
    expect(new KernelArena(8).float32(8).length).toBe(8);
  });

  it("never detaches its arrays: they keep their values while more arenas are made and used", () => {
    const first = new KernelArena(1000);
    const x = first.float32(1000).fill(-2);
    const kept = first.float32(0);
    for (let k = 0; k < 20; k++) {
      const other = new KernelArena(50_000);
      const y = other.float32(50_000).fill(3);
      activationForward("relu", y, { out: y });
      activationForward("relu", x, { out: x });
    }
    expect(x.length).toBe(1000);
    expect(x.every((v) => Object.is(v, 0))).toBe(true);
    expect(kept.length).toBe(0);
    expect((x.buffer as { detached?: boolean }).detached).not.toBe(true);
  });

  it("rejects a bad capacity, naming KernelArena, capacity and the value", () => {
    for (const capacity of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 30]) {
      expect(() => new KernelArena(capacity)).toThrow(
        new RangeError(
          `KernelArena: capacity must be an integer from 0 to ${2 ** 30 - 2 ** 20}, got ${capacity}`,
        ),
      );
    }
    expect(() => new KernelArena("8" as unknown as number)).toThrow(
      new TypeError('KernelArena: capacity must be a number of float32s, got "8"'),
    );
  });

  it("rejects a bad length or one past what is left, naming KernelArena.float32, length and the value", () => {
    const arena = new KernelArena(10);
    arena.float32(3);
    const message = (got: string) =>
      `KernelArena.float32: length must be an integer from 0 to 6, the float32s left of the arena's 10, got ${got}`;
    for (const length of [7, -1, 2.5, Number.NaN]) {
      expect(() => arena.float32(length)).toThrow(new RangeError(message(String(length))));
    }
    expect(() => arena.float32(undefined as unknown as number)).toThrow(
      new TypeError("KernelArena.float32: length must be a number, got undefined"),
    );
    expect(arena.float32(6).length).toBe(6); // the errors took nothing
    expect(() => arena.float32(1)).toThrow(/from 0 to 0, the float32s left of the arena's 10, got 1$/);
  });
});

describe("kernels on arena arrays", () => {
  const sizes = [0, 1, 3, 4, 5, 4097];

  for (const id of activationIds) {
    it(`${id}: forward and backward give the copying path's bits, at odd offsets and in place, touching nothing around`, () => {
      for (const param of paramsOf(id)) {
        for (const n of sizes) {
          for (const offset of [0, 1, 3]) {
            const what = `${id} param ${param} n ${n} offset ${offset}`;
            const xs = inputs(n, 21 + n);
            const dys = inputs(n, 22 + n);
            const forward = bits(activationForward(id, xs.slice(), { param }));
            const backward = bits(activationBackward(id, xs.slice(), dys.slice(), { param }));

            const arena = new KernelArena(3 * (n + 8));
            const x = guarded(arena, n, offset);
            const dy = guarded(arena, n, (offset + 2) % 4);
            const out = guarded(arena, n, 3 - offset);
            x.array.set(xs);
            dy.array.set(dys);
            if (simd) expect(residentKernels(x.array, dy.array, out.array), what).toBeDefined();

            activationForward(id, x.array, { param, out: out.array });
            expect(bits(out.array), `${what} forward`).toEqual(forward);
            activationBackward(id, x.array, dy.array, { param, out: out.array });
            expect(bits(out.array), `${what} backward`).toEqual(backward);
            expect(bits(x.array), `${what}: x unchanged`).toEqual(bits(xs));
            expect(bits(dy.array), `${what}: dy unchanged`).toEqual(bits(dys));

            activationBackward(id, x.array, dy.array, { param, out: dy.array });
            expect(bits(dy.array), `${what} backward into dy`).toEqual(backward);
            dy.array.set(dys);
            activationBackward(id, x.array, dy.array, { param, out: x.array });
            expect(bits(x.array), `${what} backward into x`).toEqual(backward);
            x.array.set(xs);
            activationForward(id, x.array, { param, out: x.array });
            expect(bits(x.array), `${what} forward in place`).toEqual(forward);

            for (const [name, array] of Object.entries({ x, dy, out })) {
              expect(array.guards(), `${what}: the elements around ${name}`).toEqual(array.expected);
            }
          }
        }
      }
    });
  }

  it("arrays of two arenas, or an arena's and a plain one, take the copying path with the same results", () => {
    const n = 4097 + 2;
    const xs = inputs(n, 31);
    const dys = inputs(n, 32);
    const copy = (arena: KernelArena, values: Float32Array) => {
      const array = arena.float32(values.length);
      array.set(values);
      return array;
    };
    for (const id of ["gelu", "relu", "leakyRelu"] as const) {
      const [a, b] = [new KernelArena(10 * n), new KernelArena(10 * n)];
      const inA = (values: Float32Array) => copy(a, values);
      const inB = (values: Float32Array) => copy(b, values);
      const forward = bits(activationForward(id, xs));
      const backward = bits(activationBackward(id, xs, dys));
      const mixes: [string, Float32Array, Float32Array, Float32Array][] = [
        ["x in one arena, out in another", inA(xs), inA(dys), b.float32(n)],
        ["dy in another arena", inA(xs), inB(dys), a.float32(n)],
        ["out plain", inA(xs), inA(dys), new Float32Array(n)],
        ["x plain", xs.slice(), inA(dys), a.float32(n)],
      ];
      for (const [what, x, dy, out] of mixes) {
        if (simd) expect(residentKernels(x, dy, out), what).toBeUndefined();
        activationForward(id, x, { out });
        expect(bits(out), `${id} forward, ${what}`).toEqual(forward);
        activationBackward(id, x, dy, { out });
        expect(bits(out), `${id} backward, ${what}`).toEqual(backward);
      }
    }
  });

  it("without out, a kernel returns a new plain array of the same values", () => {
    const arena = new KernelArena(8);
    const x = arena.float32(5);
    x.set([-1, 2, -0, Number.NaN, 3]);
    const out = activationForward("relu", x);
    expect(out.buffer).not.toBe(x.buffer);
    expect(Array.from(out)).toEqual([0, 2, 0, Number.NaN, 3]);
  });

  it("an out that partly overlaps x in the arena gives what fresh arrays give (x is copied first)", () => {
    const n = 4101;
    const xs = inputs(n, 33);
    const arena = new KernelArena(n + 1);
    const block = arena.float32(n + 1);
    block.set(xs, 1);
    const [x, out] = [block.subarray(1), block.subarray(0, n)];
    activationForward("sigmoid", x, { out });
    expect(bits(out)).toEqual(bits(activationForward("sigmoid", xs)));
  });

  if (simd) {
    it("views made by hand over the module's own buffers and tables are not taken as resident", () => {
      const x = new KernelArena(8).float32(4);
      const low = new Float32Array(x.buffer, 0, 4);
      expect(residentKernels(x, null, x)).toBeDefined();
      expect(residentKernels(low, null, x)).toBeUndefined();
      expect(residentKernels(x, low, x)).toBeUndefined();
      expect(residentKernels(x, null, low)).toBeUndefined();
    });
  }
});

describe("per-channel PReLU on arena arrays", () => {
  // 40 channels (a multiple of 4) and 3 (a tile period of 12), rows that end mid-vector, lengths
  // within a chunk and past one (the backward's two walks); α all float32s (float32 lanes) or not
  // (float64 lanes)
  const cases = [
    { channels: 40, rows: 101, alpha: Float32Array.from(seededFloats(40, 41, 0.05, 0.5)) },
    { channels: 3, rows: 7, alpha: Float64Array.of(0.1, -0.3, 2.5) },
    { channels: 3, rows: 1367, alpha: Float32Array.of(0.25, 0.5, 1.5) },
    { channels: 40, rows: 1, alpha: Float64Array.from(seededFloats(40, 42, -1, 1)) },
    { channels: 40, rows: 215, alpha: Float64Array.from(seededFloats(40, 45, -1, 1)) },
  ];
  for (const { channels, rows, alpha } of cases) {
    const n = channels * rows;
    it(`${channels} channels × ${rows} rows, α ${alpha.constructor.name}: dx, out and dAlpha are the copying path's bits`, () => {
      const xs = inputs(n, 43 + n);
      const dys = inputs(n, 44 + n);
      const forward = bits(preluForward(xs, alpha));
      const backward = preluBackward(xs, dys, alpha);
      for (const offset of [0, 1, 3]) {
        const what = `offset ${offset}`;
        const arena = new KernelArena(3 * (n + 8));
        const x = guarded(arena, n, offset);
        const dy = guarded(arena, n, 3 - offset);
        const out = guarded(arena, n, (offset + 2) % 4);
        x.array.set(xs);
        dy.array.set(dys);
        if (simd) expect(residentKernels(x.array, dy.array, out.array), what).toBeDefined();
        preluForward(x.array, alpha, { out: out.array });
        expect(bits(out.array), `${what} forward`).toEqual(forward);
        const { dx, dAlpha } = preluBackward(x.array, dy.array, alpha, { out: out.array });
        expect(dx).toBe(out.array);
        expect(bits(dx), `${what} dx`).toEqual(bits(backward.dx));
        expect(Array.from(dAlpha), `${what} dAlpha`).toEqual(Array.from(backward.dAlpha));
        preluBackward(x.array, dy.array, alpha, { out: dy.array });
        expect(bits(dy.array), `${what} dx into dy`).toEqual(bits(backward.dx));
        preluForward(x.array, alpha, { out: x.array });
        expect(bits(x.array), `${what} forward in place`).toEqual(forward);
        for (const [name, array] of Object.entries({ x, dy, out })) {
          expect(array.guards(), `${what}: the elements around ${name}`).toEqual(array.expected);
        }
      }
    });
  }
});

describe("gated units on arena arrays", () => {
  // each gate with a fused kernel (fusedGates); rows whose halves are multiples of 4 (8: many rows a chunk, 2000:
  // two rows a chunk, the bench's) run in place, the others (6, 10000) take the copying path; gate
  // inputs below −16 in some rows only, so that GEGLU's calls differ in their gate form
  const layouts = [
    { lastDim: 8, rows: 1100, inPlace: true },
    { lastDim: 2000, rows: 5, inPlace: true },
    { lastDim: 6, rows: 700, inPlace: false },
    { lastDim: 10000, rows: 1, inPlace: false },
  ];
  for (const { lastDim, rows, inPlace } of layouts) {
    const half = lastDim / 2;
    const n = lastDim * rows;
    const xs = inputs(n, 51 + lastDim);
    for (const r of [1, rows - 1]) xs[r * lastDim + half] = -17;
    const dys = inputs(rows * half, 52 + lastDim);
    for (const [gate, param] of fusedGates) {
      it(`${gate} (${param ?? "default"}), rows of ${lastDim}: forward and backward give the copying path's bits, touching nothing around`, () => {
        const forward = bits(gluForward(xs, { lastDim, gate, param }));
        const backward = bits(gluBackward(xs, dys, { lastDim, gate, param }));
        for (const offset of [0, 1, 3]) {
          const what = `${gate} rows of ${lastDim}, offset ${offset}`;
          const arena = new KernelArena(3 * n + 3 * 8);
          const x = guarded(arena, n, offset);
          const dy = guarded(arena, rows * half, 3 - offset);
          const out = guarded(arena, n, (offset + 2) % 4);
          x.array.set(xs);
          dy.array.set(dys);
          const y = out.array.subarray(0, rows * half);
          if (simd) expect(residentKernels(x.array, dy.array, y), what).toBeDefined();
          // in place: nothing copied into the module's buffers or out of them
          const copies = vi.spyOn(Float32Array.prototype, "set");
          expect(gluForward(x.array, { lastDim, gate, param, out: y })).toBe(y);
          expect(gluBackward(x.array, dy.array, { lastDim, gate, param, out: out.array })).toBe(out.array);
          const copied = copies.mock.calls.length;
          copies.mockRestore();
          if (simd) expect(copied === 0, `${what}: in place`).toBe(inPlace);
          gluForward(x.array, { lastDim, gate, param, out: y });
          expect(bits(y), `${what} forward`).toEqual(forward);
          gluBackward(x.array, dy.array, { lastDim, gate, param, out: out.array });
          expect(bits(out.array), `${what} backward`).toEqual(backward);
          expect(bits(x.array), `${what}: x unchanged`).toEqual(bits(xs));
          expect(bits(dy.array), `${what}: dy unchanged`).toEqual(bits(dys));
          for (const [name, array] of Object.entries({ x, dy, out })) {
            expect(array.guards(), `${what}: the elements around ${name}`).toEqual(array.expected);
          }
        }
      });
    }
  }
});
