// Registers the project's kernel and opens Jupyter on the notebooks.
//
//   node scripts/jupyter.ts [jupyter notebook options…]    # e.g. --no-browser --port 8890
import { spawnSync } from "node:child_process";
import { installKernel, jupyterEnv, notebooksDir, python } from "./kernel.ts";

installKernel();
const args = ["-m", "notebook", `--notebook-dir=${notebooksDir}`, ...process.argv.slice(2)];
// Jupyter refuses to start as root unless told; containers and CI machines often run as root.
if (process.getuid?.() === 0 && !args.includes("--allow-root")) args.push("--allow-root");
const run = spawnSync(python, args, { env: jupyterEnv(), stdio: "inherit" });
if (run.error) throw run.error;
process.exit(run.status ?? 1);
