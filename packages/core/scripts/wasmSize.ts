// What the core's WebAssembly costs a page: the size of each build (src/kernels/simd/wasmRelaxedSimd.ts
// and wasmSimd.ts), raw and as its hex gzipped at level 9: a page downloads the one it runs
// (loadSimdKernels), the figure the site's tests print. With --functions N, the N largest function
// bodies of each build, by export name (#index for a function only called), so that a change shows
// where it saved. Usage: `node scripts/wasmSize.ts [--functions 20] [--compile]`; --compile
// measures assembly/ as it stands, without writing the modules (scripts/buildWasm.ts).
import { gzipSync } from "node:zlib";
import type { SimdBuild } from "../src/kernels/simd/simdKernels.ts";

/** A module's size: bytes of WebAssembly, and of its hex gzipped at level 9. */
export interface BuildSize {
  readonly bytes: number;
  readonly gzippedHex: number;
}

/** A function body's size, in bytes of WebAssembly, with its export names. */
export interface FunctionSize {
  readonly name: string;
  readonly bytes: number;
}

/** Gzipped size (level 9, as the site's tests measure) of `text`. */
export function gzipped(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}

/** The size of one build. */
export function buildSize(bytes: Uint8Array): BuildSize {
  return { bytes: bytes.length, gzippedHex: gzipped(Buffer.from(bytes).toString("hex")) };
}

/** An unsigned LEB128 at `at`: its value and the offset past it. */
function leb(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

/** A name (a length, then UTF-8) at `at`: the name and the offset past it. */
function name(bytes: Uint8Array, at: number): [string, number] {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/**
 * The body of every function defined in `module`, largest first, named by its exports. Reads the
 * import, export and code sections (WebAssembly's binary format, §5.5); throws on an import that
 * is not a function, which this module never has.
 */
export function functionSizes(module: Uint8Array): FunctionSize[] {
  let imported = 0;
  const exported = new Map<number, string[]>();
  const bodies: number[] = [];
  let at = 8; // past the magic number and the version
  while (at < module.length) {
    const id = module[at]!;
    const [size, start] = leb(module, at + 1);
    let p = start;
    const [count, first] = leb(module, p);
    p = first;
    for (let i = 0; i < count && (id === 2 || id === 7 || id === 10); i++) {
      if (id === 10) {
        const [length, body] = leb(module, p);
        bodies.push(length);
        p = body + length;
        continue;
      }
      if (id === 2) [, p] = name(module, p); // the import's module name
      let field: string;
      [field, p] = name(module, p);
      const kind = module[p++];
      let index: number;
      [index, p] = leb(module, p);
      if (id === 2 && kind !== 0) throw new Error(`functionSizes: import ${field} is not a function`);
      if (id === 2) imported++;
      else if (kind === 0) exported.set(index, [...(exported.get(index) ?? []), field]);
    }
    at = start + size;
  }
  return bodies
    .map((bytes, i) => ({ name: exported.get(imported + i)?.join(", ") ?? `#${imported + i}`, bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--functions");
  const functions = at >= 0 ? Number(args[at + 1]) : 0;
  if (!Number.isInteger(functions) || functions < 0) {
    throw new Error(`wasmSize: --functions takes a count, got ${args[at + 1]}`);
  }
  let modules: Record<SimdBuild, Uint8Array>;
  if (args.includes("--compile")) {
    modules = await (await import("./buildWasm.ts")).compileAll();
  } else {
    const { relaxedSimdModuleHex } = await import("../src/kernels/simd/wasmRelaxedSimd.ts");
    const { simdModuleHex } = await import("../src/kernels/simd/wasmSimd.ts");
    modules = {
      "relaxed-simd": Buffer.from(relaxedSimdModuleHex, "hex"),
      simd: Buffer.from(simdModuleHex, "hex"),
    };
  }
  for (const [build, bytes] of Object.entries(modules)) {
    const { bytes: length, gzippedHex } = buildSize(bytes);
    console.log(
      `${build}: ${length} bytes, hex gzipped ${gzippedHex} bytes (${(gzippedHex / 1024).toFixed(1)} KB)`,
    );
    for (const f of functionSizes(bytes).slice(0, functions))
      console.log(`  ${String(f.bytes).padStart(6)}  ${f.name}`);
  }
}
