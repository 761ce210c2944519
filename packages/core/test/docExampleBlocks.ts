import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { expect } from "vitest";

// Runs the `@example`s of doc comments that are small programs, not one-liners: each block runs
// whole (TypeScript; an import line is recorded and dropped, the test provides the names), and each
// line that states its result is checked:
//   expr // => value                  the value of expr
//   statement; // subject => value    the value of subject after the statement
// A value that is not a JavaScript expression ("values in (−1, 1)", "std ≈ 1") is prose: its
// line still runs. A trailing "(…)" after a value is a remark. A number written with a fraction
// or an exponent matches to the digits it is written with (3.5e-7, 0.9); an integer exactly.
// (scalar/, special/, registry/ and kernels/ write one-liners with exact JSON results, checked
// exactly by their own docExamples tests.)

/** Every `@example` in the doc comments of the .ts files in `dir`. */
export function readExamples(dir: URL): Example[] {
  const examples: Example[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(new URL(file, dir), "utf8");
    for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = comment[1].split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
      lines.forEach((line, index) => {
        if (!line.startsWith("@example")) return;
        const body = [line.slice("@example".length).trim()];
        for (const next of lines.slice(index + 1)) {
          if (next.startsWith("@")) break;
          body.push(next);
        }
        const code = body.filter((l) => l.trim() !== "");
        const first = code.find((l) => !l.startsWith("//") && !l.startsWith("import"));
        examples.push(toExample(`${file}: ${first}`, code));
      });
    }
  }
  return examples;
}

export interface Check {
  subject: string;
  expected: unknown;
  written: string;
}

export interface Example {
  name: string;
  source: string;
  checks: Check[];
  imports: { names: string[]; from: string }[];
}

function toExample(name: string, lines: string[]): Example {
  const checks: Check[] = [];
  const imports: Example["imports"] = [];
  const program: string[] = [];
  for (const line of lines) {
    const imported = /^import \{(.+)\} from "(.+)";?$/.exec(line);
    const stated = /^(.*?);?\s*\/\/ => (.+)$/.exec(line);
    const after = /^(.*;)\s*\/\/ (\S[^=]*?) => (.+)$/.exec(line);
    if (imported) {
      imports.push({ names: imported[1].split(",").map((n) => n.trim()), from: imported[2] });
    } else if (stated && parseValue(stated[2]) !== undefined) {
      checks.push({ subject: stated[1], expected: parseValue(stated[2])?.value, written: stated[2] });
      program.push(`__check(${checks.length - 1}, (${stated[1]}));`);
    } else if (after && parseValue(after[3]) !== undefined) {
      checks.push({ subject: after[2], expected: parseValue(after[3])?.value, written: after[3] });
      program.push(after[1], `__check(${checks.length - 1}, (${after[2]}));`);
    } else {
      program.push(line);
    }
  }
  const declared = [...program.join("\n").matchAll(/^(?:const|let) (\w+)/gm)].map((m) => m[1]);
  // in a block of its own, so that an example may declare a placeholder's name (`model`)
  const source = `{\n${program.join("\n")}\nreturn { ${declared.join(", ")} };\n}`;
  return { name, source, checks, imports };
}

/** The value a doc comment states, or undefined where it states it in prose. */
function parseValue(text: string): { value: unknown } | undefined {
  for (const candidate of [text, /^(.*?)\s+\(.*\)$/.exec(text)?.[1]]) {
    if (candidate === undefined) continue;
    const js = candidate.replace(/Float64Array \[([^\]]*)\]/g, "Float64Array.of($1)");
    try {
      return { value: new Function(`return (${js});`)() };
    } catch {
      // not an expression: prose, or a value followed by a remark
    }
  }
  return undefined;
}

/** actual with every number rounded to the digits its expected counterpart is written with. */
function asWritten(actual: unknown, expected: unknown): unknown {
  if (typeof expected === "number" && typeof actual === "number") {
    if (Number.isInteger(expected) || !Number.isFinite(expected)) return actual;
    const digits = String(expected).replace(/^-?0\.0*|e.*$|\./g, "").length;
    return Number(actual.toPrecision(digits));
  }
  if (ArrayBuffer.isView(expected) && actual?.constructor === expected.constructor) {
    const rounded = asWritten(Array.from(actual as Float64Array), Array.from(expected as Float64Array));
    return Float64Array.from(rounded as number[]);
  }
  if (Array.isArray(expected) && (Array.isArray(actual) || ArrayBuffer.isView(actual))) {
    return Array.from(actual as ArrayLike<unknown>, (a, i) => asWritten(a, expected[i]));
  }
  if (expected !== null && typeof expected === "object" && actual !== null && typeof actual === "object") {
    const record = actual as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(record).map((k) => [k, asWritten(record[k], (expected as Record<string, unknown>)[k])]),
    );
  }
  return actual;
}

/** Runs an example with the names in `scope` defined; returns its top-level constants. */
export function runExample(example: Example, scope: Record<string, unknown>): Record<string, unknown> {
  const js = ts.transpileModule(example.source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const body = new Function(...Object.keys(scope), "__check", js);
  return body(...Object.values(scope), (index: number, actual: unknown) => {
    const { expected, subject, written } = example.checks[index];
    expect(asWritten(actual, expected), `${subject} // => ${written}`).toEqual(expected);
  });
}
