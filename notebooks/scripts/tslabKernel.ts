// The project's Jupyter kernel: tslab 1.0.22, started with three fixes that tslab has no option for.
//
//   node scripts/tslabKernel.ts kernel --config-path FILE     # what kernel.json runs
//
// 1. A thrown error points at the cell's own line. tslab compiles a cell to JavaScript twice
//    (TypeScript to an ES module, then to CommonJS) and runs it with vm.runInThisContext, so a stack
//    names `evalmachine.<anonymous>` and lines of code the user never wrote; Node's
//    --enable-source-maps does not apply to vm scripts. Here both compilations keep a source map,
//    each cell runs under the name Jupyter shows for it (`In [3]`), and the stack's frames in
//    cells are traced back through both maps: `at f (In [3]:7:11)`, then the offending line.
// 2. A notebook outside the repository finds Node's types. tslab falls back to the @types/node
//    it depends on, looking for it in tslab/node_modules/@types, where pnpm does not put it.
// 3. A change on disk to a file or folder the compiler read (a package.json rewritten by `pnpm
//    pack`, say) does not fail the next cell. TypeScript answers such a change with a timer of its
//    own, and tslab's compiler host holds one timer at a time: the next cell's compile threw
//    "Unexpected pending rebuildTimer". So tslab's compiler watches nothing on disk (its cells are
//    in memory and need no watching): as with Node's module cache, a change to a file a notebook
//    imported takes a restarted kernel.
//
// tslab reads its TypeScript through require("@tslab/typescript-for-tslab"), whose exports
// cannot be reassigned; the kernel puts a copy of that module, with the two compiler entry points
// wrapped and its file system unwatched, in the require cache before tslab loads.
import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import vm from "node:vm";
import { originalPositionFor, TraceMap } from "@jridgewell/trace-mapping";

const require = createRequire(import.meta.url);
const tslabDir = dirname(realpathSync(require.resolve("tslab/package.json")));
const requireTslab = createRequire(join(tslabDir, "package.json"));

type Ts = typeof import("typescript");
type Options = import("typescript").CompilerOptions;

/** A cell as it ran: its TypeScript source and the maps from the code vm ran back to it. */
interface Cell {
  source: string;
  /** CommonJS (what vm ran) → ES module output of tslab's first compilation. */
  commonJs: TraceMap;
  /** ES module output → the cell's TypeScript, which tslab prefixes with one line. */
  module: TraceMap;
  /** Columns that tslab's wrapper adds before the code on line 1. */
  runPrefixLength: number;
}

// tslab's own lines around a cell: `export {};\n` before the source (so it compiles as a module),
// and the wrapper around the code it runs.
const sourcePrefixLines = 1;
const runPrefix = /^\((?:async )?function\(exports, require\) \{ /;

const cells = new Map<string, Cell>();
let executionCount = 0;
let currentSource = "";
let pendingMaps: { commonJs: TraceMap; module: TraceMap } | undefined;

const inlineMap = /\n\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;
const mapComment = /\n\/\/# sourceMappingURL=\S+\s*$/;

const tsPath = requireTslab.resolve("@tslab/typescript-for-tslab");
const ts = requireTslab(tsPath) as Ts;
const cached = requireTslab.cache[tsPath];
if (cached === undefined) throw new Error(`tslabKernel: ${tsPath} is not in the require cache`);
const unwatched = () => ({ close() {} });
cached.exports = {
  ...ts,
  // tslab's file system (see 3. above): TypeScript's own, watching nothing on disk
  sys: Object.assign(Object.create(ts.sys) as Ts["sys"], { watchFile: unwatched, watchDirectory: unwatched }),
  createWatchCompilerHost(...args: Parameters<Ts["createWatchCompilerHost"]>) {
    const [rootFiles, options] = args as unknown as [string[], Options];
    const patched = [rootFiles, { ...options, inlineSourceMap: true, typeRoots: withNodeTypes(options) }];
    return (ts.createWatchCompilerHost as (...a: unknown[]) => unknown)(...patched, ...args.slice(2));
  },
  transpileModule(input: string, transpileOptions: import("typescript").TranspileOptions) {
    // tslab's second compilation, ES module to CommonJS, names its input custom.js.
    const map = inlineMap.exec(input);
    if (transpileOptions.fileName !== "custom.js" || map === null) {
      return ts.transpileModule(input, transpileOptions);
    }
    const output = ts.transpileModule(input.slice(0, map.index), {
      ...transpileOptions,
      compilerOptions: { ...transpileOptions.compilerOptions, sourceMap: true },
    });
    pendingMaps = {
      commonJs: new TraceMap(output.sourceMapText ?? ""),
      module: new TraceMap(Buffer.from(map[1], "base64").toString("utf8")),
    };
    return { ...output, outputText: output.outputText.replace(mapComment, "\n") };
  },
};

/** tslab's type roots, plus the folder of the @types/node tslab depends on if none has Node's types. */
function withNodeTypes(options: Options): string[] {
  const roots = options.typeRoots ?? [];
  const hasNode = roots.some((root) => ts.sys.fileExists(join(root, "node", "package.json")));
  if (hasNode) return roots;
  return [...roots, dirname(dirname(requireTslab.resolve("@types/node/package.json")))];
}

// Count executions as tslab's Jupyter handler does (one per execute request), to name cells In [N].
const executor = requireTslab("./dist/executor.js") as {
  createExecutor: (...args: unknown[]) => { execute(src: string): Promise<boolean> };
};
const createExecutor = executor.createExecutor;
executor.createExecutor = (...args) => {
  const created = createExecutor(...args);
  const execute = created.execute;
  created.execute = (src) => {
    executionCount += 1;
    currentSource = src;
    pendingMaps = undefined;
    return execute(src);
  };
  return created;
};

const runInThisContext = vm.runInThisContext;
vm.runInThisContext = (code: string, options?: vm.RunningCodeOptions | string) => {
  if (!runPrefix.test(code) || pendingMaps === undefined || typeof options === "string") {
    return runInThisContext(code, options);
  }
  const filename = `In [${executionCount}]`;
  const runPrefixLength = runPrefix.exec(code)?.[0].length ?? 0;
  cells.set(filename, { source: currentSource, ...pendingMaps, runPrefixLength });
  // displayErrors would prepend a line of the compiled JavaScript to the stack: the trace below says it better.
  return runInThisContext(code, { ...options, filename, displayErrors: false });
};

/** Where a call site in a cell is in the cell's own source (lines and columns from 1), if known. */
function cellPosition(cell: Cell, line: number, column: number) {
  const prefix = line === 1 ? cell.runPrefixLength : 0;
  const inModule = originalPositionFor(cell.commonJs, { line, column: column - 1 - prefix });
  if (inModule.line === null) return undefined;
  const inSource = originalPositionFor(cell.module, { line: inModule.line, column: inModule.column });
  if (inSource.line === null || inSource.line <= sourcePrefixLines) return undefined;
  return { line: inSource.line - sourcePrefixLines, column: inSource.column + 1 };
}

/** The header line of an error's stack, as Node writes it. */
function errorHeader(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return "Error";
  }
}

// Frames in cells are mapped back to the cell's source; the frames of tslab and node:vm that ran
// the cell are left out; an error with no frame in a cell keeps Node's format.
Error.prepareStackTrace = (error: Error, sites: NodeJS.CallSite[]) => {
  const frames: string[] = [];
  let offending: { name: string; cell: Cell; line: number; column: number } | undefined;
  let inCells = false;
  for (const site of sites) {
    const file = site.getFileName() ?? "";
    const cell = cells.get(file);
    if (cell === undefined) {
      if (inCells && (file.startsWith("node:vm") || file.startsWith(tslabDir))) break;
      frames.push(`    at ${site}`);
      continue;
    }
    inCells = true;
    const at = cellPosition(cell, site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0);
    // No line in the cell: tslab's own code around it (the call of its wrapper).
    if (at === undefined) continue;
    const where = `${file}:${at.line}:${at.column}`;
    const name = site.getFunctionName();
    frames.push(name ? `    at ${name} (${where})` : `    at ${where}`);
    offending ??= { name: file, cell, ...at };
  }
  const stack = [errorHeader(error), ...frames].join("\n");
  if (offending === undefined) return stack;
  const text = offending.cell.source.split("\n")[offending.line - 1] ?? "";
  const caret = `${" ".repeat(offending.column - 1)}^`;
  return `${stack}\n\n${offending.name}, line ${offending.line}:\n${text}\n${caret}`;
};

requireTslab("./dist/main.js").main();
