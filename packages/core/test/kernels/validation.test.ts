import { describe, expect, it } from "vitest";
import {
  activationBackward,
  activationForward,
  preluBackward,
  swishBackward,
} from "../../src/kernels/index.js";
import { type ActivationId, activationIds } from "../../src/registry/index.js";

const x = new Float32Array(1000);
const dy = new Float32Array(1000);
// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
const any = (v: unknown): any => v;

describe("kernel argument errors", () => {
  it("activationForward rejects an unknown id with a RangeError naming it", () => {
    expect(() => activationForward(any("swiglu"), x)).toThrow(
      new RangeError(`activationForward: id must be one of ${activationIds.join(", ")}, got "swiglu"`),
    );
  });
  it("activationBackward rejects an id that is not a string", () => {
    expect(() => activationBackward(any(3), x, dy)).toThrow(
      /^activationBackward: id must be one of .*, got 3$/,
    );
  });
  it("activationForward rejects an id inherited from Object.prototype", () => {
    expect(() => activationForward(any("toString"), x)).toThrow(RangeError);
  });
  it("activationForward rejects x that is not a Float32Array or Float64Array", () => {
    expect(() => activationForward("relu", any([1, 2]))).toThrow(
      new TypeError("activationForward: x must be a Float32Array or Float64Array, got Array"),
    );
    expect(() => activationForward("relu", any(new Int32Array(2)))).toThrow(/got Int32Array\(2\)$/);
    expect(() => activationForward("relu", any(null))).toThrow(/got null$/);
  });
  it("activationForward rejects out of the wrong length with a RangeError", () => {
    expect(() => activationForward("relu", x, { out: new Float32Array(999) })).toThrow(
      new RangeError("activationForward: out must have length 1000 like x, got 999"),
    );
  });
  it("activationForward rejects out of another type than x with a TypeError", () => {
    expect(() => activationForward("relu", x, { out: any(new Float64Array(1000)) })).toThrow(
      new TypeError("activationForward: out must be a Float32Array like x, got Float64Array(1000)"),
    );
  });
  it("activationBackward rejects dy of the wrong type or length", () => {
    expect(() => activationBackward("tanh", x, any(new Float64Array(1000)))).toThrow(
      new TypeError("activationBackward: dy must be a Float32Array like x, got Float64Array(1000)"),
    );
    expect(() => activationBackward("tanh", x, new Float32Array(3))).toThrow(
      new RangeError("activationBackward: dy must have length 1000 like x, got 3"),
    );
  });
  it("activationBackward rejects out of the wrong length", () => {
    expect(() => activationBackward("tanh", x, dy, { out: new Float32Array(1001) })).toThrow(
      new RangeError("activationBackward: out must have length 1000 like x, got 1001"),
    );
  });
  it("rejects a non-finite parameter with a RangeError naming the activation, the parameter and the value", () => {
    expect(() => activationForward("elu", x, { param: Number.NaN })).toThrow(
      new RangeError("activationForward: param (elu alpha) must be a finite number, got NaN"),
    );
    expect(() => activationBackward("swish", x, dy, { param: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError("activationBackward: param (swish beta) must be a finite number, got Infinity"),
    );
  });
  it("rejects a parameter outside the registry's range with a RangeError", () => {
    expect(() => activationForward("leakyRelu", x, { param: 1.5 })).toThrow(
      new RangeError("activationForward: param (leakyRelu alpha) must be in [0, 1], got 1.5"),
    );
    expect(() => activationBackward("elu", x, dy, { param: -1 })).toThrow(
      new RangeError("activationBackward: param (elu alpha) must be in [0, Infinity], got -1"),
    );
  });
  it("rejects a parameter that is not a number with a TypeError", () => {
    expect(() => activationForward("elu", x, { param: any("1") })).toThrow(
      new TypeError('activationForward: param (elu alpha) must be a finite number, got "1"'),
    );
  });
  it("rejects a parameter for an activation that has none", () => {
    expect(() => activationForward("relu", x, { param: 0.1 })).toThrow(
      new TypeError("activationForward: param must be undefined, as relu takes none, got 0.1"),
    );
  });
  it("checks the arguments before touching out", () => {
    const out = new Float32Array(1000).fill(7);
    expect(() => activationForward("elu" as ActivationId, x, { param: Number.NaN, out })).toThrow();
    expect(out[0]).toBe(7);
  });

  it("preluBackward rejects a non-finite alpha, an alpha element, and a bad x, dy or out", () => {
    expect(() => preluBackward(x, dy, Number.NaN)).toThrow(
      new RangeError("preluBackward: alpha must be a finite number, got NaN"),
    );
    expect(() => preluBackward(x, dy, Float32Array.of(0.1, Number.NEGATIVE_INFINITY))).toThrow(
      new RangeError("preluBackward: alpha[1] must be a finite number, got -Infinity"),
    );
    expect(() => preluBackward(any([1]), dy, 0.25)).toThrow(
      new TypeError("preluBackward: x must be a Float32Array or Float64Array, got Array"),
    );
    expect(() => preluBackward(x, new Float32Array(2), 0.25)).toThrow(
      new RangeError("preluBackward: dy must have length 1000 like x, got 2"),
    );
    expect(() => preluBackward(x, dy, 0.25, { out: new Float32Array(2) })).toThrow(
      new RangeError("preluBackward: out must have length 1000 like x, got 2"),
    );
    expect(() => preluBackward(x, dy, any("0.25"))).toThrow(
      new TypeError('preluBackward: alpha must be a Float32Array or Float64Array, got "0.25"'),
    );
  });
  it("preluBackward rejects a per-channel alpha whose length does not divide x's", () => {
    expect(() => preluBackward(x, dy, new Float32Array(3).fill(0.25))).toThrow(
      new RangeError("preluBackward: x's length must be a multiple of the 3 channels of alpha, got 1000"),
    );
    expect(() => preluBackward(x, dy, new Float32Array(0))).toThrow(RangeError);
  });
  it("preluBackward rejects channels that disagree with alpha, or channels with a scalar alpha", () => {
    expect(() => preluBackward(x, dy, new Float32Array(10), { channels: 20 })).toThrow(
      new RangeError("preluBackward: channels must equal alpha's length 10, got 20"),
    );
    expect(() => preluBackward(x, dy, 0.25, { channels: 10 })).toThrow(
      new TypeError(
        "preluBackward: channels must be undefined for a single alpha (it applies to a per-channel alpha array), got 10",
      ),
    );
  });
  it("swishBackward rejects a non-finite beta and a bad dy", () => {
    expect(() => swishBackward(x, dy, Number.NaN)).toThrow(
      new RangeError("swishBackward: beta must be a finite number, got NaN"),
    );
    expect(() => swishBackward(x, any(new Float64Array(1000)), 1)).toThrow(
      new TypeError("swishBackward: dy must be a Float32Array like x, got Float64Array(1000)"),
    );
    expect(() => swishBackward(x, dy, 1, { out: new Float32Array(5) })).toThrow(
      new RangeError("swishBackward: out must have length 1000 like x, got 5"),
    );
  });
});

describe("kernel arrays that share memory, are shared or detached", () => {
  const n = 20_000;
  const values = Float64Array.from({ length: n }, (_, i) => Math.sin(i) * 8);
  for (const Type of [Float32Array, Float64Array]) {
    for (const [xAt, outAt] of [
      [0, 1],
      [1, 0],
    ]) {
      it(`activationForward with x at element ${xAt} and out at element ${outAt} of one ${Type.name} buffer equals the result on a fresh copy`, () => {
        const expected = activationForward("gelu", Type.from(values));
        const buffer = new Type(n + 1);
        buffer.set(Type.from(values), xAt);
        const out = activationForward("gelu", buffer.subarray(xAt, xAt + n), {
          out: buffer.subarray(outAt, outAt + n),
        });
        expect(Array.from(out)).toEqual(Array.from(expected));
      });
    }
    it(`activationBackward with out one element after dy (${Type.name}) equals the result on fresh copies`, () => {
      const x = Type.from(values);
      const expected = activationBackward("elu", x, Type.from(values));
      const buffer = new Type(n + 1);
      buffer.set(Type.from(values), 0);
      const out = activationBackward("elu", x, buffer.subarray(0, n), { out: buffer.subarray(1) });
      expect(Array.from(out)).toEqual(Array.from(expected));
    });
  }
  it("activationForward runs over arrays backed by a SharedArrayBuffer", () => {
    const shared = new Float32Array(new SharedArrayBuffer(16));
    shared.set([-1, 0, 1, 2]);
    expect(Array.from(activationForward("relu", shared, { out: shared }))).toEqual([0, 0, 1, 2]);
  });
  it("a detached x or out is a TypeError naming it, not an empty result", () => {
    const x = new Float64Array(4);
    structuredClone(x.buffer, { transfer: [x.buffer] });
    expect(() => activationForward("relu", x)).toThrow(
      new TypeError("activationForward: x must not be over a detached buffer, got a detached Float64Array"),
    );
    const out = new Float32Array(4);
    structuredClone(out.buffer, { transfer: [out.buffer] });
    expect(() => activationBackward("relu", new Float32Array(4), new Float32Array(4), { out })).toThrow(
      "activationBackward: out must not be over a detached buffer",
    );
  });
  it("a null options object is a TypeError naming options", () => {
    expect(() => activationForward("relu", x, any(null))).toThrow(
      new TypeError("activationForward: options must be an object, got null"),
    );
    expect(() => swishBackward(x, dy, 1, any(null))).toThrow(
      new TypeError("swishBackward: options must be an object, got null"),
    );
    expect(() => preluBackward(x, dy, 0.25, any(3))).toThrow(
      new TypeError("preluBackward: options must be an object, got 3"),
    );
  });
});
