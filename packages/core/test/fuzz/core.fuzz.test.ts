// Every function @activation-lab/core exports, fuzzed: valid inputs (every double, empty and
// length-1 arrays, views at a non-zero byteOffset, SharedArrayBuffers, outputs that overlap the
// inputs) against independent references, and hostile values that must be rejected by name.

import stdlibErf from "@stdlib/math-base-special-erf";
import fc from "fast-check";
import { expect } from "vitest";
import * as core from "../../src/index.js";
import { type ActivationId, activationIds, activations } from "../../src/registry/index.js";
import { nextDouble } from "../fixtures/ulp.js";
import { isDyTimesWithin1Ulp64, isWithin1Ulp64, ulps32 } from "../kernels/helpers.js";
import {
  anyDouble,
  finiteIn,
  type Layout,
  laidOut,
  layout,
  notFiniteIn,
  notFloatArray,
  notIntegerIn,
  notLike,
  notNumber,
  notObject,
  showsArray,
} from "./arbitraries.js";
import { build, Derived, type FuzzEntry, type FuzzTable, fuzzModule } from "./harness.js";
import { expectSum, sumOf } from "./reference.js";

type FloatType = Float32ArrayConstructor | Float64ArrayConstructor;
type FloatArray = Float32Array | Float64Array;

// ---------------------------------------------------------------------------------------------
// Scalars: naive textbook formulas (Math and stdlib's erf) as the reference where they are
// accurate (|x| ≤ 20, |param| ≤ 20), and the registry's claims (range, sup |f′|) everywhere.

const SQRT_2_PI = Math.sqrt(2 / Math.PI);
const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const geluTanhInner = (x: number) => SQRT_2_PI * (x + 0.044715 * x ** 3);

interface ScalarSpec {
  /** The registry entry whose claims hold at the default parameter, and whether this is f or f′. */
  claim?: [ActivationId, "f" | "df"];
  /** The parameter's name and valid range, when it takes one, and its default. */
  param?: { name: "alpha" | "beta"; min: number; max: number; default: number };
  /** Known range of the result, where no registry claim covers it. */
  range?: [number, number];
  naive: (x: number, p: number) => number;
}

const alpha = (min: number, max: number, value: number) => ({
  name: "alpha" as const,
  min,
  max,
  default: value,
});
const beta = { name: "beta" as const, min: -Infinity, max: Infinity, default: 1 };
const swishNaive = (x: number, b: number) => x * logistic(b * x);
const swishGradNaive = (x: number, b: number) => {
  const s = logistic(b * x);
  return s + b * x * s * (1 - s);
};

type ScalarName = {
  [K in keyof typeof core]: (typeof core)[K] extends (x: number, ...rest: never[]) => number ? K : never;
}[keyof typeof core];

const scalars: { readonly [K in ScalarName]: ScalarSpec } = {
  sigmoid: { claim: ["sigmoid", "f"], naive: logistic },
  sigmoidGrad: { claim: ["sigmoid", "df"], naive: (x) => logistic(x) * (1 - logistic(x)) },
  tanh: { claim: ["tanh", "f"], naive: Math.tanh },
  tanhGrad: { claim: ["tanh", "df"], naive: (x) => 1 - Math.tanh(x) ** 2 },
  // biome-ignore lint/complexity/useMathMinMax: the textbook form, not the implementation's Math.max
  relu: { claim: ["relu", "f"], naive: (x) => (x > 0 ? x : 0) },
  reluGrad: { claim: ["relu", "df"], naive: (x) => (x > 0 ? 1 : 0) },
  leakyRelu: { claim: ["leakyRelu", "f"], param: alpha(0, 1, 0.01), naive: (x, a) => (x > 0 ? x : a * x) },
  leakyReluGrad: { claim: ["leakyRelu", "df"], param: alpha(0, 1, 0.01), naive: (x, a) => (x > 0 ? 1 : a) },
  prelu: {
    claim: ["prelu", "f"],
    param: alpha(-Infinity, Infinity, 0.25),
    naive: (x, a) => (x > 0 ? x : a * x),
  },
  preluGrad: {
    claim: ["prelu", "df"],
    param: alpha(-Infinity, Infinity, 0.25),
    naive: (x, a) => (x > 0 ? 1 : a),
  },
  preluGradAlpha: {
    param: alpha(-Infinity, Infinity, 0.25),
    range: [-Infinity, 0],
    // biome-ignore lint/complexity/useMathMinMax: the textbook form, not the implementation's Math.min
    naive: (x) => (x > 0 ? 0 : x),
  },
  elu: {
    claim: ["elu", "f"],
    param: alpha(0, Infinity, 1),
    naive: (x, a) => (x > 0 ? x : a * (Math.exp(x) - 1)),
  },
  eluGrad: {
    claim: ["elu", "df"],
    param: alpha(0, Infinity, 1),
    naive: (x, a) => (x > 0 ? 1 : a * Math.exp(x)),
  },
  swish: { claim: ["swish", "f"], param: beta, naive: swishNaive },
  swishGrad: { claim: ["swish", "df"], param: beta, naive: swishGradNaive },
  swishGradBeta: {
    param: beta,
    naive: (x, b) => x * x * logistic(b * x) * (1 - logistic(b * x)),
  },
  silu: { claim: ["silu", "f"], naive: (x) => swishNaive(x, 1) },
  siluGrad: { claim: ["silu", "df"], naive: (x) => swishGradNaive(x, 1) },
  gelu: { claim: ["gelu", "f"], naive: (x) => 0.5 * x * (1 + stdlibErf(x / Math.SQRT2)) },
  geluGrad: {
    claim: ["gelu", "df"],
    naive: (x) =>
      0.5 * (1 + stdlibErf(x / Math.SQRT2)) + (x * Math.exp((-x * x) / 2)) / Math.sqrt(2 * Math.PI),
  },
  geluTanh: { claim: ["geluTanh", "f"], naive: (x) => 0.5 * x * (1 + Math.tanh(geluTanhInner(x))) },
  geluTanhGrad: {
    claim: ["geluTanh", "df"],
    naive: (x) => {
      const t = Math.tanh(geluTanhInner(x));
      return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * SQRT_2_PI * (1 + 3 * 0.044715 * x * x);
    },
  },
  softplus: { claim: ["softplus", "f"], naive: (x) => Math.log1p(Math.exp(x)) },
  softplusGrad: { claim: ["softplus", "df"], naive: logistic },
  mish: { claim: ["mish", "f"], naive: (x) => x * Math.tanh(Math.log1p(Math.exp(x))) },
  mishGrad: {
    claim: ["mish", "df"],
    naive: (x) => {
      const t = Math.tanh(Math.log1p(Math.exp(x)));
      return t + x * (1 - t * t) * logistic(x);
    },
  },
  // PyTorch's hardswish and hardswish_backward (aten/src/ATen/native/cpu/Activation.cpp)
  hardSwish: { claim: ["hardSwish", "f"], naive: (x) => (x * Math.min(Math.max(x + 3, 0), 6)) / 6 },
  hardSwishGrad: { claim: ["hardSwish", "df"], naive: (x) => (x <= -3 ? 0 : x < 3 ? x / 3 + 0.5 : 1) },
  erf: { range: [-1, 1], naive: stdlibErf },
  erfc: { range: [0, 2], naive: (x) => 1 - stdlibErf(x) },
};

function scalarEntry(name: ScalarName, spec: ScalarSpec): FuzzEntry {
  const { param } = spec;
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the table is keyed by export name
  const scalar = core[name] as (x: number, p?: number) => number;
  const paramValues = param
    ? fc.option(finiteIn(param.min, param.max), { nil: undefined })
    : fc.constant(undefined);
  return {
    valid: fc
      .tuple(anyDouble, paramValues)
      .map(([x, p]) => build({ x, p }, ({ x, p }) => (p === undefined ? [x] : [x, p]))),
    validRuns: 400,
    check(result: number, [x, p]: unknown[]) {
      const where = `${name}(${x}${p === undefined ? "" : `, ${p}`})`;
      if (typeof result !== "number") throw new Error(`${where} returned ${typeof result}`);
      const xv = x as number;
      if (Number.isNaN(result) !== Number.isNaN(xv))
        throw new Error(`${where} = ${result}: NaN in must be NaN out, and only then`);
      if (Number.isNaN(xv)) return;
      // and NaN in gives NaN out at this parameter too (swishGrad(NaN, 0) was 0.5)
      const atNaN = p === undefined ? scalar(Number.NaN) : scalar(Number.NaN, p as number);
      if (!Number.isNaN(atNaN)) throw new Error(`${name}(NaN, ${p}) = ${atNaN}, not NaN`);
      // the registry's claims hold at the default parameter
      if (spec.claim && p === undefined) {
        const [id, role] = spec.claim;
        const { range, maxAbsGrad } = activations[id].claims;
        const [lo, hi] = role === "f" ? [range.min, range.max] : [-maxAbsGrad, maxAbsGrad];
        const slack = 4e-16 * Math.max(1, Math.abs(lo), Math.abs(hi) === Infinity ? 0 : Math.abs(hi));
        if (!(result >= lo - slack && result <= hi + slack))
          throw new Error(`${where} = ${result}, outside [${lo}, ${hi}]`);
      }
      if (spec.range && !(result >= spec.range[0] && result <= spec.range[1])) {
        throw new Error(`${where} = ${result}, outside [${spec.range}]`);
      }
      const pv = (p as number | undefined) ?? param?.default ?? Number.NaN;
      if (Math.abs(xv) <= 20 && (param === undefined || Math.abs(pv) <= 20)) {
        const expected = spec.naive(xv, pv);
        const tolerance = 1e-12 * Math.max(1, Math.abs(expected));
        if (!(Math.abs(result - expected) <= tolerance)) {
          throw new Error(
            `${where} = ${result}, the naive formula gives ${expected} (tolerance ${tolerance})`,
          );
        }
      }
    },
    hostile: [
      { name: "x", at: [0], values: notNumber },
      ...(param ? [{ name: param.name, at: [1], values: notFiniteIn(param.min, param.max) }] : []),
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Kernels: the scalar functions element by element (float64 within 1 ULP, zeros signed and NaN
// as they are; float32 within 1 ULP of the float64 value rounded), computed from a pristine copy of the inputs, so that an output that
// overlaps an input must give what fresh arrays give.

const values = (maxLength = 24) => fc.array(anyDouble, { maxLength });

/** An activation id and a valid parameter for it (undefined: the default). */
const idAndParam = fc.constantFrom(...activationIds).chain((id) => {
  const spec = activations[id].param;
  const param = spec ? fc.option(finiteIn(spec.min, spec.max), { nil: undefined }) : fc.constant(undefined);
  return fc.tuple(fc.constant(id), param);
});

/**
 * Where the output goes: nowhere (a new array), a fresh array, the input itself ("self"), or the
 * input's buffer `shift` elements before or after it.
 */
type OutMode = { kind: "none" | "fresh" | "self" } | { kind: "shifted"; shift: number };
const outMode: fc.Arbitrary<OutMode> = fc.oneof(
  fc.constantFrom<OutMode>({ kind: "none" }, { kind: "fresh" }, { kind: "self" }),
  fc
    .integer({ min: -3, max: 3 })
    .filter((s) => s !== 0)
    .map((shift): OutMode => ({ kind: "shifted", shift })),
);

/** An input of `values` laid out as `where` says, and an output placed as `mode` says. */
function inputAndOut(
  type: FloatType,
  vs: readonly number[],
  where: Layout,
  mode: OutMode,
): [FloatArray, FloatArray | undefined] {
  if (mode.kind !== "shifted") {
    const x = laidOut(type, vs, where);
    const out = mode.kind === "none" ? undefined : mode.kind === "self" ? x : new type(vs.length);
    return [x, out];
  }
  const n = vs.length;
  const buffer = laidOut(type, new Array(n + 8).fill(0), where);
  const x = buffer.subarray(4, 4 + n);
  x.set(vs);
  return [x, buffer.subarray(4 + mode.shift, 4 + mode.shift + n)];
}

/** Throws unless `got` is the reference: bit for bit in float64, within `ulps` float32 ULPs of its rounding. */
function expectElement(got: number, reference: number, float32: boolean, where: string, ulps = 1): void {
  const ok = float32 ? ulps32(got, Math.fround(reference)) <= ulps : Object.is(got, reference);
  if (!ok) throw new Error(`${where} = ${got}, expected ${float32 ? Math.fround(reference) : reference}`);
}

const f32 = new Float32Array(1);
const bits = new Uint32Array(f32.buffer);

/** The float32 after v (direction 1) or before it (−1); ±∞ and NaN stay. */
function nextFloat32(v: number, direction: 1 | -1): number {
  if (!Number.isFinite(v)) return v;
  if (v === 0) return direction * 1.401298464324817e-45;
  f32[0] = v;
  bits[0] += v > 0 === direction > 0 ? 1 : -1;
  return f32[0];
}

/**
 * Throws unless got is g·factor: in float64, g′·factor for a g′ within 1 ULP of g (the float64
 * kernels' contract); in float32, where a kernel's g may be any float32 within 1 ULP of g rounded
 * (its contract), or g itself when the kernel multiplies before rounding, within 1 ULP of one of
 * those products rounded.
 */
function expectScaled(got: number, g: number, factor: number, float32: boolean, where: string): void {
  if (!float32) {
    if (!isDyTimesWithin1Ulp64(got, factor, g)) {
      throw new Error(`${where} = ${got}, expected ${g * factor} (${g} within 1 ULP, times ${factor})`);
    }
    return;
  }
  const r = Math.fround(g);
  const candidates = [g, r, nextFloat32(r, 1), nextFloat32(r, -1)].map((c) => Math.fround(c * factor));
  if (!candidates.some((c) => ulps32(got, c) <= 1)) {
    throw new Error(`${where} = ${got}, expected one of ${candidates} (${g} within 1 ULP, times ${factor})`);
  }
}

const ofType = (args: unknown[]) => args[1] as FloatArray;

function kernelHostile(fn: "activationForward" | "activationBackward"): FuzzEntry["hostile"] {
  const optionsAt = fn === "activationForward" ? 2 : 3;
  return [
    { name: "id", at: [0], values: fc.oneof(notNumber, fc.constantFrom("swiglu", "toString", "", "RELU")) },
    {
      name: "x",
      at: [1],
      values: fc.oneof(notFloatArray, fc.constant(new Derived("detached", (a) => detachedLike(ofType(a))))),
    },
    ...(fn === "activationBackward"
      ? [{ name: "dy", at: [2], values: notLike(ofType, "dy"), shows: showsArray }]
      : []),
    { name: "options", at: [optionsAt], values: notObject },
    {
      name: "param",
      at: [optionsAt, "param"],
      values: fc.oneof(notNumber, fc.constantFrom(Number.NaN, Infinity, -Infinity)),
    },
    {
      name: "out",
      at: [optionsAt, "out"],
      values: notLike(ofType, "out").filter((v) => v !== undefined),
      shows: showsArray,
    },
  ];
}

function detachedLike(x: FloatArray): FloatArray {
  const array = new (x.constructor as FloatType)(2);
  structuredClone(array.buffer, { transfer: [array.buffer] });
  return array;
}

const activationForwardEntry: FuzzEntry = {
  valid: fc
    .record({ idParam: idAndParam, float32: fc.boolean(), xs: values(), where: layout, mode: outMode })
    .map((spec) =>
      build(spec, ({ idParam: [id, param], float32, xs, where, mode }) => {
        const [x, out] = inputAndOut(float32 ? Float32Array : Float64Array, xs, where, mode);
        return [id, x, mode.kind === "none" && param === undefined ? undefined : { param, out }];
      }),
    ),
  validRuns: 300,
  check(result: FloatArray, [id, x, options]: unknown[], args: unknown[]) {
    const input = x as FloatArray;
    const param = (options as { param?: number } | undefined)?.param;
    const given = (args[2] as { out?: FloatArray } | undefined)?.out;
    if (given !== undefined && result !== given) throw new Error("the result is not the out given");
    if (result.constructor !== input.constructor || result.length !== input.length)
      throw new Error("wrong shape");
    const f = activations[id as ActivationId].f;
    for (let i = 0; i < input.length; i++) {
      const where = `${id}(${input[i]})`;
      if (input instanceof Float32Array) expectElement(result[i], f(input[i], param), true, where);
      else if (!isWithin1Ulp64(result[i], f(input[i], param))) {
        throw new Error(`${where} = ${result[i]}, expected ${f(input[i], param)} within 1 ULP`);
      }
    }
  },
  hostile: kernelHostile("activationForward"),
};

/** Backward: out over nothing, fresh, x, dy, or shifted against x or dy. */
type BackwardOut = OutMode | { kind: "dy" } | { kind: "shiftedDy"; shift: number };
const backwardOut: fc.Arbitrary<BackwardOut> = fc.oneof(
  outMode,
  fc.constant<BackwardOut>({ kind: "dy" }),
  fc
    .integer({ min: -3, max: 3 })
    .filter((s) => s !== 0)
    .map((shift): BackwardOut => ({ kind: "shiftedDy", shift })),
);

/** x, dy and out for a backward kernel. */
function backwardArrays(
  type: FloatType,
  xs: readonly number[],
  dys: readonly number[],
  where: Layout,
  mode: BackwardOut,
) {
  if (mode.kind === "dy" || mode.kind === "shiftedDy") {
    const x = laidOut(type, xs, where);
    const [dy, out] = inputAndOut(
      type,
      dys,
      where,
      mode.kind === "dy" ? { kind: "self" } : { kind: "shifted", shift: mode.shift },
    );
    return { x, dy, out };
  }
  const [x, out] = inputAndOut(type, xs, where, mode);
  return { x, dy: laidOut(type, dys, where), out };
}

const pairs = (maxLength = 24) =>
  fc
    .array(fc.tuple(anyDouble, anyDouble), { maxLength })
    .map((ps) => [ps.map((p) => p[0]), ps.map((p) => p[1])] as const);

const activationBackwardEntry: FuzzEntry = {
  valid: fc
    .record({ idParam: idAndParam, float32: fc.boolean(), xy: pairs(), where: layout, mode: backwardOut })
    .map((spec) =>
      build(spec, ({ idParam: [id, param], float32, xy: [xs, dys], where, mode }) => {
        const { x, dy, out } = backwardArrays(float32 ? Float32Array : Float64Array, xs, dys, where, mode);
        return [id, x, dy, mode.kind === "none" && param === undefined ? undefined : { param, out }];
      }),
    ),
  validRuns: 300,
  check(result: FloatArray, [id, x, dy, options]: unknown[], args: unknown[]) {
    const [input, upstream] = [x as FloatArray, dy as FloatArray];
    const param = (options as { param?: number } | undefined)?.param;
    const given = (args[3] as { out?: FloatArray } | undefined)?.out;
    if (given !== undefined && result !== given) throw new Error("the result is not the out given");
    const df = activations[id as ActivationId].df;
    const float32 = input instanceof Float32Array;
    for (let i = 0; i < input.length; i++) {
      const where = `${upstream[i]}·${id}′(${input[i]})`;
      const slope = df(input[i], param);
      // ∞·f′ where f′ underflows to 0 in float64 but not in the float32 kernel's own evaluation:
      // NaN and ±∞ are both right (the true f′ is a positive number below 2^−1074)
      if (float32 && !Number.isFinite(upstream[i]) && slope === 0 && !Number.isFinite(result[i])) continue;
      if (float32) expectElement(result[i], upstream[i] * slope, true, where);
      else if (!isDyTimesWithin1Ulp64(result[i], upstream[i], slope)) {
        throw new Error(
          `${where} = ${result[i]}, expected ${upstream[i] * slope} (the derivative within 1 ULP)`,
        );
      }
    }
  },
  hostile: kernelHostile("activationBackward"),
};

const preluBackwardEntry: FuzzEntry = {
  valid: fc
    .record({
      float32: fc.boolean(),
      channels: fc.integer({ min: 1, max: 4 }),
      rows: fc.integer({ min: 0, max: 6 }),
      perChannel: fc.constantFrom<"number" | "array" | "arrayWithChannels" | "float32Array">(
        "number",
        "array",
        "arrayWithChannels",
        "float32Array",
      ),
      seed: fc.array(fc.tuple(anyDouble, anyDouble), { minLength: 24, maxLength: 24 }),
      alphas: fc.array(finiteIn(-Infinity, Infinity), { minLength: 4, maxLength: 4 }),
      where: layout,
      mode: backwardOut,
    })
    .map((spec) =>
      build(spec, ({ float32, channels, rows, perChannel, seed, alphas, where, mode }) => {
        const n = channels * rows;
        const c = perChannel === "number" ? 1 : channels;
        const { x, dy, out } = backwardArrays(
          float32 ? Float32Array : Float64Array,
          seed.slice(0, n).map((p) => p[0]),
          seed.slice(0, n).map((p) => p[1]),
          where,
          mode,
        );
        const alpha =
          perChannel === "number"
            ? alphas[0]
            : perChannel === "float32Array"
              ? Float32Array.from(alphas.slice(0, c), (v) => (Number.isFinite(Math.fround(v)) ? v : 0.5))
              : Float64Array.from(alphas.slice(0, c));
        const options =
          mode.kind === "none" && perChannel !== "arrayWithChannels"
            ? undefined
            : { out, channels: perChannel === "arrayWithChannels" ? c : undefined };
        return [x, dy, alpha, options];
      }),
    ),
  validRuns: 200,
  check(result: { dx: FloatArray; dAlpha: number | FloatArray }, [x, dy, alpha]: unknown[]) {
    const [input, upstream] = [x as FloatArray, dy as FloatArray];
    const alphas = typeof alpha === "number" ? [alpha] : Array.from(alpha as FloatArray);
    const c = alphas.length;
    const float32 = input instanceof Float32Array;
    for (let i = 0; i < input.length; i++) {
      expectElement(result.dx[i], upstream[i] * core.preluGrad(input[i], alphas[i % c]), float32, `dx[${i}]`);
    }
    const sums = alphas.map((_, channel) =>
      sumOf(input.length / c, (r) => upstream[r * c + channel] * Math.min(input[r * c + channel], 0)),
    );
    const dAlpha = typeof result.dAlpha === "number" ? [result.dAlpha] : Array.from(result.dAlpha);
    const rounds = alpha instanceof Float32Array;
    for (const [channel, s] of sums.entries()) {
      expectSum(dAlpha[channel], rounds ? [Math.fround(s[0]), s[1]] : s, true, `dAlpha[${channel}]`);
    }
  },
  hostile: [
    { name: "x", at: [0], values: notFloatArray },
    { name: "dy", at: [1], values: notLike((a) => a[0] as FloatArray, "dy"), shows: showsArray },
    {
      name: "alpha",
      at: [2],
      values: fc.oneof(
        notFiniteIn(-Infinity, Infinity).filter((v) => !(v instanceof Float64Array)),
        fc.constantFrom(new Int8Array(1), [0.25]),
      ),
    },
    { name: "options", at: [3], values: notObject },
    {
      name: "out",
      at: [3, "out"],
      values: notLike((a) => a[0] as FloatArray, "out").filter((v) => v !== undefined),
      shows: showsArray,
    },
    {
      name: "channels",
      at: [3, "channels"],
      values: fc.constant(
        new Derived("channels that disagree with alpha", (a) =>
          typeof a[2] === "number" ? 2 : (a[2] as FloatArray).length + 1,
        ),
      ),
      shows: (v) => String(v),
    },
  ],
};

/** PReLU forward with one α or one per channel: every element against the scalar prelu. */
const preluForwardEntry: FuzzEntry = {
  valid: fc
    .record({
      float32: fc.boolean(),
      channels: fc.integer({ min: 1, max: 4 }),
      rows: fc.integer({ min: 0, max: 6 }),
      perChannel: fc.constantFrom<"number" | "array" | "arrayWithChannels">(
        "number",
        "array",
        "arrayWithChannels",
      ),
      xs: fc.array(anyDouble, { minLength: 24, maxLength: 24 }),
      alphas: fc.array(finiteIn(-Infinity, Infinity), { minLength: 4, maxLength: 4 }),
      where: layout,
      mode: outMode,
    })
    .map((spec) =>
      build(spec, ({ float32, channels, rows, perChannel, xs, alphas, where, mode }) => {
        const c = perChannel === "number" ? 1 : channels;
        const [x, out] = inputAndOut(
          float32 ? Float32Array : Float64Array,
          xs.slice(0, channels * rows),
          where,
          mode,
        );
        const alpha = perChannel === "number" ? alphas[0] : Float64Array.from(alphas.slice(0, c));
        const options =
          mode.kind === "none" && perChannel !== "arrayWithChannels"
            ? undefined
            : { out, channels: perChannel === "arrayWithChannels" ? c : undefined };
        return [x, alpha, options];
      }),
    ),
  validRuns: 200,
  check(result: FloatArray, [x, alpha]: unknown[], args: unknown[]) {
    const input = x as FloatArray;
    const given = (args[2] as { out?: FloatArray } | undefined)?.out;
    if (given !== undefined && result !== given) throw new Error("the result is not the out given");
    const alphas = typeof alpha === "number" ? [alpha] : Array.from(alpha as FloatArray);
    const float32 = input instanceof Float32Array;
    for (let i = 0; i < input.length; i++) {
      const a = alphas[i % alphas.length];
      expectElement(result[i], core.prelu(input[i], a), float32, `prelu(${input[i]}, ${a})`);
    }
  },
  hostile: [
    { name: "x", at: [0], values: notFloatArray },
    {
      name: "alpha",
      at: [1],
      values: fc.oneof(
        notFiniteIn(-Infinity, Infinity).filter((v) => !(v instanceof Float64Array)),
        fc.constantFrom(new Int8Array(1), [0.25]),
      ),
    },
    { name: "options", at: [2], values: notObject },
    {
      name: "out",
      at: [2, "out"],
      values: notLike((a) => a[0] as FloatArray, "out").filter((v) => v !== undefined),
      shows: showsArray,
    },
    {
      name: "channels",
      at: [2, "channels"],
      values: fc.constant(
        new Derived("channels that disagree with alpha", (a) =>
          typeof a[1] === "number" ? 2 : (a[1] as FloatArray).length + 1,
        ),
      ),
      shows: (v) => String(v),
    },
  ],
};

const swishBackwardEntry: FuzzEntry = {
  valid: fc
    .record({
      float32: fc.boolean(),
      xy: pairs(),
      beta: finiteIn(-Infinity, Infinity),
      where: layout,
      mode: backwardOut,
    })
    .map((spec) =>
      build(spec, ({ float32, xy: [xs, dys], beta, where, mode }) => {
        const { x, dy, out } = backwardArrays(float32 ? Float32Array : Float64Array, xs, dys, where, mode);
        return [x, dy, beta, mode.kind === "none" ? undefined : { out }];
      }),
    ),
  validRuns: 300,
  check(result: { dx: FloatArray; dBeta: number }, [x, dy, b]: unknown[]) {
    const [input, upstream, beta] = [x as FloatArray, dy as FloatArray, b as number];
    const float32 = input instanceof Float32Array;
    for (let i = 0; i < input.length; i++) {
      const g = core.swishGrad(input[i], beta);
      if (float32) expectElement(result.dx[i], upstream[i] * g, true, `dx[${i}]`);
      else expectScaled(result.dx[i], g, upstream[i], false, `dx[${i}]`);
    }
    const reference = sumOf(input.length, (i) => upstream[i] * core.swishGradBeta(input[i], beta));
    expectSum(result.dBeta, reference, !float32, "dBeta");
  },
  hostile: [
    { name: "x", at: [0], values: notFloatArray },
    { name: "dy", at: [1], values: notLike((a) => a[0] as FloatArray, "dy"), shows: showsArray },
    { name: "beta", at: [2], values: notFiniteIn(-Infinity, Infinity) },
    { name: "options", at: [3], values: notObject },
    {
      name: "out",
      at: [3, "out"],
      values: notLike((a) => a[0] as FloatArray, "out").filter((v) => v !== undefined),
      shows: showsArray,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Gated units: a ⊙ gate(b) and its gradients from the registry's scalar f and f′ (the same
// operations in float64, so bit for bit; float32 within 2 ULP), and the projections as sums.

/** A gate and a valid parameter for it. */
const gateAndParam = idAndParam;

/** Where a glu output goes: nowhere, a fresh array, or x's own buffer at an element offset. */
type GluOut = { kind: "none" | "fresh" } | { kind: "inX"; at: number };
const gluOut: fc.Arbitrary<GluOut> = fc.oneof(
  fc.constantFrom<GluOut>({ kind: "none" }, { kind: "fresh" }),
  fc.integer({ min: 0, max: 6 }).map((at): GluOut => ({ kind: "inX", at })),
);

/** x of rows × lastDim values and an output of `outLength` placed as `mode` says (inside x's buffer: x is made long enough). */
function gluArrays(type: FloatType, xs: readonly number[], where: Layout, mode: GluOut, outLength: number) {
  if (mode.kind !== "inX") {
    return { x: laidOut(type, xs, where), out: mode.kind === "none" ? undefined : new type(outLength) };
  }
  const buffer = new type(Math.max(xs.length, mode.at + outLength));
  buffer.set(xs);
  return { x: buffer.subarray(0, xs.length), out: buffer.subarray(mode.at, mode.at + outLength) };
}

const gluShape = fc.record({
  float32: fc.boolean(),
  rows: fc.integer({ min: 0, max: 5 }),
  half: fc.integer({ min: 1, max: 4 }),
  gate: gateAndParam,
  seed: fc.array(anyDouble, { minLength: 40, maxLength: 40 }),
  where: layout,
  mode: gluOut,
});

const lastDimHostile = fc.oneof(notNumber, notFinite(), fc.constantFrom(0, 1, 3, -2, 2.5, 7, 1e15 + 1));
function notFinite() {
  return fc.constantFrom(Number.NaN, Infinity, -Infinity);
}

const gluOptionsHostile = (at: number, outName = "out"): FuzzEntry["hostile"] => [
  { name: "options", at: [at], values: fc.oneof(notObject, fc.constant(undefined)) },
  { name: "lastDim", at: [at, "lastDim"], values: lastDimHostile },
  {
    name: "gate",
    at: [at, "gate"],
    values: fc.oneof(notNumber, fc.constantFrom(undefined, "geglu", "toString")),
  },
  { name: "param", at: [at, "param"], values: fc.oneof(notNumber, notFinite()) },
  {
    name: outName,
    at: [at, "out"],
    values: notLike((a) => a[0] as FloatArray, outName).filter((v) => v !== undefined),
    shows: showsArray,
  },
];

const gluForwardEntry: FuzzEntry = {
  valid: gluShape.map((spec) =>
    build(spec, ({ float32, rows, half, gate: [gate, param], seed, where, mode }) => {
      const { x, out } = gluArrays(
        float32 ? Float32Array : Float64Array,
        seed.slice(0, rows * 2 * half),
        where,
        mode,
        rows * half,
      );
      return [x, { lastDim: 2 * half, gate, param, out }];
    }),
  ),
  validRuns: 200,
  check(result: FloatArray, [x, options]: unknown[]) {
    const input = x as FloatArray;
    const { lastDim, gate, param } = options as { lastDim: number; gate: ActivationId; param?: number };
    const half = lastDim / 2;
    const f = activations[gate].f;
    for (let r = 0; r < input.length / lastDim; r++) {
      for (let j = 0; j < half; j++) {
        const [a, b] = [input[r * lastDim + j], input[r * lastDim + half + j]];
        expectScaled(
          result[r * half + j],
          f(b, param),
          a,
          input instanceof Float32Array,
          `${a}·${gate}(${b})`,
        );
      }
    }
  },
  hostile: [{ name: "x", at: [0], values: notFloatArray }, ...gluOptionsHostile(1)],
};

const gluBackwardEntry: FuzzEntry = {
  valid: fc.tuple(gluShape, fc.array(anyDouble, { minLength: 20, maxLength: 20 }), fc.boolean()).map((spec) =>
    build(
      spec,
      ([
        {
          float32,
          rows,
          half,
          gate: [gate, param],
          seed,
          where,
          mode,
        },
        dys,
        outIsX,
      ]) => {
        const type = float32 ? Float32Array : Float64Array;
        const n = rows * 2 * half;
        const { x, out } = gluArrays(type, seed.slice(0, n), where, mode, n);
        const dy = laidOut(type, dys.slice(0, rows * half), where);
        return [x, dy, { lastDim: 2 * half, gate, param, out: outIsX && mode.kind === "none" ? x : out }];
      },
    ),
  ),
  validRuns: 200,
  check(result: FloatArray, [x, dy, options]: unknown[]) {
    const [input, upstream] = [x as FloatArray, dy as FloatArray];
    const { lastDim, gate, param } = options as { lastDim: number; gate: ActivationId; param?: number };
    const half = lastDim / 2;
    const { f, df } = activations[gate];
    const float32 = input instanceof Float32Array;
    for (let r = 0; r < input.length / lastDim; r++) {
      for (let j = 0; j < half; j++) {
        const [a, b, g] = [input[r * lastDim + j], input[r * lastDim + half + j], upstream[r * half + j]];
        expectScaled(result[r * lastDim + j], f(b, param), g, float32, `∂a at ${a}, ${b}`);
        const dyA = float32 ? Math.fround(g * a) : g * a;
        const got = result[r * lastDim + half + j];
        if (Number.isFinite(dyA) || !Number.isFinite(g) || !Number.isFinite(a)) {
          expectScaled(got, df(b, param), dyA, float32, `∂b at ${a}, ${b}`);
        } else if (float32) {
          // dy·a overflows the type: the unfused path multiplies (dy·gate′(b))·a instead
          expectScaled(got, g * df(b, param), a, true, `∂b at ${a}, ${b} (dy·a overflows)`);
        } else {
          const d = df(b, param);
          if (![d, nextDouble(d, 1), nextDouble(d, -1)].some((c) => Object.is(got, g * c * a))) {
            throw new Error(`∂b at ${a}, ${b} (dy·a overflows) = ${got}, expected ${g * d * a}`);
          }
        }
      }
    }
  },
  hostile: [
    { name: "x", at: [0], values: notFloatArray },
    { name: "dy", at: [1], values: notLike((a) => a[0] as FloatArray, "dy"), shows: showsArray },
    ...gluOptionsHostile(2),
  ],
};

/** Moderate values and the specials (the projections' sums are compared within a tolerance). */
const weightValue = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -100, max: 100, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 5e-324) },
);

const feedForwardShape = fc.record({
  float32: fc.boolean(),
  rows: fc.integer({ min: 0, max: 3 }),
  inputSize: fc.integer({ min: 1, max: 3 }),
  h: fc.integer({ min: 1, max: 3 }),
  gate: gateAndParam,
  seed: fc.array(weightValue, { minLength: 80, maxLength: 80 }),
  where: layout,
  overlap: fc.boolean(),
});

interface FeedForwardShape {
  float32: boolean;
  rows: number;
  inputSize: number;
  h: number;
  seed: number[];
  where: Layout;
  overlap: boolean;
}

/** x, the weights and (for overlap) an output over x's buffer, from a shape. */
function feedForwardArrays(spec: FeedForwardShape, outLength: number) {
  const { float32, rows, inputSize, h, seed, where, overlap } = spec;
  const type: FloatType = float32 ? Float32Array : Float64Array;
  let k = 0;
  const take = (n: number) => {
    k += n;
    return seed.slice(k - n, k);
  };
  const xs = take(rows * inputSize);
  const weights = {
    W: laidOut(type, take(inputSize * h), where),
    b: laidOut(type, take(h), where),
    V: laidOut(type, take(inputSize * h), where),
    c: laidOut(type, take(h), where),
  };
  if (!overlap) return { x: laidOut(type, xs, where), weights, shared: undefined };
  const buffer = new type(xs.length + outLength + 2);
  buffer.set(xs, 1);
  return { x: buffer.subarray(1, 1 + xs.length), weights, shared: buffer.subarray(0, outLength) };
}

/** rows, inputSize and h of a feed-forward call's arguments (x first, the weights at `at`). */
function shapeOf(args: unknown[], at: number): { rows: number; inputSize: number; h: number } {
  const w = args[at] as Record<"W" | "b", FloatArray>;
  const h = w.b.length;
  const inputSize = w.W.length / h;
  return { rows: (args[0] as FloatArray).length / inputSize, inputSize, h };
}

/** The projection [xW + b | xV + c] of row r, column j (j < h: value, else gate), as a sum with its magnitude. */
function projection(
  x: FloatArray,
  w: Record<"W" | "b" | "V" | "c", FloatArray>,
  r: number,
  j: number,
): [number, number] {
  const h = w.b.length;
  const inputSize = w.W.length / h;
  const [matrix, bias, col] = j < h ? [w.W, w.b, j] : [w.V, w.c, j - h];
  let [sum, magnitude] = [bias[col], Math.abs(bias[col])];
  for (let k = 0; k < inputSize; k++) {
    const term = x[r * inputSize + k] * matrix[k * h + col];
    sum += term;
    magnitude += Math.abs(term);
  }
  return [sum, magnitude];
}

const feedForwardOptionsHostile = (at: number): FuzzEntry["hostile"] => [
  { name: "options", at: [at], values: fc.oneof(notObject, fc.constant(undefined)) },
  {
    name: "gate",
    at: [at, "gate"],
    values: fc.oneof(notNumber, fc.constantFrom(undefined, "geglu", "toString")),
  },
  { name: "param", at: [at, "param"], values: fc.oneof(notNumber, notFinite()) },
];

const weightsHostile = (at: number): FuzzEntry["hostile"] => {
  const x = (a: unknown[]) => a[0] as FloatArray;
  const typeOnly = (name: string) =>
    fc.oneof(
      notFloatArray,
      fc.constant(
        new Derived(`${name}: the other float type`, (a) =>
          x(a) instanceof Float32Array ? new Float64Array(1) : new Float32Array(1),
        ),
      ),
      fc.constant(new Derived(`${name}: detached`, (a) => detachedLike(x(a)))),
    );
  const longer = (name: "V" | "c") =>
    fc.oneof(
      typeOnly(name),
      fc.constant(
        new Derived(`${name}: one element too many`, (a) => {
          const w = a[at] as Record<string, FloatArray>;
          return new (x(a).constructor as FloatType)(w[name].length + 1);
        }),
      ),
    );
  return [
    { name: "weights", at: [at], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "W", at: [at, "W"], values: typeOnly("W"), shows: showsArray },
    {
      name: "b",
      at: [at, "b"],
      values: fc.oneof(
        typeOnly("b"),
        fc.constant(new Derived("b: empty", (a) => new (x(a).constructor as FloatType)(0))),
      ),
      shows: showsArray,
    },
    { name: "V", at: [at, "V"], values: longer("V"), shows: showsArray },
    { name: "c", at: [at, "c"], values: longer("c"), shows: showsArray },
  ];
};

const gatedFeedForwardEntry: FuzzEntry = {
  valid: feedForwardShape.map((spec) =>
    build(spec, (s) => {
      const { x, weights, shared } = feedForwardArrays(s, s.rows * 2 * s.h);
      return [x, weights, { gate: s.gate[0], param: s.gate[1], hidden: shared }];
    }),
  ),
  validRuns: 150,
  check(result: { out: FloatArray; hidden: FloatArray }, [x, weights, options]: unknown[]) {
    const input = x as FloatArray;
    const w = weights as Record<"W" | "b" | "V" | "c", FloatArray>;
    const { gate, param } = options as { gate: ActivationId; param?: number };
    const h = w.b.length;
    const rows = input.length / (w.W.length / h);
    const float32 = input instanceof Float32Array;
    const f = activations[gate].f;
    for (let r = 0; r < rows; r++) {
      for (let j = 0; j < 2 * h; j++) {
        expectSum(result.hidden[r * 2 * h + j], projection(input, w, r, j), !float32, `hidden[${r}, ${j}]`);
      }
      for (let j = 0; j < h; j++) {
        const [u, v] = [result.hidden[r * 2 * h + j], result.hidden[r * 2 * h + h + j]];
        expectScaled(result.out[r * h + j], f(v, param), u, float32, `out[${r}, ${j}]`);
      }
    }
  },
  hostile: [
    { name: "x", at: [0], values: notFloatArray },
    ...weightsHostile(1),
    ...feedForwardOptionsHostile(2),
    {
      name: "hidden",
      at: [2, "hidden"],
      values: notLike(
        (a) => a[0] as FloatArray,
        "hidden",
        (a) => shapeOf(a, 1).rows * 2 * shapeOf(a, 1).h,
      ).filter((v) => v !== undefined),
      shows: showsArray,
    },
  ],
};

const gatedFeedForwardBackwardEntry: FuzzEntry = {
  valid: fc.tuple(feedForwardShape, fc.array(weightValue, { minLength: 30, maxLength: 30 })).map((spec) =>
    build(spec, ([s, more]) => {
      const { x, weights, shared } = feedForwardArrays(s, s.rows * s.inputSize);
      const type: FloatType = s.float32 ? Float32Array : Float64Array;
      const hidden = laidOut(type, more.slice(0, s.rows * 2 * s.h), s.where);
      const dy = laidOut(type, more.slice(18, 18 + s.rows * s.h), s.where);
      return [
        x,
        hidden,
        dy,
        weights,
        { gate: s.gate[0], param: s.gate[1], grads: shared ? { dx: shared } : undefined },
      ];
    }),
  ),
  validRuns: 150,
  check(
    result: Record<"dx" | "dW" | "db" | "dV" | "dc", FloatArray>,
    [x, hiddenArg, dyArg, weights, options]: unknown[],
  ) {
    const [input, hidden, dy] = [x as FloatArray, hiddenArg as FloatArray, dyArg as FloatArray];
    const w = weights as Record<"W" | "b" | "V" | "c", FloatArray>;
    const { gate, param } = options as { gate: ActivationId; param?: number };
    const { f, df } = activations[gate];
    const h = w.b.length;
    const inputSize = w.W.length / h;
    const rows = input.length / inputSize;
    const float32 = input instanceof Float32Array;
    const round = float32 ? Math.fround : (v: number) => v;
    // ∂L/∂u = dy ⊙ gate(v), ∂L/∂v = (dy ⊙ u) ⊙ gate′(v), in the array's precision
    const du = (r: number, j: number) => round(round(f(hidden[r * 2 * h + h + j], param)) * dy[r * h + j]);
    const dv = (r: number, j: number) =>
      round(round(dy[r * h + j] * hidden[r * 2 * h + j]) * df(hidden[r * 2 * h + h + j], param));
    const exact = !float32;
    for (let k = 0; k < inputSize; k++) {
      for (let j = 0; j < h; j++) {
        expectSum(
          result.dW[k * h + j],
          sumOf(rows, (r) => input[r * inputSize + k] * du(r, j)),
          exact,
          `dW[${k}, ${j}]`,
          1e-5,
        );
        expectSum(
          result.dV[k * h + j],
          sumOf(rows, (r) => input[r * inputSize + k] * dv(r, j)),
          exact,
          `dV[${k}, ${j}]`,
          1e-5,
        );
      }
    }
    for (let j = 0; j < h; j++) {
      expectSum(
        result.db[j],
        sumOf(rows, (r) => du(r, j)),
        exact,
        `db[${j}]`,
        1e-5,
      );
      expectSum(
        result.dc[j],
        sumOf(rows, (r) => dv(r, j)),
        exact,
        `dc[${j}]`,
        1e-5,
      );
    }
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < inputSize; k++) {
        const terms = (j: number) => du(r, j) * w.W[k * h + j] + dv(r, j) * w.V[k * h + j];
        expectSum(result.dx[r * inputSize + k], sumOf(h, terms), exact, `dx[${r}, ${k}]`, 1e-5);
      }
    }
  },
  hostile: [
    { name: "x", at: [0], values: notFloatArray },
    {
      name: "hidden",
      at: [1],
      values: notLike(
        (a) => a[0] as FloatArray,
        "hidden",
        (a) => shapeOf(a, 3).rows * 2 * shapeOf(a, 3).h,
      ),
      shows: showsArray,
    },
    {
      name: "dy",
      at: [2],
      values: notLike(
        (a) => a[0] as FloatArray,
        "dy",
        (a) => shapeOf(a, 3).rows * shapeOf(a, 3).h,
      ),
      shows: showsArray,
    },
    ...weightsHostile(3),
    ...feedForwardOptionsHostile(4),
    { name: "grads", at: [4, "grads"], values: notObject },
    {
      name: "grads.dW",
      at: [4, "grads", "dW"],
      values: notLike(
        (a) => a[0] as FloatArray,
        "grads.dW",
        (a) => shapeOf(a, 3).inputSize * shapeOf(a, 3).h,
      ).filter((v) => v !== undefined),
      shows: showsArray,
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Formatting: the text read back as a number by a reader independent of the formatter (− to -,
// " × 10ⁿ" to "eⁿ"), within half a unit of the third significant digit, in the notation the
// rule gives for the rounded value.

const superscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const readSuperscript = (text: string) =>
  Number([...text].map((c) => (c === "⁻" ? "-" : String(superscriptDigits.indexOf(c)))).join(""));

const formatNumberEntry: FuzzEntry = {
  valid: anyDouble.map((value) => build({ value }, ({ value }) => [value])),
  validRuns: 670,
  check(result: string, [value]: unknown[]) {
    const x = value as number;
    const where = `formatNumber(${x}) = ${JSON.stringify(result)}`;
    if (Number.isNaN(x)) return expect(result, where).toBe("NaN");
    const power = /^(−?[\d.]+)\u00A0×\u00A010([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(result);
    const plain = /^−?\d+(\.\d+)?$/.test(result);
    if (!Number.isFinite(x)) return expect(result, where).toBe(x > 0 ? "∞" : "−∞");
    expect(power !== null || plain, where).toBe(true);
    const mantissa = Number((power ? power[1] : result).replace("−", "-"));
    const exponent = power ? readSuperscript(power[2]) : 0;
    if (x === 0) return expect(result, where).toBe("0");
    // compare in units of the third significant digit of x, without forming 10^exponent (overflow)
    const e = Math.floor(Math.log10(Math.abs(x)));
    const scaled = (v: number, by: number) => v / 10 ** Math.trunc(by / 2) / 10 ** (by - Math.trunc(by / 2));
    expect(Math.abs(scaled(mantissa, e - exponent - 2) - scaled(x, e - 2)), where).toBeLessThanOrEqual(
      0.5 + 1e-6,
    );
    const rounded = Math.abs(mantissa) * 10 ** exponent;
    expect(power !== null, where).toBe(rounded < 1e-3 || rounded >= 1e5);
    if (power) expect(Math.abs(mantissa) >= 1 && Math.abs(mantissa) < 10, where).toBe(true);
  },
  hostile: [{ name: "value", at: [0], values: notNumber }],
};

const superscriptEntry: FuzzEntry = {
  valid: fc
    .integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER })
    .map((integer) => build({ integer }, ({ integer }) => [integer])),
  check(result: string, [integer]: unknown[]) {
    expect(readSuperscript(result), `superscript(${integer}) = ${result}`).toBe(integer === 0 ? 0 : integer);
  },
  hostile: [
    { name: "integer", at: [0], values: notNumber },
    {
      name: "integer",
      at: [0],
      values: fc.constantFrom(Number.NaN, Infinity, -Infinity, 0.5, -2.5, 2 ** 53),
    },
  ],
};

// An arena of any capacity hands out zeroed, 16-byte-aligned arrays until it is full, on which
// ReLU runs in place as Math.max.
const kernelArenaEntry: FuzzEntry = {
  construct: true,
  valid: fc.integer({ min: 0, max: 4096 }).map((capacity) => build(capacity, (c) => [c])),
  check(arena: core.KernelArena, [capacity]: unknown[]) {
    expect(arena).toBeInstanceOf(core.KernelArena);
    expect([arena.capacity, arena.available]).toEqual([capacity, capacity]);
    const x = arena.float32(arena.available);
    expect(x.length).toBe(capacity);
    expect(x.byteOffset % 16).toBe(0);
    expect(x.every((v) => Object.is(v, 0))).toBe(true);
    for (let i = 0; i < x.length; i++)
      x[i] = Math.fround(Math.sin(i) * 10 ** (i % 40)) * (i % 3 === 0 ? -1 : 1);
    const expected = Array.from(x, (v) => Math.max(v, 0));
    core.activationForward("relu", x, { out: x });
    expect(Array.from(x)).toEqual(expected);
    expect(arena.available).toBe(0);
    expect(() => arena.float32(1)).toThrow(RangeError);
  },
  hostile: [{ name: "capacity", at: [0], values: notIntegerIn(0, 2 ** 30 - 2 ** 20) }],
};

// no arguments to fuzz: a promise of the build, tested in kernels/loadSimdKernels.test.ts
const loadSimdKernelsEntry: FuzzEntry = {
  valid: fc.constant(() => []),
  validRuns: 1,
  check(result: Promise<core.SimdBuild | null>) {
    expect(result).toBeInstanceOf(Promise);
  },
  hostile: [],
};

const table: FuzzTable<typeof core> = {
  ...(Object.fromEntries(
    Object.entries(scalars).map(([name, spec]) => [name, scalarEntry(name as ScalarName, spec)]),
  ) as { readonly [K in ScalarName]: FuzzEntry }),
  activationForward: activationForwardEntry,
  activationBackward: activationBackwardEntry,
  preluForward: preluForwardEntry,
  preluBackward: preluBackwardEntry,
  swishBackward: swishBackwardEntry,
  KernelArena: kernelArenaEntry,
  loadSimdKernels: loadSimdKernelsEntry,
  gluForward: gluForwardEntry,
  gluBackward: gluBackwardEntry,
  gatedFeedForward: gatedFeedForwardEntry,
  gatedFeedForwardBackward: gatedFeedForwardBackwardEntry,
  formatNumber: formatNumberEntry,
  superscript: superscriptEntry,
};

fuzzModule("@activation-lab/core", core, table);
