// Every exported function, called with hostile values (wrong types, NaN, ±∞, ±0, subnormals,
// huge values, empty and length-1 arrays, non-integer or zero sizes, markup in text): each call
// returns a correct result or throws a TypeError or RangeError that names the function, the
// argument and the value ("lineChart: series[0].label must be a non-empty string, got 3").
import { type ActivationId, activationIds, activations } from "@activation-lab/core";
import { DOMParser } from "@xmldom/xmldom";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { Chart } from "../src/chart.js";
import * as api from "../src/index.js";
import * as notebookApi from "../src/notebook.js";

const exported = { ...api, ...notebookApi };
type Exported = typeof exported;
type FunctionName = {
  [K in keyof Exported]: Exported[K] extends (...args: never[]) => unknown ? K : never;
}[keyof Exported];

// ---- hostile values ------------------------------------------------------------------------

const specialNumbers = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  0,
  -0,
  Number.MIN_VALUE, // the smallest subnormal
  -Number.MIN_VALUE,
  2.2250738585072014e-308, // the smallest normal
  1e-300,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e300,
  Number.MAX_SAFE_INTEGER + 2,
  0.5,
  -1,
  1,
  2,
];
const number = fc.oneof(fc.constantFrom(...specialNumbers), fc.double(), fc.integer({ min: -20, max: 20 }));
const hostileText = fc.constantFrom(
  "",
  "   ",
  "<script>alert(1)</script>",
  '" onload="alert(1)',
  "R&D",
  "a < b",
  'x="1.23456"',
  "\ud800",
  "\u0000",
  "층 1 😀",
  "x".repeat(2000),
);
/** Anything a caller could pass by mistake. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  number,
  hostileText,
  fc.string(),
  fc.constantFrom(undefined, null, true, false, 10n, Symbol("s"), () => 1, {}, [], [[]], new Float64Array(0)),
  fc.array(number, { maxLength: 3 }),
  fc.array(fc.oneof(number, fc.string()), { maxLength: 3 }),
);
/** A valid value three times in four, a hostile one otherwise. */
function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: 3 }, { arbitrary: hostile, weight: 1 });
}
/**
 * An options object whose keys are each present or not, and valid but for one in twenty: most
 * objects have a hostile field or none, so both the checks and the drawing get exercised.
 */
function options(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const field = (valid: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: valid, weight: 19 }, { arbitrary: hostile, weight: 1 });
  const entries = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, field(v)]));
  return fc.oneof(
    { arbitrary: fc.record(entries, { requiredKeys: [] }), weight: 9 },
    { arbitrary: hostile, weight: 1 },
  );
}

const id = fc.constantFrom(...activationIds);
const lang = fc.constantFrom("ko", "en");
// valid texts: anything but blank; markup, entities and attribute-like text included
const text = fc.oneof(
  fc.constantFrom(
    "<script>alert(1)</script>",
    '" onload="alert(1)',
    "R&D",
    "a < b",
    'x="1.23456"',
    "층 1 😀",
  ),
  fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ""),
);
const size = fc.integer({ min: 100, max: 1200 });
/** The options every builder shares. */
const chartOptions = { title: text, xLabel: text, yLabel: text, lang, width: size, height: size };
/** Valid domains [lo, hi], lo < hi, from ordinary to extreme. */
const pair = fc.oneof(
  fc
    .tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-3, max: 1e6, noNaN: true }))
    .map(([lo, width]) => [lo, lo + width]),
  fc.constantFrom([-5, 5], [0, 1], [-1e300, 1e300], [1e-10, 2e-10], [1e-300, 3e-300], [1e15, 1e15 + 1]),
);
const numbers = (min: number, max: number) =>
  fc.oneof(
    fc.array(number, { minLength: min, maxLength: max }),
    fc.array(number, { minLength: min, maxLength: max }).map((a) => Float64Array.from(a)),
  );
const series = fc.array(fc.record({ label: text, y: numbers(1, 12) }), { minLength: 1, maxLength: 3 });

// ---- checks of results ---------------------------------------------------------------------

/** `svg` parses as an image/svg+xml document without a well-formedness error. */
function expectWellFormed(svg: string): void {
  const problems: string[] = [];
  new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") problems.push(message);
    },
  }).parseFromString(svg, "image/svg+xml");
  expect(problems).toEqual([]);
  expect(svg.startsWith("<svg")).toBe(true);
}

/** A builder's result: its kind, the texts it was given as given, and an SVG that parses. */
function expectChart(chart: Chart, kind: string, options: unknown): void {
  expect(chart.kind).toBe(kind);
  const given = options as Partial<Record<"title" | "xLabel" | "yLabel", string>>;
  for (const key of ["title", "xLabel", "yLabel"] as const) {
    if (given[key] !== undefined) expect(chart[key]).toBe(given[key]);
  }
  for (const t of [chart.title, chart.xLabel, chart.yLabel, chart.ariaLabel, chart.ariaDescription]) {
    expect(typeof t).toBe("string");
  }
  expectWellFormed(api.renderSvg(chart));
}

// ---- the functions -------------------------------------------------------------------------

interface Fuzz {
  /** The parameters' names, as error messages name them. */
  params: string[];
  args: fc.Arbitrary<unknown[]>;
  /** How many inputs to try (rendering a chart takes tens of milliseconds). */
  runs: number;
  check(result: unknown, args: unknown[]): void;
}

const renderRuns = 200;
/** Charts as builders return them. */
const chartOf = fc.oneof(
  id.map((i) => api.activationChart(i)),
  fc
    .array(
      fc.record({
        label: fc.constantFrom("ReLU", "R&D", "<b>"),
        y: fc.array(fc.double({ min: -1e6, max: 1e6 }), { minLength: 1, maxLength: 12 }),
      }),
      {
        minLength: 1,
        maxLength: 3,
      },
    )
    .map((s) => api.lossChart({ series: s })),
);

const fuzz: Record<FunctionName, Fuzz> = {
  niceDomain: {
    params: ["domain", "count"],
    args: fc.tuple(
      mostly(pair.map(([a, b]) => (a <= b ? [a, b] : [b, a]))),
      mostly(fc.integer({ min: 1, max: 50 })),
    ),
    runs: 2000,
    check(result, [domain]) {
      const [lo, hi] = domain as [number, number];
      const [a, b] = result as [number, number];
      expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
      expect(a <= lo && hi <= b && a < b).toBe(true);
    },
  },
  linspace: {
    params: ["domain", "samples"],
    args: fc.tuple(mostly(pair), mostly(fc.integer({ min: 2, max: 50 }))),
    runs: 2000,
    check(result, [domain, samples]) {
      const [lo, hi] = domain as [number, number];
      const x = result as Float64Array;
      expect(x).toHaveLength(samples as number);
      expect([x[0], x[x.length - 1]]).toEqual([lo, hi]);
      for (let i = 1; i < x.length; i++) {
        expect(Number.isFinite(x[i])).toBe(true);
        expect(lo <= hi ? x[i] >= x[i - 1] : x[i] <= x[i - 1]).toBe(true);
      }
    },
  },
  seriesColor: {
    params: ["index"],
    args: fc.tuple(mostly(fc.nat(100))),
    runs: 2000,
    check(result, [index]) {
      const i = (index as number) % api.palette.length;
      expect(result).toBe(`var(--al-chart-series-${i + 1}, ${api.palette[i]})`);
    },
  },
  seriesDash: {
    params: ["index"],
    args: fc.tuple(mostly(fc.nat(100))),
    runs: 2000,
    check(result, [index]) {
      expect(result).toBe((index as number) >= api.palette.length ? api.dashPattern : undefined);
    },
  },
  chartLayout: {
    params: ["options"],
    args: fc.tuple(
      options({
        legend: fc.array(fc.record({ label: text, color: fc.constant("red") }), { maxLength: 12 }),
        width: size,
        height: size,
      }),
    ),
    runs: 2000,
    check(result, [o]) {
      const { legend, width } = o as { legend: unknown[]; width?: number };
      const layout = result as api.ChartLayout;
      expect(layout.width).toBe(width ?? api.chartDefaults.width);
      const rows = (layout.marginTop - 50) / api.chartDefaults.legendRowHeight;
      expect(Number.isInteger(rows) && rows >= Math.min(1, legend.length) && rows <= legend.length).toBe(
        true,
      );
    },
  },
  activationData: {
    params: ["id", "options"],
    args: activationArgs(),
    runs: 500,
    check(result, [i]) {
      const data = result as api.ActivationData;
      const info = activations[i as ActivationId];
      for (const s of data.series) {
        expect(s.values).toHaveLength(data.x.length);
        const fx = s.kind === "f" ? info.f : info.df;
        for (let k = 0; k < data.x.length; k += 17) expect(s.values[k]).toBe(fx(data.x[k], s.param));
      }
      expect(data.yDomain[0]).toBeLessThan(data.yDomain[1]);
    },
  },
  activationsData: {
    params: ["options"],
    args: fc.tuple(activationsOptions()),
    runs: 300,
    check(result) {
      const data = result as api.ActivationsData;
      for (const s of data.series) {
        const info = activations[s.id];
        const fx = s.kind === "f" ? info.f : info.df;
        for (let k = 0; k < data.x.length; k += 17) expect(s.values[k]).toBe(fx(data.x[k], s.param));
      }
      expect(data.yDomain[0]).toBeLessThan(data.yDomain[1]);
    },
  },
  activationChart: {
    params: ["id", "options"],
    args: activationArgs({ title: text, xLabel: text, yLabel: text }),
    runs: renderRuns,
    check: (result, [, o]) => expectChart(result as Chart, "activation", o ?? {}),
  },
  activationsChart: {
    params: ["options"],
    args: fc.tuple(activationsOptions({ title: text, xLabel: text, yLabel: text })),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "activations", o ?? {}),
  },
  lineChart: {
    params: ["options"],
    args: fc.tuple(
      options({
        series,
        title: text,
        xLabel: text,
        yLabel: text,
        yType: fc.constantFrom("linear", "log"),
        xDomain: pair,
        yDomain: pair,
        xStart: number,
        dots: fc.boolean(),
        xName: text,
        ariaLabel: text,
        lang,
        width: size,
        height: size,
      }),
    ),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "line", o ?? {}),
  },
  lossChart: {
    params: ["options"],
    args: fc.tuple(
      options({
        series,
        over: fc.constantFrom("epoch", "step"),
        log: fc.boolean(),
        xStart: number,
        ...chartOptions,
      }),
    ),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "loss", o ?? {}),
  },
  gainSweepChart: {
    params: ["options"],
    args: fc.tuple(
      options({
        series: fc.array(
          fc.integer({ min: 1, max: 8 }).chain((n) =>
            fc.record({
              label: text,
              gains: fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), {
                minLength: n,
                maxLength: n,
              }),
              ratio: fc.array(number, { minLength: n, maxLength: n }),
            }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        depth: fc.integer({ min: 1, max: 50 }),
        ...chartOptions,
      }),
    ),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "gainSweep", o ?? {}),
  },
  gradientNormChart: {
    params: ["options"],
    args: fc.tuple(
      options({
        series,
        over: fc.constantFrom("depth", "step"),
        log: fc.boolean(),
        dots: fc.boolean(),
        ...chartOptions,
      }),
    ),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "gradientNorm", o ?? {}),
  },
  histogramChart: {
    params: ["options"],
    args: fc.tuple(
      options({
        series: fc.array(fc.record({ label: text, values: numbers(0, 20) }), { minLength: 1, maxLength: 3 }),
        bins: fc.integer({ min: 1, max: 60 }),
        domain: pair,
        normalize: fc.boolean(),
        ...chartOptions,
      }),
    ),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "histogram", o ?? {}),
  },
  decisionBoundaryChart: {
    params: ["options"],
    args: fc.tuple(
      options({
        points: fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.record({
            x: numbers(n, n),
            y: numbers(n, n),
            label: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
          }),
        ),
        predict: fc.constantFrom(
          (x: number) => (x > 0 ? 1 : 0),
          () => Number.NaN,
          (x: number, y: number) => x * y,
        ),
        threshold: number,
        resolution: fc.integer({ min: 4, max: 30 }),
        xDomain: pair,
        yDomain: pair,
        classLabels: fc.tuple(text, text),
        ...chartOptions,
      }),
    ),
    runs: renderRuns,
    check: (result, [o]) => expectChart(result as Chart, "decisionBoundary", o ?? {}),
  },
  renderSvg: {
    params: ["chart", "options"],
    args: fc.tuple(
      fc.oneof(
        { arbitrary: chartOf, weight: 3 },
        { arbitrary: chartOf.chain((c) => spoilt(c)), weight: 2 },
        { arbitrary: hostile, weight: 1 },
      ),
      options({ digits: fc.integer({ min: 0, max: 6 }), idPrefix: fc.constantFrom("a", "chart-2", "b_c") }),
    ),
    runs: renderRuns,
    check(result, [, o]) {
      expectWellFormed(result as string);
      const prefix = (o as { idPrefix?: string } | undefined)?.idPrefix;
      if (prefix !== undefined) {
        for (const [, name] of (result as string).matchAll(/ id="([^"]*)"/g))
          expect(name.startsWith(prefix)).toBe(true);
      }
    },
  },
  show: {
    params: ["chart", "options"],
    args: fc.tuple(
      fc.oneof(chartOf, fc.constant("<svg/>"), hostile),
      // without a display, show looks for a running kernel: outside one it throws an Error saying so
      fc.record({
        display: mostly(fc.constant({ svg: (_svg: string) => undefined })).filter((d) => d !== undefined),
      }),
    ),
    runs: renderRuns,
    check(result) {
      expect(result).toBeUndefined();
    },
  },
};

/** [id, options] for activationData and activationChart, with parameters in the id's own range. */
function activationArgs(texts: Record<string, fc.Arbitrary<unknown>> = {}): fc.Arbitrary<unknown[]> {
  return id.chain((i) => {
    const range = activations[i].param;
    const params = range
      ? fc.array(fc.double({ min: Math.max(range.min, -1e6), max: Math.min(range.max, 1e6), noNaN: true }), {
          minLength: 1,
          maxLength: 3,
        })
      : fc.constant([]);
    return fc.tuple(mostly(fc.constant(i)), activationOptions(params, texts));
  });
}

function activationOptions(params: fc.Arbitrary<unknown>, texts: Record<string, fc.Arbitrary<unknown>>) {
  return options({
    params,
    derivative: fc.boolean(),
    xDomain: pair,
    yDomain: fc.oneof(pair, fc.constant("typical")),
    samples: fc.integer({ min: 2, max: 300 }),
    lang,
    width: size,
    height: size,
    ...texts,
  });
}

function activationsOptions(texts: Record<string, fc.Arbitrary<unknown>> = {}) {
  return options({
    ids: fc.subarray([...activationIds], { minLength: 1 }),
    which: fc.constantFrom("f", "df", "both"),
    // α or β in [0, 1], in every parameter's range, for activations that have one
    params: fc.dictionary(
      fc.constantFrom(...activationIds.filter((i) => activations[i].param !== undefined)),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    xDomain: pair,
    yDomain: pair,
    samples: fc.integer({ min: 2, max: 300 }),
    lang,
    width: size,
    height: size,
    ...texts,
  });
}

/** A chart with one field replaced by a hostile value, as a caller editing a chart might. */
function spoilt(chart: Chart): fc.Arbitrary<unknown> {
  const paths: string[][] = [
    ["title"],
    ["ariaLabel"],
    ["legend"],
    ["layout"],
    ["layout", "width"],
    ["layout", "marginTop"],
    ["x"],
    ["y", "type"],
    ["y", "domain"],
    ["x", "ticks"],
    ["marks"],
  ];
  return fc.tuple(fc.constantFrom(...paths), hostile).map(([path, value]) => {
    const copy = structuredClone({
      ...chart,
      marks: [],
      x: { ...chart.x, tickFormat: undefined },
      y: { ...chart.y, tickFormat: undefined },
    }) as Record<string, unknown>;
    let at = copy;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
    at[path[path.length - 1]] = value;
    return { ...copy, marks: path[0] === "marks" ? copy["marks"] : chart.marks };
  });
}

// ---- the contract --------------------------------------------------------------------------

/** How a value appears after "got" in an error message (README: "… must be …, got <value>"). */
function shown(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (Array.isArray(value)) return `[${value.map(shown).join(", ")}]`;
  if (value === null || value === undefined || typeof value !== "object") return String(value);
  return Object.prototype.toString.call(value);
}

/** The value at `path` ("series[0].label", "params.relu") among the named arguments and the options' fields. */
function valueAt(path: string, names: string[], args: unknown[]): { found: boolean; value?: unknown } {
  const roots: Record<string, unknown>[] = [Object.fromEntries(names.map((n, i) => [n, args[i]]))];
  for (const a of args)
    if (a !== null && typeof a === "object" && !Array.isArray(a)) roots.push(a as Record<string, unknown>);
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== "");
  for (const root of roots) {
    if (!(keys[0] in root)) continue;
    let at: unknown = root;
    let found = true;
    for (const key of keys) {
      // a missing key reads as undefined, as the function under test reads it
      if (at === null || (typeof at !== "object" && typeof at !== "function")) {
        found = false;
        break;
      }
      at = (at as Record<string, unknown>)[key];
    }
    if (found) return { found, value: at };
  }
  // an option left out reads as undefined
  const inOptions = roots.length > 1 && keys.length === 1;
  return inOptions ? { found: true, value: undefined } : { found: false };
}

/** Per function: inputs tried, and how many of them returned a result (the rest threw). */
const tried = new Map<string, { inputs: number; results: number }>();

// FUZZ_REPORT=1 prints the counts, as the core package's fuzz suite does.
afterAll(() => {
  if (!process.env["FUZZ_REPORT"]) return;
  const rows = [...tried].map(
    ([name, { inputs, results }]) =>
      `  ${name.padEnd(24)} ${String(inputs).padStart(5)} inputs, ${String(results).padStart(5)} results`,
  );
  console.log(`fuzzed inputs per function:\n${rows.join("\n")}`);
});

describe("every exported function, fuzzed with hostile values", () => {
  it("has a fuzz specification for each exported function, and only those", () => {
    const functions = Object.keys(exported).filter(
      (k) => typeof exported[k as keyof Exported] === "function",
    );
    expect(Object.keys(fuzz).sort()).toEqual(functions.sort());
  });

  it.each(Object.entries(fuzz))(
    "%s returns a correct result or throws a TypeError or RangeError naming itself, the argument and the value",
    (name, spec) => {
      const fn = exported[name as FunctionName] as (...args: unknown[]) => unknown;
      const counts = { inputs: 0, results: 0 };
      fc.assert(
        fc.property(spec.args, (args) => {
          counts.inputs += 1;
          let result: unknown;
          try {
            result = fn(...args);
          } catch (error) {
            if (!(error instanceof TypeError || error instanceof RangeError)) throw error;
            const match = /^(\w+): (\S+) must (?:be|leave) .*, got ([\s\S]*)$/.exec(error.message);
            if (match === null) throw error;
            const [, named, argument, got] = match;
            expect(named).toBe(name);
            const at = valueAt(argument, spec.params, args);
            expect(at.found, `${error.message}: no argument ${argument}`).toBe(true);
            expect(got).toBe(shown(at.value));
            return;
          }
          counts.results += 1;
          spec.check(result, args);
        }),
        { seed: 20261205, numRuns: spec.runs },
      );
      tried.set(name, counts);
    },
  );
});
