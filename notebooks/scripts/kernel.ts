// Registers the project's own tslab kernel in notebooks/.jupyter (git-ignored), never globally.
//
//   node scripts/kernel.ts        # (re)writes notebooks/.jupyter/share/jupyter/kernels/tslab
//
// Jupyter finds it through JUPYTER_PATH (see `jupyterEnv`). The kernel runs on the Node that ran
// this script (process.execPath), not on whatever `node` comes first on PATH: tslab needs
// Node ≥ 22.12 to load the workspace's ESM packages with require(esm), and a machine's own
// Node may be older.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The notebooks/ folder. */
export const notebooksDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the kernel spec goes: `--prefix` of `tslab install`. Git ignores `.jupyter/`. */
export const kernelPrefix = join(notebooksDir, ".jupyter");

/** The Jupyter data folder inside the prefix: the one entry JUPYTER_PATH needs. */
export const jupyterDataDir = join(kernelPrefix, "share", "jupyter");

/**
 * The Python whose Jupyter runs the notebooks: ACTIVATION_LAB_PYTHON if set, else Debian's
 * /usr/bin/python3 (the first `python3` on PATH may be another interpreter without Jupyter).
 */
export const python =
  process.env["ACTIVATION_LAB_PYTHON"] ?? (existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");

const MIN_NODE = [22, 12] as const;

function assertNodeIsRecentEnough(): void {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    throw new Error(
      `kernel: Node ${process.version} (${process.execPath}) is older than 22.12; ` +
        "run through `pnpm notebooks`, which puts Node 24 first on PATH",
    );
  }
}

/** The script kernel.json runs: tslab, with errors that point at the cells' own lines. */
export const kernelScript = join(notebooksDir, "scripts", "tslabKernel.ts");

/** The real path of the tslab script installed in notebooks/node_modules. */
function tslabScript(): string {
  const require = createRequire(join(notebooksDir, "package.json"));
  const packageJson = require.resolve("tslab/package.json");
  return realpathSync(join(dirname(packageJson), "bin", "tslab"));
}

/** The environment for anything that starts Jupyter: JUPYTER_PATH names the project's kernel first. */
export function jupyterEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const paths = [jupyterDataDir, env["JUPYTER_PATH"]].filter(Boolean);
  return { ...env, JUPYTER_PATH: paths.join(delimiter) };
}

/**
 * Runs `tslab install --prefix notebooks/.jupyter` and pins the kernel's command line to this
 * Node and the real tslab script. Returns the path of the tslab kernel.json.
 */
export function installKernel(): string {
  assertNodeIsRecentEnough();
  const tslab = tslabScript();
  const install = spawnSync(
    process.execPath,
    [tslab, "install", `--python=${python}`, `--binary=${tslab}`, `--prefix=${kernelPrefix}`],
    { encoding: "utf8" },
  );
  if (install.status !== 0) {
    throw new Error(
      `kernel: tslab install failed (exit ${install.status}); Jupyter needs ${python} ` +
        `with jupyter_client (Debian: apt-get install jupyter-notebook python3-nbclient)\n${install.stderr}`,
    );
  }
  // tslab writes argv = [binary, "kernel", …]: a shebang script that runs the first `node` on PATH.
  // Name the interpreter explicitly instead, and start tslab through the project's kernel script,
  // which maps errors back to the cells' lines (see tslabKernel.ts).
  let tslabKernelJson = "";
  for (const name of ["tslab", "jslab"]) {
    const file = join(jupyterDataDir, "kernels", name, "kernel.json");
    const spec = JSON.parse(readFileSync(file, "utf8")) as { argv: string[]; display_name: string };
    if (spec.argv[0] !== tslab) throw new Error(`kernel: unexpected argv in ${file}: ${spec.argv.join(" ")}`);
    spec.argv = [process.execPath, kernelScript, ...spec.argv.slice(1)];
    writeFileSync(file, `${JSON.stringify(spec, null, 2)}\n`);
    if (name === "tslab") tslabKernelJson = file;
  }
  return tslabKernelJson;
}

if (import.meta.main) {
  const file = installKernel();
  console.log(`kernel: registered ${file}`);
  console.log(readFileSync(file, "utf8").trimEnd());
  console.log(`kernel: Jupyter finds it with JUPYTER_PATH=${jupyterDataDir}`);
}
