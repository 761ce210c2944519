// Every function and class @activation-lab/core/nn exports, fuzzed: valid inputs against
// independent references (naive formulas, geometric identities of the data sets, determinism),
// and hostile values — wrong types, NaN and ±∞, zero, negative, fractional and huge sizes, NaN
// learning rates, empty data sets, labels outside their range — that must be rejected by name.

import fc from "fast-check";
import * as nn from "../../src/nn/index.js";
import { type ActivationId, activationIds, activations } from "../../src/registry/index.js";
import {
  anyDouble,
  detached,
  finiteIn,
  laidOut,
  layout,
  notFiniteIn,
  notIntegerIn,
  notNumber,
  notObject,
  showsArray,
} from "./arbitraries.js";
import { build, Derived, type FuzzEntry, type FuzzTable, fuzzModule, shown } from "./harness.js";
import { expectSum, sumOf } from "./reference.js";

// ---------------------------------------------------------------------------------------------
// Shared values

const moderate = fc.double({ min: -50, max: 50, noNaN: true });
const seed = fc.oneof(fc.nat({ max: 2 ** 31 }), fc.constantFrom(0, Number.MAX_SAFE_INTEGER));
const notSeed = fc.oneof(notIntegerIn(0), fc.constant(2 ** 53));
const notBoolean = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null));
const notFunction = fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null), fc.constant({}));

/** Hostile values for a Float64Array argument of the length `lengthOf(args)`: other arrays, detached, one too long. */
function notFloat64(lengthOf?: (args: unknown[]) => number): fc.Arbitrary<unknown> {
  const arbitraries: fc.Arbitrary<unknown>[] = [
    notNumber.filter((v) => !(v instanceof Float64Array)),
    fc.constant(undefined),
    fc.constantFrom<unknown>(new Float32Array(2), new Int32Array(2), [0.5, 1]),
    fc.constant(new Derived("detached", () => detached(Float64Array))),
  ];
  if (lengthOf) {
    arbitraries.push(
      fc.constant(new Derived("one element too many", (args) => new Float64Array(lengthOf(args) + 1))),
    );
  }
  return fc.oneof(...arbitraries);
}

/**
 * Hostile values for an argument that may be a Float64Array or a Float32Array (which then sets
 * the type the other arrays must have): as notFloat64, less the Float32Array.
 */
function notFloatArray(lengthOf?: (args: unknown[]) => number): fc.Arbitrary<unknown> {
  return notFloat64(lengthOf).filter((v) => !(v instanceof Float32Array));
}

/**
 * Hostile values for an array argument that must have the type of the array at `at` (a Float64Array
 * or a Float32Array) and the length `lengthOf(args)`: the other float type, other arrays, detached,
 * one too long.
 */
function notLike(at: number, lengthOf: (args: unknown[]) => number): fc.Arbitrary<unknown> {
  const typeOf = (args: unknown[]) => (args[at] instanceof Float32Array ? Float32Array : Float64Array);
  return fc.oneof(
    notNumber.filter((v) => !(v instanceof Float64Array) && !(v instanceof Float32Array)),
    fc.constant(undefined),
    fc.constantFrom<unknown>(new Int32Array(2), [0.5, 1]),
    fc.constant(
      new Derived("the other float type", (args) =>
        typeOf(args) === Float32Array ? new Float64Array(lengthOf(args)) : new Float32Array(lengthOf(args)),
      ),
    ),
    fc.constant(new Derived("detached", (args) => detached(typeOf(args)))),
    fc.constant(new Derived("one element too many", (args) => new (typeOf(args))(lengthOf(args) + 1))),
  );
}

/** What a message shows for an array of numbers: [a, b, …]. */
const showsList = (value: unknown) =>
  Array.isArray(value)
    ? `[${value.map((v) => (typeof v === "number" ? String(v) : shown(v))).join(", ")}]`
    : shown(value);

/** Throws unless |got − expected| ≤ tolerance · max(1, |expected|), NaN matching NaN and ∞ matching ∞. */
function expectClose(got: number, expected: number, where: string, tolerance = 1e-12): void {
  if (Object.is(got, expected) || (Number.isNaN(got) && Number.isNaN(expected)) || got === expected) return;
  if (!(Math.abs(got - expected) <= tolerance * Math.max(1, Math.abs(expected)))) {
    throw new Error(`${where} = ${got}, expected ${expected}`);
  }
}

function expectTrue(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

// ---------------------------------------------------------------------------------------------
// Optimisers: one step on a parameter from the update rules as PyTorch documents them.

const param = fc
  .record({
    value: fc.array(moderate, { minLength: 1, maxLength: 4 }),
    grad: fc.array(moderate, { minLength: 4, maxLength: 4 }),
    decay: fc.boolean(),
  })
  .map(({ value, grad, decay }) => ({ value, grad: grad.slice(0, value.length), decay }));
type ParamSpec = { value: number[]; grad: number[]; decay: boolean };
const makeParam = ({ value, grad, decay }: ParamSpec): nn.Param => ({
  name: "p",
  value: Float64Array.from(value),
  grad: Float64Array.from(grad),
  weightDecay: decay,
});

/** Checks an optimiser's first step on the parameter of `spec` against `expected(value, gradient with decay)`. */
function checkFirstStep(
  optimizer: nn.Optimizer,
  spec: ParamSpec,
  lambda: number,
  expected: (v: number, g: number) => number,
) {
  const p = makeParam(spec);
  optimizer.step([p]);
  spec.value.forEach((v, i) => {
    const g = spec.grad[i] + (spec.decay ? lambda : 0) * v;
    expectClose(p.value[i], expected(v, g), `step of ${v} with gradient ${g}`, 1e-12);
  });
}

const hyper = (min: number, below: number) =>
  fc.option(
    fc.double({ min, max: below, noNaN: true }).filter((v) => v < below),
    { nil: undefined },
  );

const adamEntry: FuzzEntry = {
  valid: fc
    .record({
      options: fc.option(
        fc.record({
          learningRate: hyper(0, 10),
          beta1: hyper(0, 1),
          beta2: hyper(0, 1),
          epsilon: hyper(0, 1),
          weightDecay: hyper(0, 1),
        }),
        { nil: undefined },
      ),
      param,
    })
    .map((spec) => build(spec, ({ options, param }) => [options, param])),
  check(optimizer: nn.Optimizer, [options, spec]: unknown[]) {
    const o = (options ?? {}) as nn.AdamOptions;
    const { learningRate = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8, weightDecay = 0 } = o;
    // t = 1: m̂ = g, v̂ = g², so p ← p − η·g/(|g| + ε)
    checkFirstStep(optimizer, spec as ParamSpec, weightDecay, (v, g) => {
      const m = ((1 - beta1) * g) / (1 - beta1);
      const s = ((1 - beta2) * g * g) / (1 - beta2);
      return v - (learningRate * m) / (Math.sqrt(s) + epsilon);
    });
  },
  hostile: [
    { name: "options", at: [0], values: notObject },
    { name: "learningRate", at: [0, "learningRate"], values: notFiniteIn(0) },
    { name: "beta1", at: [0, "beta1"], values: fc.oneof(notFiniteIn(0), fc.constant(1)) },
    { name: "beta2", at: [0, "beta2"], values: fc.oneof(notFiniteIn(0, 1), fc.constant(1)) },
    { name: "epsilon", at: [0, "epsilon"], values: notFiniteIn(0) },
    { name: "weightDecay", at: [0, "weightDecay"], values: notFiniteIn(0) },
  ],
};

const sgdEntry: FuzzEntry = {
  valid: fc
    .record({
      options: fc.record({
        learningRate: fc.double({ min: 0, max: 10, noNaN: true }),
        momentum: hyper(0, 1),
        weightDecay: hyper(0, 1),
      }),
      param,
    })
    .map((spec) => build(spec, ({ options, param }) => [options, param])),
  check(optimizer: nn.Optimizer, [options, spec]: unknown[]) {
    const { learningRate, weightDecay = 0 } = options as nn.SgdOptions;
    // the velocity starts at 0, so the first step is p − η·g whatever the momentum
    checkFirstStep(optimizer, spec as ParamSpec, weightDecay, (v, g) => v - learningRate * g);
  },
  hostile: [
    { name: "options", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    {
      name: "learningRate",
      at: [0, "learningRate"],
      values: fc.oneof(notFiniteIn(0), fc.constant(undefined)),
    },
    { name: "momentum", at: [0, "momentum"], values: fc.oneof(notFiniteIn(0, 1), fc.constant(1)) },
    { name: "weightDecay", at: [0, "weightDecay"], values: notFiniteIn(0) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Precision.

const toDtypeEntry: FuzzEntry = {
  valid: fc
    .record({
      values: fc.array(anyDouble, { maxLength: 8 }),
      type: fc.constantFrom(Float32Array, Float64Array),
      dtype: fc.constantFrom<nn.Dtype>("float32", "float64"),
      where: layout,
    })
    .map((spec) => build(spec, ({ values, type, dtype, where }) => [laidOut(type, values, where), dtype])),
  check(result: Float32Array | Float64Array, [array, dtype]: unknown[], args: unknown[]) {
    const source = array as Float32Array | Float64Array;
    const type = dtype === "float32" ? Float32Array : Float64Array;
    expectTrue(result instanceof type, `a ${type.name}`);
    if (source instanceof type) expectTrue(result === args[0], "the array itself when it has that dtype");
    expectTrue(result.length === source.length, "one value per value");
    // float32: each value rounded to the nearest float32, as Math.fround rounds
    source.forEach((v, i) => {
      const expected = dtype === "float32" ? Math.fround(v) : v;
      expectTrue(Object.is(result[i], expected), `value ${i}: ${result[i]}, expected ${expected}`);
    });
  },
  hostile: [
    { name: "array", at: [0], values: notFloatArray(), shows: showsArray },
    {
      name: "dtype",
      at: [1],
      values: fc.constantFrom<unknown>(undefined, "float16", "Float32Array", 32, null, Float32Array),
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Losses: naive formulas.

const naiveSoftplus = (u: number) => Math.max(u, 0) + Math.log1p(Math.exp(-Math.abs(u)));
const naiveSigmoid = (z: number) => 1 / (1 + Math.exp(-z));

interface LossSpec {
  output: number[];
  target: number[];
  withGrad: boolean;
  where: "fresh" | "offset" | "shared";
}
const lossArgs = ({ output, target, withGrad, where }: LossSpec) => [
  laidOut(Float64Array, output, where),
  laidOut(Float64Array, target, where),
  withGrad ? new Float64Array(output.length) : undefined,
];

/**
 * Hostile output, target and grad of a loss; a wrong target length is one more than
 * `targetLength` (target's own by default; for softmax, as many labels as logits).
 */
function lossHostile(
  extraTarget: FuzzEntry["hostile"] = [],
  targetLength = (a: unknown[]) => (a[1] as Float64Array).length,
): FuzzEntry["hostile"] {
  return [
    { name: "output", at: [0], values: notFloatArray(), shows: showsArray },
    { name: "target", at: [1], values: notFloat64(targetLength), shows: showsArray },
    ...extraTarget,
    {
      name: "grad",
      at: [2],
      values: notFloat64((a) => (a[0] as Float64Array).length).filter((v) => v !== undefined),
      shows: showsArray,
    },
  ];
}

/** A target with one label replaced by `bad`, for the hostile label tests. */
const badLabel = (label: string, bad: (args: unknown[]) => number) =>
  new Derived(label, (args) => {
    const target = Float64Array.from(args[1] as Float64Array);
    target[0] = bad(args);
    return target;
  });

const binaryCrossEntropyEntry: FuzzEntry = {
  valid: fc
    .array(
      fc.tuple(
        fc.oneof(
          { weight: 9, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
          { weight: 1, arbitrary: fc.constantFrom(Infinity, -Infinity) },
        ),
        fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true })),
      ),
      { minLength: 1, maxLength: 8 },
    )
    .chain((pairs) => fc.record({ pairs: fc.constant(pairs), withGrad: fc.boolean(), where: layout }))
    .map(({ pairs, withGrad, where }) =>
      build({ output: pairs.map((p) => p[0]), target: pairs.map((p) => p[1]), withGrad, where }, lossArgs),
    ),
  validRuns: 200,
  check(loss: number, [output, target]: unknown[], args: unknown[]) {
    const [z, t] = [output as Float64Array, target as Float64Array];
    const n = z.length;
    // the limits at z = ±∞: a term with weight 0 is 0
    const term = (i: number) =>
      (t[i] === 0 ? 0 : t[i] * naiveSoftplus(-z[i])) + (t[i] === 1 ? 0 : (1 - t[i]) * naiveSoftplus(z[i]));
    expectClose(loss, sumOf(n, term)[0] / n, "loss", 1e-11);
    const grad = args[2] as Float64Array | undefined;
    if (grad)
      for (let i = 0; i < n; i++) expectClose(grad[i], (naiveSigmoid(z[i]) - t[i]) / n, `grad[${i}]`, 1e-12);
  },
  hostile: lossHostile([
    {
      name: "target[0]",
      at: [1],
      values: fc.constantFrom(
        badLabel("label 7", () => 7),
        badLabel("label −1", () => -1),
        badLabel("label NaN", () => Number.NaN),
      ),
      shows: (v) => String((v as Float64Array)[0]),
    },
  ]),
};

const meanSquaredErrorEntry: FuzzEntry = {
  valid: fc
    .array(fc.tuple(anyDouble, anyDouble), { minLength: 1, maxLength: 8 })
    .chain((pairs) => fc.record({ pairs: fc.constant(pairs), withGrad: fc.boolean(), where: layout }))
    .map(({ pairs, withGrad, where }) =>
      build({ output: pairs.map((p) => p[0]), target: pairs.map((p) => p[1]), withGrad, where }, lossArgs),
    ),
  validRuns: 200,
  check(loss: number, [output, target]: unknown[], args: unknown[]) {
    const [y, t] = [output as Float64Array, target as Float64Array];
    const n = y.length;
    expectClose(loss, sumOf(n, (i) => (y[i] - t[i]) ** 2)[0] / n, "loss");
    const grad = args[2] as Float64Array | undefined;
    if (grad) for (let i = 0; i < n; i++) expectClose(grad[i], (2 * (y[i] - t[i])) / n, `grad[${i}]`);
  },
  hostile: lossHostile(),
};

const softmaxCrossEntropyEntry: FuzzEntry = {
  valid: fc
    .record({
      rows: fc.integer({ min: 1, max: 4 }),
      k: fc.integer({ min: 2, max: 4 }),
      logits: fc.array(fc.oneof(moderate, fc.double({ min: -1e300, max: 1e300, noNaN: true })), {
        minLength: 16,
        maxLength: 16,
      }),
      labels: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
      withGrad: fc.boolean(),
      where: layout,
    })
    .map(({ rows, k, logits, labels, withGrad, where }) =>
      build(
        {
          output: logits.slice(0, rows * k),
          target: labels.slice(0, rows).map((l) => l % k),
          withGrad,
          where,
        },
        lossArgs,
      ),
    ),
  validRuns: 200,
  check(loss: number, [output, target]: unknown[], args: unknown[]) {
    const [z, labels] = [output as Float64Array, target as Float64Array];
    const rows = labels.length;
    const k = z.length / rows;
    const grad = args[2] as Float64Array | undefined;
    let total = 0;
    for (let i = 0; i < rows; i++) {
      const row = Array.from(z.subarray(i * k, (i + 1) * k));
      const max = Math.max(...row);
      const logSumExp = max + Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0));
      total += logSumExp - row[labels[i]];
      if (grad) {
        row.forEach((v, j) => {
          expectClose(
            grad[i * k + j],
            (Math.exp(v - logSumExp) - (j === labels[i] ? 1 : 0)) / rows,
            `grad[${i}, ${j}]`,
          );
        });
      }
    }
    expectClose(loss, total / rows, "loss", 1e-10);
  },
  hostile: lossHostile(
    [
      {
        name: "target[0]",
        at: [1],
        values: fc.constantFrom(
          badLabel("label k", (a) => (a[0] as Float64Array).length / (a[1] as Float64Array).length),
          badLabel("label −1", () => -1),
          badLabel("label 0.5", () => 0.5),
          badLabel("label NaN", () => Number.NaN),
        ),
        shows: (v) => String((v as Float64Array)[0]),
      },
    ],
    (a) => (a[0] as Float64Array).length - 1,
  ),
};

// ---------------------------------------------------------------------------------------------
// Data sets: shapes, labels, determinism, and with no noise the curves they are drawn from.

function datasetEntry(
  name: "xor" | "twoMoons" | "circles" | "spirals" | "regression1d",
  extra: Record<string, fc.Arbitrary<unknown>>,
  onCurve: (data: nn.Dataset, options: Record<string, unknown>) => void,
  hostileExtra: FuzzEntry["hostile"],
): FuzzEntry {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the table is keyed by export name
  const make = nn[name] as (options?: object) => nn.Dataset;
  const min = name === "xor" ? 1 : name === "spirals" ? 8 : 2;
  return {
    valid: fc
      .record({
        points: fc.integer({ min, max: 40 }),
        noise: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })),
        seed,
        asRng: fc.boolean(),
        ...extra,
      })
      .map((spec) =>
        build(spec, ({ asRng, ...options }) => [
          { ...options, seed: asRng ? new nn.Rng(options.seed as number) : options.seed },
        ]),
      ),
    validRuns: 60,
    check(data: nn.Dataset, [options]: unknown[]) {
      const o = options as Record<string, unknown> & { points: number; noise: number };
      expectTrue(data.rows === o.points && data.x.length === o.points * data.features, "shape");
      expectTrue(data.y.length === o.points, "one target per row");
      if (data.classes !== null) {
        expectTrue(
          data.y.every((label) => Number.isInteger(label) && label >= 0 && label < (data.classes as number)),
          "labels",
        );
      }
      // the same seed gives the same set
      const again = make(options as object);
      expectTrue(
        again.x.every((v, i) => Object.is(v, data.x[i])) && again.y.every((v, i) => Object.is(v, data.y[i])),
        "the same seed gave another set",
      );
      if (o.noise === 0) onCurve(data, o);
    },
    hostile: [
      { name: "options", at: [0], values: notObject },
      // spirals needs 2 points per arm, at least 4
      { name: "points", at: [0, "points"], values: notIntegerIn(name === "spirals" ? 4 : min, 2 ** 24) },
      { name: "noise", at: [0, "noise"], values: notFiniteIn(0) },
      { name: "seed", at: [0, "seed"], values: notSeed },
      ...hostileExtra,
    ],
  };
}

const radius = (data: nn.Dataset, i: number, cx = 0, cy = 0) =>
  Math.hypot(data.x[2 * i] - cx, data.x[2 * i + 1] - cy);

const xorEntry = datasetEntry(
  "xor",
  {},
  (data) => {
    for (let i = 0; i < data.rows; i++) {
      const [a, b] = [data.x[2 * i], data.x[2 * i + 1]];
      expectTrue(Math.abs(a) === 1 && Math.abs(b) === 1, `corner ${a}, ${b}`);
      expectTrue(data.y[i] === (a > 0 !== b > 0 ? 1 : 0), `label of ${a}, ${b}`);
    }
  },
  [],
);

const twoMoonsEntry = datasetEntry(
  "twoMoons",
  {},
  (data) => {
    for (let i = 0; i < data.rows; i++) {
      // upper moon on the unit circle around (0, 0), lower around (1, 0.5)
      const r = data.y[i] === 0 ? radius(data, i) : radius(data, i, 1, 0.5);
      expectClose(r, 1, `moon radius of point ${i}`, 1e-12);
    }
  },
  [],
);

const circlesEntry = datasetEntry(
  "circles",
  { factor: fc.double({ min: 0, max: 1, noNaN: true, minExcluded: true, maxExcluded: true }) },
  (data, options) => {
    for (let i = 0; i < data.rows; i++) {
      expectClose(radius(data, i), data.y[i] === 0 ? 1 : (options.factor as number), `radius of point ${i}`);
    }
  },
  [
    {
      name: "factor",
      at: [0, "factor"],
      values: fc.oneof(notNumber, notFinite(), fc.constantFrom(0, 1, -0.5, 1.5)),
    },
  ],
);

function notFinite() {
  return fc.constantFrom(Number.NaN, Infinity, -Infinity);
}

const spiralsEntry = datasetEntry(
  "spirals",
  { arms: fc.integer({ min: 2, max: 4 }), turns: fc.double({ min: 0.1, max: 5, noNaN: true }) },
  (data, options) => {
    expectTrue(data.classes === options.arms, "one class per arm");
    for (let i = 0; i < data.rows; i++)
      expectTrue(radius(data, i) <= 1 + 1e-12, `point ${i} beyond radius 1`);
  },
  [
    { name: "arms", at: [0, "arms"], values: notIntegerIn(2) },
    { name: "turns", at: [0, "turns"], values: fc.oneof(notNumber, notFinite(), fc.constantFrom(0, -1)) },
  ],
);

const regression1dEntry = datasetEntry(
  "regression1d",
  {
    domain: fc
      .tuple(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
      )
      .map(([low, width]) => [low, low + width] as const),
    target: fc.constantFrom(Math.sin, Math.tanh, (x: number) => 2 * x + 1),
  },
  (data, options) => {
    const [low, high] = options.domain as [number, number];
    const target = options.target as (x: number) => number;
    expectTrue(
      data.x[0] === low && Math.abs(data.x[data.rows - 1] - high) <= 1e-12 * Math.max(1, Math.abs(high)),
      "ends",
    );
    for (let i = 0; i < data.rows; i++)
      expectTrue(Object.is(data.y[i], target(data.x[i])), `y at ${data.x[i]}`);
  },
  [
    {
      name: "domain",
      at: [0, "domain"],
      values: fc.constantFrom<unknown>(5, "a", null, [1], [2, 1], [1, 1], [Number.NaN, 1], [0, Infinity]),
      shows: showsList,
    },
    { name: "target", at: [0, "target"], values: notFunction },
  ],
);

// ---------------------------------------------------------------------------------------------
// Initialisers: within their limits, deterministic, zeros and constants exact.

type InitializerName =
  | "glorotUniform"
  | "glorotNormal"
  | "heUniform"
  | "heNormal"
  | "lecunUniform"
  | "lecunNormal"
  | "standardUniform"
  | "zeros";
const uniformLimit: Partial<Record<InitializerName, (fanIn: number, fanOut: number) => number>> = {
  glorotUniform: (i, o) => Math.sqrt(6 / (i + o)),
  heUniform: (i) => Math.sqrt(6 / i),
  lecunUniform: (i) => Math.sqrt(3 / i),
  standardUniform: (i) => 1 / Math.sqrt(i),
};

const initializerArgs = fc
  .record({
    n: fc.integer({ min: 0, max: 30 }),
    fanIn: fc.integer({ min: 1, max: 500 }),
    fanOut: fc.integer({ min: 1, max: 500 }),
    seed,
    where: layout,
  })
  .map((spec) =>
    build(spec, ({ n, fanIn, fanOut, seed, where }) => [
      laidOut(Float64Array, new Array(n).fill(7), where),
      { fanIn, fanOut },
      new nn.Rng(seed),
    ]),
  );

const initializerHostile: FuzzEntry["hostile"] = [
  { name: "target", at: [0], values: notFloat64(), shows: showsArray },
  { name: "fan", at: [1], values: fc.oneof(notObject, fc.constant(undefined)) },
  { name: "fan.fanIn", at: [1, "fanIn"], values: notIntegerIn(1) },
  { name: "fan.fanOut", at: [1, "fanOut"], values: notIntegerIn(1) },
  {
    name: "rng",
    at: [2],
    values: fc.oneof(notObject, fc.constant(undefined), fc.constant({ uniform: () => 0.5 })),
  },
];

function initializerEntry(name: InitializerName): FuzzEntry {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the table is keyed by export name
  const init = nn[name] as nn.Initializer;
  return {
    valid: initializerArgs,
    check(result: Float64Array, [target, fan, rng]: unknown[], args: unknown[]) {
      expectTrue(result === args[0], "fills the target it is given");
      const { fanIn, fanOut } = fan as nn.Fan;
      const limit = uniformLimit[name]?.(fanIn, fanOut);
      for (const v of result) {
        if (name === "zeros") expectTrue(Object.is(v, 0), `zeros gave ${v}`);
        else if (limit !== undefined)
          expectTrue(v >= -limit && v < limit, `${v} outside [−${limit}, ${limit})`);
        else expectTrue(Number.isFinite(v), `${v} is not finite`);
      }
      // the same generator state gives the same values
      const again = init(target as Float64Array, fan as nn.Fan, rng as nn.Rng);
      expectTrue(
        again.every((v, i) => Object.is(v, result[i])),
        "the same seed gave other values",
      );
    },
    hostile: initializerHostile,
  };
}

const constantEntry: FuzzEntry = {
  valid: fc
    .tuple(finiteIn(-Infinity, Infinity), initializerArgs)
    .map(([value, args]) => build({ value, args }, ({ value }) => [value])),
  check(init: nn.Initializer, [value]: unknown[]) {
    const target = init(new Float64Array(5), { fanIn: 2, fanOut: 3 }, new nn.Rng(1));
    expectTrue(
      target.every((v) => Object.is(v, value)),
      `constant(${value}) filled ${target}`,
    );
  },
  hostile: [{ name: "value", at: [0], values: notFiniteIn(-Infinity, Infinity) }],
};

/** scaled(init, gain): the base initialiser's own draws from the same seed, times gain. */
const scaledEntry: FuzzEntry = {
  valid: fc
    .record({
      base: fc.constantFrom<InitializerName>("glorotUniform", "heNormal", "lecunUniform", "zeros"),
      gain: fc.oneof(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.constantFrom(1, 5e-324, 1e300)),
      args: initializerArgs,
    })
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the base is named by export name
    .map((spec) => build(spec, ({ base, gain }) => [nn[base] as nn.Initializer, gain])),
  check(init: nn.Initializer, [base, gain]: unknown[]) {
    const fan = { fanIn: 7, fanOut: 3 };
    const got = init(new Float64Array(12), fan, new nn.Rng(5));
    const reference = (base as nn.Initializer)(new Float64Array(12), fan, new nn.Rng(5));
    expectTrue(
      got.every((v, i) => Object.is(v, reference[i] * (gain as number))),
      `scaled(…, ${gain}) gave ${got}, not ${reference} × ${gain}`,
    );
  },
  hostile: [
    { name: "init", at: [0], values: notFunction },
    { name: "gain", at: [1], values: notFiniteIn(Number.MIN_VALUE) },
  ],
};

// ---------------------------------------------------------------------------------------------
// Matrix products: the naive triple loop, within rounding of its order.

type ProductName = "matmul" | "matmulTransposeA" | "matmulTransposeB";
/** Lengths of a, b and out, and a[i,k]·b[k,j] as indices, for each product. */
const shapes: Record<
  ProductName,
  (r: number, i: number, c: number) => { a: number; b: number; out: number }
> = {
  matmul: (r, i, c) => ({ a: r * i, b: i * c, out: r * c }),
  matmulTransposeA: (r, i, c) => ({ a: r * i, b: r * c, out: i * c }),
  matmulTransposeB: (r, i, c) => ({ a: r * c, b: i * c, out: r * i }),
};

/** out[p, q] as a sum of terms, for each product (a and b row-major). */
function productEntry(
  name: ProductName,
): (
  a: Float64Array,
  b: Float64Array,
  r: number,
  i: number,
  c: number,
  p: number,
  q: number,
) => [number, number] {
  if (name === "matmul")
    return (a, b, _r, inner, cols, p, q) => sumOf(inner, (k) => a[p * inner + k] * b[k * cols + q]);
  if (name === "matmulTransposeA")
    return (a, b, rows, inner, cols, p, q) => sumOf(rows, (k) => a[k * inner + p] * b[k * cols + q]);
  return (a, b, _r, _inner, cols, p, q) => sumOf(cols, (k) => a[p * cols + k] * b[q * cols + k]);
}

const entryValue = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 5e-324) },
);

function matmulEntry(name: ProductName): FuzzEntry {
  const term = productEntry(name);
  return {
    valid: fc
      .record({
        rows: fc.integer({ min: 0, max: 4 }),
        inner: fc.integer({ min: 0, max: 4 }),
        cols: fc.integer({ min: 0, max: 4 }),
        values: fc.array(entryValue, { minLength: 32, maxLength: 32 }),
        out: fc.constantFrom("fresh", "overA", "overB", "shared"),
        where: layout,
        type: fc.constantFrom(Float64Array, Float32Array),
      })
      .map((spec) =>
        build(spec, ({ rows, inner, cols, values, out, where, type }) => {
          const s = shapes[name](rows, inner, cols);
          if (out === "fresh" || out === "shared") {
            return [
              laidOut(type, values.slice(0, s.a), where),
              laidOut(type, values.slice(16, 16 + s.b), where),
              laidOut(type, new Array(s.out).fill(Number.NaN), out === "shared" ? "shared" : "fresh"),
              rows,
              inner,
              cols,
            ];
          }
          // out starts one element into a (or b): it overlaps the input it is written over
          const [first, second] = out === "overA" ? [s.a, s.b] : [s.b, s.a];
          const buffer = new type(Math.max(first, 1 + s.out));
          buffer.set(values.slice(0, first));
          const shared = buffer.subarray(0, first);
          const other = type.from(values.slice(16, 16 + second));
          const o = buffer.subarray(1, 1 + s.out);
          return out === "overA"
            ? [shared, other, o, rows, inner, cols]
            : [other, shared, o, rows, inner, cols];
        }),
      ),
    validRuns: 150,
    check(result: Float64Array, [a, b, , rows, inner, cols]: unknown[], args: unknown[]) {
      const [r, i, c] = [rows, inner, cols] as number[];
      expectTrue(result === args[2], "returns out");
      const [outRows, outCols] = name === "matmul" ? [r, c] : name === "matmulTransposeA" ? [i, c] : [r, i];
      // float32: a float32 sum of at most 4 terms is within 4·2^-24 of their magnitude
      const relative = a instanceof Float32Array ? 4 * 2 ** -24 : 1e-13;
      for (let p = 0; p < outRows; p++) {
        for (let q = 0; q < outCols; q++) {
          expectSum(
            result[p * outCols + q],
            term(a as Float64Array, b as Float64Array, r, i, c, p, q),
            false,
            `out[${p}, ${q}]`,
            relative,
          );
        }
      }
    },
    hostile: [
      {
        name: "a",
        at: [0],
        values: notFloatArray((x) => shapes[name](x[3] as number, x[4] as number, x[5] as number).a),
        shows: showsArray,
      },
      {
        name: "b",
        at: [1],
        values: notLike(0, (x) => shapes[name](x[3] as number, x[4] as number, x[5] as number).b),
        shows: showsArray,
      },
      {
        name: "out",
        at: [2],
        values: notLike(0, (x) => shapes[name](x[3] as number, x[4] as number, x[5] as number).out),
        shows: showsArray,
      },
      { name: "rows", at: [3], values: notIntegerIn(0) },
      { name: "inner", at: [4], values: notIntegerIn(0) },
      { name: "cols", at: [5], values: notIntegerIn(0) },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Layers: the forward pass against naive sums and the scalar functions.

const initializerNames = [
  "glorotUniform",
  "glorotNormal",
  "heUniform",
  "heNormal",
  "lecunUniform",
  "lecunNormal",
  "standardUniform",
] as const;
const initializerArbitrary = fc.option(
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: initialisers by name
  fc.constantFrom(...initializerNames).map((n) => nn[n]),
  { nil: undefined },
);

/** An activation id and a valid parameter for it. */
const activationAndParam = fc.constantFrom(...activationIds).chain((id) => {
  const spec = activations[id].param;
  return fc.tuple(
    fc.constant(id),
    spec
      ? fc.option(finiteIn(Math.max(spec.min, -5), Math.min(spec.max, 5)), { nil: undefined })
      : fc.constant(undefined),
  );
});

const inputRows = fc.array(moderate, { minLength: 12, maxLength: 12 });

const denseEntry: FuzzEntry = {
  construct: true,
  valid: fc
    .record({
      inputSize: fc.integer({ min: 1, max: 4 }),
      outputSize: fc.integer({ min: 1, max: 4 }),
      activation: fc.option(activationAndParam, { nil: null }),
      init: initializerArbitrary,
      seed,
      x: inputRows,
      rows: fc.integer({ min: 1, max: 3 }),
    })
    .map((spec) =>
      build(spec, ({ inputSize, outputSize, activation, init, seed, x, rows }) => [
        {
          inputSize,
          outputSize,
          activation: activation?.[0] ?? null,
          param: activation?.[1],
          init,
          seed,
          x,
          rows,
        },
      ]),
    ),
  validRuns: 80,
  check(layer: nn.Dense, _pristine: unknown[], [options]: unknown[]) {
    const o = options as { inputSize: number; outputSize: number; x: number[]; rows: number };
    const { inputSize: n, outputSize: m } = o;
    expectTrue(layer.weight.value.length === n * m && layer.bias.value.length === m, "parameter shapes");
    const x = Float64Array.from(o.x.slice(0, o.rows * n));
    const y = layer.forward(x, o.rows);
    const { pre } = layer.probe();
    for (let r = 0; r < o.rows; r++) {
      for (let j = 0; j < m; j++) {
        const [z, magnitude] = sumOf(n + 1, (k) =>
          k === n ? layer.bias.value[j] : x[r * n + k] * layer.weight.value[k * m + j],
        );
        expectSum(pre[r * m + j], [z, magnitude], false, `z[${r}, ${j}]`, 1e-13);
        const f =
          layer.activation === null
            ? (v: number) => v
            : (v: number) => activations[layer.activation as ActivationId].f(v, layer.param);
        expectTrue(Object.is(y[r * m + j], f(pre[r * m + j])), `f(z[${r}, ${j}])`);
      }
    }
  },
  hostile: [
    { name: "options", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "inputSize", at: [0, "inputSize"], values: fc.oneof(notIntegerIn(1), fc.constant(1e9)) },
    { name: "outputSize", at: [0, "outputSize"], values: fc.oneof(notIntegerIn(1), fc.constant(2 ** 27)) },
    {
      name: "activation",
      at: [0, "activation"],
      values: fc.constantFrom<unknown>("maxout", "geglu", 3, {}, "toString"),
    },
    { name: "param", at: [0, "param"], values: fc.oneof(notNumber, notFinite()) },
    { name: "init", at: [0, "init"], values: notFunction },
    { name: "biasInit", at: [0, "biasInit"], values: notFunction },
    { name: "seed", at: [0, "seed"], values: notSeed },
  ],
};

const gatedLayerEntry: FuzzEntry = {
  construct: true,
  valid: fc
    .record({
      inputSize: fc.integer({ min: 1, max: 3 }),
      hiddenSize: fc.integer({ min: 1, max: 3 }),
      gate: activationAndParam,
      init: initializerArbitrary,
      seed,
      x: inputRows,
      rows: fc.integer({ min: 1, max: 3 }),
    })
    .map((spec) => build(spec, ({ gate, ...rest }) => [{ ...rest, gate: gate[0], param: gate[1] }])),
  validRuns: 60,
  check(layer: nn.GatedFeedForwardLayer, _pristine: unknown[], [options]: unknown[]) {
    const o = options as { inputSize: number; hiddenSize: number; x: number[]; rows: number };
    const { inputSize: n, hiddenSize: h } = o;
    const x = Float64Array.from(o.x.slice(0, o.rows * n));
    const y = layer.forward(x, o.rows);
    const f = (v: number) => activations[layer.gate].f(v, layer.param);
    for (let r = 0; r < o.rows; r++) {
      for (let j = 0; j < h; j++) {
        const project = (w: Float64Array, b: Float64Array) =>
          sumOf(n + 1, (k) => (k === n ? b[j] : x[r * n + k] * w[k * h + j]))[0];
        const u = project(layer.W.value, layer.b.value);
        const v = project(layer.V.value, layer.c.value);
        expectClose(y[r * h + j], u * f(v), `y[${r}, ${j}]`, 1e-9);
      }
    }
  },
  hostile: [
    { name: "options", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "inputSize", at: [0, "inputSize"], values: fc.oneof(notIntegerIn(1), fc.constant(1e9)) },
    { name: "hiddenSize", at: [0, "hiddenSize"], values: fc.oneof(notIntegerIn(1), fc.constant(2 ** 27)) },
    { name: "gate", at: [0, "gate"], values: fc.constantFrom<unknown>(undefined, "maxout", 3, null) },
    { name: "param", at: [0, "param"], values: fc.oneof(notNumber, notFinite()) },
    { name: "init", at: [0, "init"], values: notFunction },
    { name: "seed", at: [0, "seed"], values: notSeed },
  ],
};

const preluLayerEntry: FuzzEntry = {
  construct: true,
  valid: fc
    .record({
      size: fc.integer({ min: 1, max: 5 }),
      perUnit: fc.option(fc.boolean(), { nil: undefined }),
      alpha: fc.option(finiteIn(-Infinity, Infinity), { nil: undefined }),
      x: fc.array(anyDouble, { minLength: 15, maxLength: 15 }),
      rows: fc.integer({ min: 1, max: 3 }),
    })
    .map((spec) => build(spec, (s) => [s])),
  validRuns: 80,
  check(layer: nn.PReLU, _pristine: unknown[], [options]: unknown[]) {
    const o = options as { size: number; alpha?: number; x: number[]; rows: number };
    const x = Float64Array.from(o.x.slice(0, o.rows * o.size));
    const y = layer.forward(x, o.rows);
    const alpha = o.alpha ?? 0.25;
    for (const [i, v] of x.entries()) {
      expectTrue(Object.is(y[i], preluByDefinition(v, alpha)), `prelu(${v}, ${alpha}) = ${y[i]}`);
    }
  },
  hostile: [
    { name: "options", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "size", at: [0, "size"], values: fc.oneof(notIntegerIn(1), fc.constant(2 ** 28)) },
    { name: "perUnit", at: [0, "perUnit"], values: notBoolean },
    { name: "alpha", at: [0, "alpha"], values: fc.oneof(notNumber, notFinite()) },
  ],
};

/** PReLU from its definition, x for x > 0 and α·x otherwise (the limit −0 for α = 0 at −∞). */
function preluByDefinition(x: number, alpha: number): number {
  if (x > 0) return x;
  return alpha === 0 && x === -Infinity ? -0 : alpha * x;
}

const swishLayerEntry: FuzzEntry = {
  construct: true,
  valid: fc
    .record({
      size: fc.integer({ min: 1, max: 5 }),
      beta: fc.option(finiteIn(-Infinity, Infinity), { nil: undefined }),
      learnable: fc.option(fc.boolean(), { nil: undefined }),
      x: fc.array(anyDouble, { minLength: 15, maxLength: 15 }),
      rows: fc.integer({ min: 1, max: 3 }),
    })
    .map((spec) => build(spec, (s) => [s])),
  validRuns: 80,
  check(layer: nn.Swish, _pristine: unknown[], [options]: unknown[]) {
    const o = options as { size: number; beta?: number; learnable?: boolean; x: number[]; rows: number };
    expectTrue(
      layer.params.length === (o.learnable === false ? 0 : 1),
      "β is a parameter unless learnable is false",
    );
    const x = Float64Array.from(o.x.slice(0, o.rows * o.size));
    const y = layer.forward(x, o.rows);
    const beta = o.beta ?? 1;
    for (const [i, v] of x.entries()) {
      expectTrue(Object.is(y[i], activations.swish.f(v, beta)), `swish(${v}, ${beta}) = ${y[i]}`);
    }
  },
  hostile: [
    { name: "options", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "size", at: [0, "size"], values: fc.oneof(notIntegerIn(1), fc.constant(2 ** 28)) },
    { name: "beta", at: [0, "beta"], values: fc.oneof(notNumber, notFinite()) },
    { name: "learnable", at: [0, "learnable"], values: notBoolean },
  ],
};

/** A chain of 1–3 dense layers with matching sizes, and an input for it. */
const layerChain = fc.record({
  sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
  activation: fc.constantFrom<ActivationId | null>(null, "relu", "tanh", "gelu"),
  seed,
  x: inputRows,
  rows: fc.integer({ min: 1, max: 3 }),
});

const sequentialEntry: FuzzEntry = {
  construct: true,
  valid: layerChain.map((spec) =>
    build(spec, ({ sizes, activation, seed }) => [
      sizes
        .slice(1)
        .map(
          (outputSize, i) =>
            new nn.Dense({ inputSize: sizes[i], outputSize, activation, seed: (seed % 1000) + i }),
        ),
    ]),
  ),
  validRuns: 60,
  check(model: nn.Sequential, [pristineLayers]: unknown[]) {
    // the model's output is each (pristine, identical) layer applied in turn
    const layers = pristineLayers as nn.Dense[];
    const x = Float64Array.from({ length: 2 * layers[0].inputSize }, (_, i) => Math.sin(i + 1) * 3);
    let h = x.slice();
    for (const layer of layers) h = layer.forward(h, 2).slice();
    const y = model.predict(x);
    expectTrue(
      y.length === h.length && y.every((v, i) => Object.is(v, h[i])),
      `predict gave ${y}, the layers ${h}`,
    );
  },
  hostile: [
    {
      name: "layers",
      at: [0],
      values: fc.constantFrom<unknown>(null, undefined, 3, "dense", {}, [], [1], [{}], [null]),
      shows: (v) => (Array.isArray(v) ? (v.length === 0 ? "0" : shown(v[0])) : shown(v)),
    },
  ],
};

const preNormResidualEntry: FuzzEntry = {
  construct: true,
  valid: layerChain.map((spec) =>
    build(spec, ({ sizes, activation, seed }) => {
      // a chain that maps the width back to itself, as a residual block needs
      const widths = [...sizes.slice(0, -1), sizes[0]];
      return [
        widths
          .slice(1)
          .map(
            (outputSize, i) =>
              new nn.Dense({ inputSize: widths[i], outputSize, activation, seed: (seed % 1000) + i }),
          ),
      ];
    }),
  ),
  validRuns: 60,
  check(block: nn.PreNormResidual, [pristineLayers]: unknown[]) {
    // y = x + the (pristine, identical) layers applied in turn to x / rms(x), row by row
    const layers = pristineLayers as nn.Dense[];
    const n = layers[0].inputSize;
    const x = Float64Array.from({ length: 2 * n }, (_, i) => Math.sin(i + 1) * 3);
    let h = x.slice();
    for (let r = 0; r < 2; r++) {
      const rms = Math.sqrt(sumOf(n, (j) => x[r * n + j] ** 2)[0] / n + 1e-6);
      for (let j = 0; j < n; j++) h[r * n + j] = x[r * n + j] / rms;
    }
    for (const layer of layers) h = layer.forward(h, 2).slice();
    const y = block.forward(x, 2);
    for (let i = 0; i < y.length; i++) expectClose(y[i], x[i] + h[i], `y[${i}]`, 1e-12);
  },
  hostile: [
    {
      name: "layers",
      at: [0],
      values: fc.constantFrom<unknown>(null, undefined, 3, "dense", {}, [], [1], [{}], [null]),
      shows: (v) => (Array.isArray(v) ? (v.length === 0 ? "0" : shown(v[0])) : shown(v)),
    },
  ],
};

const mlpEntry: FuzzEntry = {
  valid: fc
    .record({
      sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 4 }),
      unit: fc.oneof(
        activationAndParam,
        fc.constantFrom<[string, number | undefined]>(
          ["geglu", undefined],
          ["swiglu", undefined],
          ["swiglu", 0.5],
        ),
      ),
      init: initializerArbitrary,
      seed,
    })
    .map((spec) =>
      build(spec, ({ sizes, unit, init, seed }) => [
        { sizes, activation: unit[0], param: unit[1], init, seed },
      ]),
    ),
  validRuns: 80,
  check(model: nn.Sequential, [options]: unknown[]) {
    const { sizes, activation } = options as nn.MlpOptions;
    expectTrue(model.layers.length === sizes.length - 1, "one layer per pair of widths");
    model.layers.forEach((layer, i) => {
      expectTrue(layer.inputSize === sizes[i] && layer.outputSize === sizes[i + 1], `layer ${i} sizes`);
    });
    const gated = activation === "geglu" || activation === "swiglu";
    const expected = sizes.slice(1).reduce((count, out, i) => {
      const dense = sizes[i] * out + out;
      return count + (gated && i + 2 < sizes.length ? 2 * dense : dense);
    }, 0);
    const count = model.params.reduce((n, p) => n + p.value.length, 0);
    expectTrue(count === expected, `${count} parameters, expected ${expected}`);
    const last = model.layers[model.layers.length - 1] as nn.Dense;
    expectTrue(last instanceof nn.Dense && last.activation === null, "a linear output layer");
    // the same seed gives the same weights
    const again = nn.mlp(options as nn.MlpOptions);
    expectTrue(
      again.params.every((p, i) => p.value.every((v, j) => Object.is(v, model.params[i].value[j]))),
      "seeded",
    );
  },
  hostile: [
    { name: "options", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    {
      name: "sizes",
      at: [0, "sizes"],
      values: fc.constantFrom<unknown>(
        undefined,
        null,
        "2,3",
        3,
        [],
        [2],
        [2, 1e9, 1],
        [2, 2 ** 14, 2 ** 14, 1],
      ),
      shows: showsList,
    },
    { name: "sizes[1]", at: [0, "sizes", 1], values: notIntegerIn(1) },
    {
      name: "activation",
      at: [0, "activation"],
      values: fc.constantFrom<unknown>(undefined, null, "maxout", 3, "toString"),
    },
    { name: "param", at: [0, "param"], values: fc.oneof(notNumber, notFinite()) },
    { name: "init", at: [0, "init"], values: notFunction },
    { name: "seed", at: [0, "seed"], values: notSeed },
  ],
};

const createParamEntry: FuzzEntry = {
  valid: fc
    .record({
      name: fc.string({ maxLength: 8 }),
      size: fc.integer({ min: 0, max: 50 }),
      weightDecay: fc.option(fc.boolean(), { nil: undefined }),
    })
    .map((spec) =>
      build(spec, ({ name, size, weightDecay }) =>
        weightDecay === undefined ? [name, size] : [name, size, weightDecay],
      ),
    ),
  check(p: nn.Param, [name, size, weightDecay]: unknown[]) {
    expectTrue(p.name === name && p.value.length === size && p.grad.length === size, "name and sizes");
    expectTrue(
      p.value !== p.grad && p.value.every((v) => Object.is(v, 0)) && p.grad.every((v) => Object.is(v, 0)),
      "zeros",
    );
    expectTrue(p.weightDecay === (weightDecay ?? true), "weightDecay, true by default");
  },
  hostile: [
    {
      name: "name",
      at: [0],
      values: fc.oneof(fc.integer(), fc.constant(null), fc.constant(undefined), fc.constant({})),
    },
    { name: "size", at: [1], values: fc.oneof(notIntegerIn(0, 2 ** 27), fc.constant(1e9)) },
    { name: "weightDecay", at: [2], values: notBoolean },
  ],
};

const rngEntry: FuzzEntry = {
  construct: true,
  valid: seed.map((s) => build(s, (s) => [s])),
  check(rng: nn.Rng, [s]: unknown[]) {
    const again = new nn.Rng(s as number);
    for (let i = 0; i < 5; i++) {
      const u = rng.uniform();
      expectTrue(u >= 0 && u < 1 && u === again.uniform(), "uniform in [0, 1), seeded");
    }
  },
  hostile: [{ name: "seed", at: [0], values: notSeed }],
};

const toRngEntry: FuzzEntry = {
  valid: fc.tuple(seed, fc.boolean()).map((spec) => build(spec, ([s, asRng]) => [asRng ? new nn.Rng(s) : s])),
  check(rng: nn.Rng, [pristine]: unknown[], [given]: unknown[]) {
    if (given instanceof nn.Rng) expectTrue(rng === given, "a generator is returned as it is");
    const reference = pristine instanceof nn.Rng ? pristine : new nn.Rng(pristine as number);
    expectTrue(rng.uniform() === reference.uniform(), "the seed's stream");
  },
  hostile: [{ name: "seed", at: [0], values: notSeed }],
};

// ---------------------------------------------------------------------------------------------
// Training and diagnostics, on small seeded models and data sets.

interface Setup {
  model: nn.Sequential;
  data: nn.Dataset;
  loss: nn.Loss;
}

/** A small classifier and its data: one logit with binary cross-entropy, or k with softmax. */
const setup = fc
  .record({
    points: fc.integer({ min: 1, max: 12 }),
    classes: fc.constantFrom(1, 2, 3),
    hidden: fc.constantFrom<ActivationId | "swiglu">("relu", "tanh", "swiglu"),
    seed,
  })
  .map((spec) => ({
    spec,
    make: (): Setup => {
      const { points, classes, hidden, seed } = spec;
      const data =
        classes === 3 ? nn.spirals({ points: Math.max(points, 6), arms: 3, seed }) : nn.xor({ points, seed });
      const model = nn.mlp({ sizes: [2, 3, classes], activation: hidden, seed });
      const loss = classes === 1 ? nn.binaryCrossEntropyWithLogits : nn.softmaxCrossEntropy;
      return { model, data, loss };
    },
  }));

const trainEntry: FuzzEntry = {
  valid: fc
    .record({
      setup,
      optimizer: fc.constantFrom("sgd", "adam"),
      epochs: fc.integer({ min: 1, max: 2 }),
      batchSize: fc.option(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constant(1e9)), { nil: undefined }),
      seed,
      flags: fc.record({ shuffle: fc.boolean(), stepStats: fc.boolean(), epochStats: fc.boolean() }),
    })
    .map((spec) =>
      build(spec, ({ setup, optimizer, epochs, batchSize, seed, flags }) => {
        const { model, data, loss } = setup.make();
        const opt = optimizer === "sgd" ? nn.sgd({ learningRate: 0.1 }) : nn.adam({ learningRate: 0.01 });
        return [model, { data, loss, optimizer: opt, epochs, batchSize, seed, ...flags }];
      }),
    ),
  validRuns: 40,
  check(
    history: nn.TrainingHistory,
    [pristineModel, pristineOptions]: unknown[],
    [model, options]: unknown[],
  ) {
    const o = options as nn.TrainOptions;
    const batch = Math.min(o.batchSize ?? 32, o.data.rows);
    expectTrue(
      history.steps.length === o.epochs * Math.ceil(o.data.rows / batch),
      `${history.steps.length} steps`,
    );
    expectTrue(history.epochs.length === o.epochs, "one record per epoch");
    expectTrue(
      history.steps.every((s) => Number.isFinite(s.loss) && s.loss >= 0),
      "finite losses",
    );
    // deterministic: the same call on a pristine model gives the same history
    const again = nn.train(pristineModel as nn.Sequential, pristineOptions as nn.TrainOptions);
    expectTrue(JSON.stringify(again) === JSON.stringify(history), "the same seeds gave another history");
    // the last epoch's set loss is the loss of the trained model over the whole set
    if (o.epochStats !== false) {
      const last = history.epochs[history.epochs.length - 1];
      const now = nn.inspect(model as nn.Sequential, { data: o.data, loss: o.loss });
      expectTrue(Object.is(last.setLoss, now.loss), `setLoss ${last.setLoss}, inspect ${now.loss}`);
    }
  },
  hostile: [
    {
      name: "model",
      at: [0],
      values: fc.constantFrom<unknown>(null, undefined, {}, 3, new nn.Dense({ inputSize: 2, outputSize: 1 })),
    },
    { name: "options", at: [1], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "data", at: [1, "data"], values: fc.oneof(notObject, fc.constant(undefined)) },
    {
      name: "data.rows",
      at: [1, "data", "rows"],
      values: fc.oneof(notNumber, notFinite(), fc.constantFrom(0, -1, 0.5)),
    },
    {
      name: "data.x",
      at: [1, "data", "x"],
      values: notFloat64((a) => (a[1] as nn.TrainOptions).data.x.length),
      shows: showsArray,
    },
    { name: "loss", at: [1, "loss"], values: fc.oneof(notFunction, fc.constant(undefined)) },
    { name: "optimizer", at: [1, "optimizer"], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "epochs", at: [1, "epochs"], values: fc.oneof(notIntegerIn(1), fc.constant(undefined)) },
    { name: "batchSize", at: [1, "batchSize"], values: notIntegerIn(1) },
    { name: "seed", at: [1, "seed"], values: notSeed },
    { name: "shuffle", at: [1, "shuffle"], values: notBoolean },
    { name: "deadThreshold", at: [1, "deadThreshold"], values: notFiniteIn(0) },
    { name: "onEpoch", at: [1, "onEpoch"], values: notFunction },
  ],
};

const inspectEntry: FuzzEntry = {
  valid: fc
    .tuple(setup, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }))
    .map((spec) =>
      build(spec, ([setup, deadThreshold]) => {
        const { model, data, loss } = setup.make();
        return [model, { data, loss, deadThreshold }];
      }),
    ),
  validRuns: 40,
  check(result: nn.Inspection, [pristineModel, options]: unknown[]) {
    const { data, loss } = options as { data: nn.Dataset; loss: nn.Loss };
    const model = pristineModel as nn.Sequential;
    const output = model.predict(data.x);
    expectTrue(Object.is(result.loss, loss(output, data.y)), "the loss of the model's output");
    const k = model.outputSize;
    let right = 0;
    for (let i = 0; i < data.rows; i++) {
      const row = Array.from(output.subarray(i * k, (i + 1) * k));
      const predicted = k === 1 ? (row[0] > 0 ? 1 : 0) : row.indexOf(Math.max(...row));
      if (predicted === data.y[i]) right++;
    }
    expectTrue(
      result.accuracy === right / data.rows,
      `accuracy ${result.accuracy}, expected ${right / data.rows}`,
    );
    expectTrue(result.layers.length === model.layers.length, "one record per layer");
  },
  hostile: [
    { name: "model", at: [0], values: fc.constantFrom<unknown>(null, undefined, {}, 3) },
    { name: "options", at: [1], values: fc.oneof(notObject, fc.constant(undefined)) },
    { name: "data", at: [1, "data"], values: fc.oneof(notObject, fc.constant(undefined)) },
    {
      name: "data.rows",
      at: [1, "data", "rows"],
      values: fc.constantFrom<unknown>(0, -1, 0.5, Number.NaN, "4"),
    },
    { name: "loss", at: [1, "loss"], values: fc.oneof(notFunction, fc.constant(undefined)) },
    { name: "deadThreshold", at: [1, "deadThreshold"], values: notFiniteIn(0) },
  ],
};

const accuracyEntry: FuzzEntry = {
  valid: fc
    .record({
      k: fc.integer({ min: 1, max: 3 }),
      labels: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      output: fc.array(moderate, { minLength: 18, maxLength: 18 }),
      where: layout,
    })
    .map((spec) =>
      build(spec, ({ k, labels, output, where }) => [
        laidOut(Float64Array, output.slice(0, labels.length * k), where),
        laidOut(
          Float64Array,
          labels.map((l) => l % Math.max(k, 2)),
          where,
        ),
        k,
      ]),
    ),
  check(result: number, [output, labels, k]: unknown[]) {
    const [z, y, outputs] = [output as Float64Array, labels as Float64Array, k as number];
    let right = 0;
    for (let i = 0; i < y.length; i++) {
      const row = Array.from(z.subarray(i * outputs, (i + 1) * outputs));
      // the first largest output, or for one logit class 1 where it is positive
      const predicted = outputs === 1 ? (row[0] > 0 ? 1 : 0) : row.indexOf(Math.max(...row));
      if (predicted === y[i]) right++;
    }
    expectTrue(result === right / y.length, `accuracy ${result}, expected ${right / y.length}`);
  },
  hostile: [
    {
      name: "output",
      at: [0],
      values: notFloatArray((a) => (a[1] as Float64Array).length * (a[2] as number)),
      shows: showsArray,
    },
    {
      name: "labels",
      at: [1],
      values: fc.oneof(notFloatArray(), fc.constant(new Float64Array(0))),
      shows: showsArray,
    },
    { name: "outputs", at: [2], values: notIntegerIn(1) },
  ],
};

const deadFractionEntry: FuzzEntry = {
  valid: fc
    .record({
      rows: fc.integer({ min: 0, max: 4 }),
      units: fc.integer({ min: 1, max: 4 }),
      slope: fc.array(fc.oneof(anyDouble, fc.constant(0)), { minLength: 16, maxLength: 16 }),
      threshold: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
      where: layout,
    })
    .map((spec) =>
      build(spec, ({ rows, units, slope, threshold, where }) => {
        const s = laidOut(Float64Array, slope.slice(0, rows * units), where);
        return threshold === undefined ? [s, rows, units] : [s, rows, units, threshold];
      }),
    ),
  check(result: number, [slope, rows, units, threshold]: unknown[]) {
    const [s, r, u, t] = [
      slope as Float64Array,
      rows as number,
      units as number,
      (threshold as number | undefined) ?? 0,
    ];
    let dead = 0;
    for (let j = 0; j < u; j++) {
      // dead: no row passes more than the threshold (a NaN slope passes nothing)
      if (!Array.from({ length: r }, (_, i) => Math.abs(s[i * u + j]) > t).some(Boolean)) dead++;
    }
    expectTrue(result === dead / u, `deadFraction ${result}, expected ${dead / u}`);
  },
  hostile: [
    {
      name: "slope",
      at: [0],
      values: notFloatArray((a) => (a[1] as number) * (a[2] as number)),
      shows: showsArray,
    },
    { name: "rows", at: [1], values: notIntegerIn(0) },
    { name: "units", at: [2], values: notIntegerIn(1) },
    { name: "threshold", at: [3], values: notFiniteIn(0) },
  ],
};

const layerStatsEntry: FuzzEntry = {
  valid: fc
    .tuple(setup, fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }))
    .map((spec) =>
      build(spec, ([setup, threshold]) => {
        const { model, data, loss } = setup.make();
        nn.inspect(model, { data, loss }); // one forward and backward pass
        return threshold === undefined ? [model] : [model, threshold];
      }),
    ),
  validRuns: 40,
  check(stats: nn.LayerStats[], _pristine: unknown[], [model]: unknown[]) {
    const m = model as nn.Sequential;
    expectTrue(stats.length === m.layers.length, "one record per layer");
    stats.forEach((s, i) => {
      const norm = (arrays: Float64Array[]) =>
        Math.sqrt(sumOf(arrays.length, (a) => sumOf(arrays[a].length, (j) => arrays[a][j] ** 2)[0])[0]);
      expectClose(s.paramNorm, norm(m.layers[i].params.map((p) => p.value)), `paramNorm of layer ${i}`);
      expectClose(s.gradNorm, norm(m.layers[i].params.map((p) => p.grad)), `gradNorm of layer ${i}`);
      expectTrue(s.deadFraction >= 0 && s.deadFraction <= 1, "a share");
    });
  },
  hostile: [
    { name: "model", at: [0], values: fc.constantFrom<unknown>(null, undefined, {}, 3, "mlp") },
    { name: "deadThreshold", at: [1], values: notFiniteIn(0) },
  ],
};

const probabilityOfEntry: FuzzEntry = {
  valid: fc
    .tuple(setup, fc.nat(), fc.boolean(), fc.array(moderate, { minLength: 2, maxLength: 2 }))
    .map((spec) =>
      build(spec, ([setup, label, withLabel]) => {
        const { model } = setup.make();
        const classes = model.outputSize === 1 ? 2 : model.outputSize;
        return withLabel ? [model, label % classes] : [model];
      }),
    ),
  validRuns: 40,
  check(p: (...inputs: number[]) => number, [model, label]: unknown[]) {
    const m = model as nn.Sequential;
    const at = [0.3, -1.2];
    const z = Array.from(m.predict(Float64Array.from(at)));
    const l = (label as number | undefined) ?? 1;
    // σ(z) of one logit, or the softmax from the largest logit down
    const max = Math.max(...z);
    const expected =
      z.length === 1
        ? naiveSigmoid(l === 1 ? z[0] : -z[0])
        : Math.exp(z[l] - max) / z.reduce((s, v) => s + Math.exp(v - max), 0);
    expectClose(p(...at), expected, "probability", 1e-14);
  },
  hostile: [
    { name: "model", at: [0], values: fc.constantFrom<unknown>(null, undefined, {}, 3) },
    { name: "label", at: [1], values: fc.oneof(notNumber, notFinite(), fc.constantFrom(-1, 0.5, 3, 1e9)) },
  ],
};

/** Linear layers c_i·I of width n before a dense output: ∂L/∂x = ∂L/∂h_N · Π c_i, so the ratio is Π |c_i|. */
function scaledIdentities(n: number, scales: readonly number[], seed: number): nn.Sequential {
  const layers = scales.map((c, i) => {
    const layer = new nn.Dense({ inputSize: n, outputSize: n, seed: seed + i });
    layer.weight.value.fill(0);
    for (let j = 0; j < n; j++) layer.weight.value[j * n + j] = c;
    return layer;
  });
  return new nn.Sequential([
    ...layers,
    new nn.Dense({ inputSize: n, outputSize: 2, seed: seed + scales.length }),
  ]);
}

const inputGradientRatioEntry: FuzzEntry = {
  valid: fc
    .record({
      n: fc.integer({ min: 1, max: 4 }),
      scales: fc.array(
        fc
          .tuple(fc.double({ min: 0.1, max: 3, noNaN: true }), fc.boolean())
          .map(([c, negative]) => (negative ? -c : c)),
        { minLength: 0, maxLength: 3 },
      ),
      seed,
      rows: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      dataSeed: fc.option(seed, { nil: undefined }),
    })
    .map((spec) =>
      build(spec, ({ n, scales, seed, rows, dataSeed }) => [
        scaledIdentities(n, scales, seed % 1000),
        { rows, seed: dataSeed },
      ]),
    ),
  validRuns: 60,
  check(ratio: number, [model]: unknown[]) {
    const scales = (model as nn.Sequential).layers
      .slice(0, -1)
      .map((layer) => (layer as nn.Dense).weight.value[0]);
    expectClose(
      ratio,
      scales.reduce((product, c) => product * Math.abs(c), 1),
      "ratio",
      1e-12,
    );
  },
  hostile: [
    { name: "model", at: [0], values: fc.constantFrom<unknown>(null, undefined, {}, 3, "mlp") },
    { name: "options", at: [1], values: notObject },
    { name: "rows", at: [1, "rows"], values: fc.oneof(notIntegerIn(1), fc.constant(1e7)) },
    { name: "seed", at: [1, "seed"], values: notSeed },
  ],
};

const gatedOrActivationIds = [...activationIds, "geglu", "swiglu"] as const;

const measureActivationsEntry: FuzzEntry = {
  valid: fc
    .record({
      id: fc.constantFrom(...gatedOrActivationIds),
      depth: fc.integer({ min: 0, max: 1 }),
      width: fc.integer({ min: 1, max: 3 }),
      seed: fc.nat({ max: 2 ** 31 }),
    })
    .map((spec) =>
      build(spec, ({ id, depth, width, seed }) => [{ ids: [id], depth, width, repeats: 1, epochs: 1, seed }]),
    ),
  validRuns: 2, // each trains a network on 300 points for an epoch: 0.3 s
  hostileRuns: 15,
  check(rows: nn.ActivationMeasurement[], [options]: unknown[]) {
    const [id] = (options as { ids: string[] }).ids;
    expectTrue(rows.length === 1 && rows[0].id === id, "one row per id");
    const row = rows[0];
    if (id in activations) {
      expectTrue(Object.is(row.valueAtZero, activations[id as ActivationId].f(0)), "f(0)");
      expectTrue(
        row.range.min <= row.valueAtZero && row.valueAtZero <= row.range.max,
        "f(0) within the range",
      );
    } else {
      expectTrue(row.range.min === -Infinity && row.range.max === Infinity, "a gated unit is unbounded");
    }
    expectTrue(
      row.smallGradShare >= 0 && row.smallGradShare <= 1 && row.deadShare >= 0 && row.deadShare <= 1,
      "shares",
    );
    expectTrue(row.inputGradientRatio > 0, "a ratio of norms");
  },
  hostile: [
    { name: "options", at: [0], values: notObject },
    {
      name: "ids",
      at: [0, "ids"],
      values: fc.constantFrom<unknown>(null, "relu", 3, ["maxout"], ["relu", 4], [{}]),
      shows: (v) =>
        Array.isArray(v) ? shown(v.find((id) => !(typeof id === "string" && id in activations))) : shown(v),
    },
    { name: "depth", at: [0, "depth"], values: notIntegerIn(0, 1000) },
    { name: "width", at: [0, "width"], values: notIntegerIn(1, 1024) },
    { name: "repeats", at: [0, "repeats"], values: notIntegerIn(1, 100) },
    { name: "epochs", at: [0, "epochs"], values: notIntegerIn(1, 1000) },
    { name: "seed", at: [0, "seed"], values: notIntegerIn(0, Number.MAX_SAFE_INTEGER - 1) },
  ],
};

const nonFiniteLossErrorEntry: FuzzEntry = {
  construct: true,
  // train builds it from its own counters; any values make an Error that keeps them
  valid: fc
    .tuple(fc.string(), fc.nat(), fc.nat(), fc.option(fc.nat(), { nil: null }))
    .map((spec) => build(spec, (s) => [...s])),
  check(error: nn.NonFiniteLossError, [message, step, epoch, layer]: unknown[]) {
    expectTrue(
      error instanceof Error && error.name === "NonFiniteLossError",
      "an Error named NonFiniteLossError",
    );
    expectTrue(
      error.message === message && error.step === step && error.epoch === epoch && error.layer === layer,
      "fields",
    );
  },
  hostile: [],
};

const pointsEntry: FuzzEntry = {
  valid: fc
    .record({
      set: fc.constantFrom("xor", "twoMoons", "circles", "spirals"),
      points: fc.integer({ min: 8, max: 30 }),
      seed,
    })
    .map((spec) =>
      build(spec, ({ set, points, seed }) => {
        // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the four 2-D data sets by name
        const make = nn[set as "xor"] as (o: object) => nn.Dataset;
        return [make({ points, seed })];
      }),
    ),
  check(result: { x: number[]; y: number[]; label: number[] }, [data]: unknown[]) {
    const d = data as nn.Dataset;
    for (let i = 0; i < d.rows; i++) {
      expectTrue(
        result.x[i] === d.x[2 * i] && result.y[i] === d.x[2 * i + 1] && result.label[i] === d.y[i],
        `row ${i}`,
      );
    }
    expectTrue(result.x.length === d.rows && result.label.length === d.rows, "one entry per row");
  },
  hostile: [
    { name: "data", at: [0], values: fc.oneof(notObject, fc.constant(undefined)) },
    {
      name: "data.rows",
      at: [0, "rows"],
      values: fc.constantFrom<unknown>(0, -3, 1.5, Number.NaN, "8", null),
    },
    {
      name: "data.x",
      at: [0, "x"],
      values: notFloat64((a) => (a[0] as nn.Dataset).x.length),
      shows: showsArray,
    },
    {
      name: "data.y",
      at: [0, "y"],
      values: notFloat64((a) => (a[0] as nn.Dataset).y.length),
      shows: showsArray,
    },
  ],
};

const table: FuzzTable<typeof nn> = {
  adam: adamEntry,
  sgd: sgdEntry,
  binaryCrossEntropyWithLogits: binaryCrossEntropyEntry,
  meanSquaredError: meanSquaredErrorEntry,
  softmaxCrossEntropy: softmaxCrossEntropyEntry,
  xor: xorEntry,
  twoMoons: twoMoonsEntry,
  circles: circlesEntry,
  spirals: spiralsEntry,
  regression1d: regression1dEntry,
  points: pointsEntry,
  glorotUniform: initializerEntry("glorotUniform"),
  glorotNormal: initializerEntry("glorotNormal"),
  heUniform: initializerEntry("heUniform"),
  heNormal: initializerEntry("heNormal"),
  scaled: scaledEntry,
  lecunUniform: initializerEntry("lecunUniform"),
  lecunNormal: initializerEntry("lecunNormal"),
  standardUniform: initializerEntry("standardUniform"),
  zeros: initializerEntry("zeros"),
  constant: constantEntry,
  matmul: matmulEntry("matmul"),
  matmulTransposeA: matmulEntry("matmulTransposeA"),
  matmulTransposeB: matmulEntry("matmulTransposeB"),
  createParam: createParamEntry,
  Rng: rngEntry,
  toRng: toRngEntry,
  Dense: denseEntry,
  GatedFeedForwardLayer: gatedLayerEntry,
  PReLU: preluLayerEntry,
  Swish: swishLayerEntry,
  Sequential: sequentialEntry,
  PreNormResidual: preNormResidualEntry,
  mlp: mlpEntry,
  train: trainEntry,
  inspect: inspectEntry,
  accuracy: accuracyEntry,
  toDtype: toDtypeEntry,
  deadFraction: deadFractionEntry,
  layerStats: layerStatsEntry,
  probabilityOf: probabilityOfEntry,
  measureActivations: measureActivationsEntry,
  inputGradientRatio: inputGradientRatioEntry,
  NonFiniteLossError: nonFiniteLossErrorEntry,
};

fuzzModule("@activation-lab/core/nn", nn, table);
