// The fuzz harness: a table with one entry per exported function or class, each run with valid
// inputs against an independent reference and with hostile values, one argument at a time.

import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";

/** One seed for every property: runs are deterministic (a failure prints its own seed and path). */
export const SEED = 20_261_205;

/** Arguments for one call, built afresh each time (a call may write into them). */
export type Build = () => unknown[];

/** What the fuzz suite knows about one exported function or class. */
export interface FuzzEntry {
  /** Called with `new` (a class). */
  readonly construct?: boolean;
  /** Valid argument lists, as builders. */
  readonly valid: fc.Arbitrary<Build>;
  /**
   * Throws (an `expect`) unless `result` is right for the arguments, judged by an independent
   * reference: `pristine` is a second build of the same arguments, untouched by the call.
   */
  readonly check: (result: never, pristine: unknown[], args: unknown[]) => void;
  /** Runs of the valid property; default 100. */
  readonly validRuns?: number;
  /** Runs of each hostile property; default 40. */
  readonly hostileRuns?: number;
  /** Hostile values, each for one argument, that must be rejected. */
  readonly hostile: readonly Hostile[];
}

/** Hostile values of one argument. */
export interface Hostile {
  /** The argument as the error must name it: "x", "options", "lastDim", "data.rows", "sizes[1]". */
  readonly name: string;
  /** Where the value goes: an index into the arguments, then property names. */
  readonly at: readonly (number | string)[];
  /** The values; a `Derived` is computed from the valid arguments (an array one longer than x). */
  readonly values: fc.Arbitrary<unknown>;
  /** What the message shows of the value where not the value itself (a length, say); any of a list. */
  readonly shows?: (value: unknown, args: unknown[]) => string | string[];
}

/** A hostile value computed from the valid arguments it replaces one of. */
export class Derived {
  constructor(
    readonly label: string,
    readonly make: (args: unknown[]) => unknown,
  ) {}
  toString(): string {
    return this.label;
  }
}

type Callable = ((...args: never[]) => unknown) | (abstract new (...args: never[]) => unknown);

/** A table keyed by the module's function and class exports: a missing entry is a compile error. */
export type FuzzTable<M> = { readonly [K in keyof M as M[K] extends Callable ? K : never]: FuzzEntry };

/** A builder with a readable description for fast-check's failure reports. */
export function build<S>(spec: S, make: (spec: S) => unknown[]): Build {
  return Object.assign(() => make(spec), { [fc.toStringMethod]: () => fc.stringify(spec) });
}

/**
 * How an error message shows a value: numbers and booleans as printed, strings quoted, bigints
 * with their n, typed arrays with their length, other objects by constructor.
 */
export function shown(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "bigint":
      return `${value}n`;
    case "function":
      return "a function";
    case "object":
      if (value === null) return "null";
      if (ArrayBuffer.isView(value) && "length" in value) {
        return (value.buffer as { detached?: boolean }).detached ? "detached" : value.constructor.name;
      }
      return (value as object).constructor?.name ?? "object";
    default:
      return String(value);
  }
}

/** The arguments with the value at `at` replaced (containers on the path copied, typed arrays kept). */
function place(args: unknown[], at: readonly (number | string)[], value: unknown): unknown[] {
  const copy = (container: unknown): Record<string | number, unknown> =>
    Array.isArray(container)
      ? ([...container] as unknown as Record<number, unknown>)
      : typeof container === "object" && container !== null
        ? { ...container }
        : {};
  const root = [...args] as unknown as Record<string | number, unknown>;
  let node = root;
  for (let i = 0; i < at.length - 1; i++) {
    const child = copy(node[at[i]]);
    node[at[i]] = child;
    node = child;
  }
  node[at[at.length - 1]] = value;
  return root as unknown as unknown[];
}

/** Every typed array reachable from the arguments (through arrays and plain objects), with a copy of its bytes. */
function snapshot(args: unknown[]): [ArrayBufferView, Uint8Array][] {
  const found: [ArrayBufferView, Uint8Array][] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || seen.has(value) || depth > 3) return;
    seen.add(value);
    if (ArrayBuffer.isView(value)) {
      if (!(value.buffer as { detached?: boolean }).detached) {
        found.push([value, new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice()]);
      }
      return;
    }
    const proto = Object.getPrototypeOf(value);
    if (Array.isArray(value) || proto === Object.prototype || proto === null) {
      for (const child of Object.values(value)) visit(child, depth + 1);
    }
  };
  visit(args, 0);
  return found;
}

/** A pattern matching `name` as a whole word (`x` not inside `max`, `lastDim` not inside `lastDims`). */
function asWord(name: string): RegExp {
  return new RegExp(`(^|[^\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w])`);
}

function invoke(target: unknown, entry: FuzzEntry, args: unknown[]): unknown {
  if (entry.construct) return new (target as new (...a: unknown[]) => unknown)(...args);
  return (target as (...a: unknown[]) => unknown)(...args);
}

/** Inputs tried per export, printed with FUZZ_REPORT=1. */
const tried = new Map<string, number>();

/**
 * The suite of one module: the table covers exactly the module's function and class exports; each
 * entry's valid inputs give the reference result; each hostile value throws a TypeError or
 * RangeError whose message starts with the export's name and names the argument and the value,
 * leaving every array it was given unchanged.
 */
export function fuzzModule(label: string, module: object, table: Readonly<Record<string, FuzzEntry>>): void {
  describe(`fuzzed ${label}`, () => {
    it(`the fuzz table has an entry for every function and class ${label} exports, and no other`, () => {
      const exported = Object.entries(module)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name);
      expect(Object.keys(table).sort()).toEqual(exported.sort());
    });

    for (const [name, entry] of Object.entries(table)) {
      const target = (module as Record<string, unknown>)[name];
      const validRuns = entry.validRuns ?? 100;
      it(`${name} gives the reference result for valid inputs (${validRuns} runs)`, () => {
        fc.assert(
          fc.property(entry.valid, (make) => {
            const args = make();
            const result = invoke(target, entry, args);
            entry.check(result as never, make(), args);
          }),
          { seed: SEED, numRuns: validRuns },
        );
        tried.set(name, (tried.get(name) ?? 0) + validRuns);
      });

      for (const hostile of entry.hostile) {
        const runs = entry.hostileRuns ?? 40;
        it(`${name} rejects a hostile ${hostile.name}, naming ${name}, ${hostile.name} and the value, and changes nothing (${runs} runs)`, () => {
          fc.assert(
            fc.property(entry.valid, hostile.values, (make, raw) => {
              const valid = make();
              const value = raw instanceof Derived ? raw.make(valid) : raw;
              const args = place(valid, hostile.at, value);
              const before = snapshot(args);
              let error: unknown;
              try {
                invoke(target, entry, args);
              } catch (e) {
                error = e;
              }
              const what = `${name} with ${hostile.name} = ${fc.stringify(value)}`;
              if (error === undefined) expect.fail(`${what} did not throw`);
              expect(error instanceof TypeError || error instanceof RangeError, `${what}: ${error}`).toBe(
                true,
              );
              const { message } = error as Error;
              expect(message.startsWith(`${name}: `), `${what}: ${message}`).toBe(true);
              expect(message, what).toMatch(asWord(hostile.name));
              // the value as the message's "got …", or beside the argument's name ("lastDim 4")
              const renderings = [(hostile.shows ?? shown)(value, valid)].flat();
              const shows = renderings.some((r) =>
                [`got ${r}`, `got a ${r}`, `${hostile.name} ${r}`].some((text) => message.includes(text)),
              );
              expect(shows, `${what}: ${message} shows none of ${renderings.join(" | ")}`).toBe(true);
              for (const [array, bytes] of before) {
                const now = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
                expect(
                  now.every((b, i) => b === bytes[i]),
                  `${what} changed an array`,
                ).toBe(true);
              }
            }),
            { seed: SEED, numRuns: runs },
          );
          tried.set(name, (tried.get(name) ?? 0) + runs);
        });
      }
    }

    afterAll(() => {
      if (!process.env.FUZZ_REPORT) return;
      const rows = [...tried].map(([name, n]) => `${name.padEnd(28)} ${String(n).padStart(6)}`);
      const total = [...tried.values()].reduce((a, b) => a + b, 0);
      console.log(`inputs tried per export of ${label} (seed ${SEED}):\n${rows.join("\n")}\ntotal ${total}`);
    });
  });
}
