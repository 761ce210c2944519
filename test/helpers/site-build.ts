/**
 * Building and serving the site for the browser tests: the real `astro build` and the real
 * `serve` script (site/scripts/serve-dist.mjs), as the README's main command runs them.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { lock } from "proper-lockfile";
import { inject } from "vitest";
import "./global-setup.js";

export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
export const siteDir = join(repoRoot, "site");
const astroBin = join(siteDir, "node_modules", "astro", "bin", "astro.mjs");
const execFileAsync = promisify(execFile);

export interface BuildOptions {
  /** where the build goes (astro's --outDir) */
  outDir: string;
  /** the base path (SITE_BASE), "/" by default */
  base?: string;
  /** the folder of notebooks to render as pages (ACTIVATION_LAB_NOTEBOOKS), the repository's by default */
  notebooks?: string;
}

/**
 * Runs `astro build` for the site; throws with the build's output if it fails. Returns seconds.
 * Waits while another test file builds: astro writes site/.astro and its data store as it goes.
 */
export function buildSite(options: BuildOptions): Promise<number> {
  return holdingSiteBuildLock(() => astroBuild(options));
}

/**
 * The site at base "/" with the repository's notebooks, built once per test run and shared by the
 * test files that only read it (the global setup names its folder and removes it at the end). The
 * first file that asks builds it while the others wait for it. Returns the folder and the build's
 * seconds (0 when it was already built).
 */
export async function defaultBuild(): Promise<{ outDir: string; seconds: number }> {
  const outDir = inject("defaultSiteDir");
  const built = `${outDir}.built`; // beside the build, so it is not part of what is served
  const seconds = await holdingSiteBuildLock(async () => {
    if (existsSync(built)) return 0;
    const seconds = await astroBuild({ outDir });
    writeFileSync(built, "");
    return seconds;
  });
  return { outDir, seconds };
}

/** Runs `work` holding the run's site-build lock (a lock file in the global setup's folder). */
async function holdingSiteBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await lock(siteDir, {
    lockfilePath: inject("siteBuildLock"),
    // a build takes 10–60 s on a loaded machine; the holder refreshes the lock while it builds
    stale: 60_000,
    retries: { forever: true, minTimeout: 250, maxTimeout: 1000 },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}

async function astroBuild({ outDir, base = "/", notebooks }: BuildOptions): Promise<number> {
  const start = performance.now();
  try {
    await execFileAsync(process.execPath, [astroBin, "build", "--outDir", outDir], {
      cwd: siteDir,
      env: {
        ...buildEnvironment(),
        SITE_BASE: base,
        ASTRO_TELEMETRY_DISABLED: "1",
        ...(notebooks && { ACTIVATION_LAB_NOTEBOOKS: notebooks }),
      },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const { code, stdout, stderr } = error as { code: unknown; stdout: string; stderr: string };
    throw new Error(`astro build failed (${code}):\n${stdout}\n${stderr}`);
  }
  return (performance.now() - start) / 1000;
}

/**
 * This process's environment without what Vitest adds to it: Vite's BASE_URL (which would
 * override the build's base path), MODE, DEV, PROD, SSR, NODE_ENV=test and VITEST*.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV"]) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("VITEST")) delete env[name];
  return env;
}

export interface RunningSite {
  /** the site's address with its base path, e.g. http://127.0.0.1:40123/activation-lab/ */
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Starts site/scripts/serve-dist.mjs on a free port over `dir` and waits for the address it
 * prints; with `cspHeader`, it sends the Content-Security-Policy header a host should send.
 */
export function serveSite(dir: string, base = "/", { cspHeader = false } = {}): Promise<RunningSite> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(siteDir, "scripts", "serve-dist.mjs"),
      "--port",
      "0",
      "--dir",
      dir,
      ...(cspHeader ? ["--csp-header"] : []),
    ],
    {
      env: { ...process.env, SITE_BASE: base },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.once("exit", (code) => reject(new Error(`serve-dist.mjs exited with ${code}: ${output}`)));
    child.stdout!.setEncoding("utf8");
    child.stdout!.on("data", (chunk: string) => {
      output += chunk;
      const match = /Activation Lab: (http:\/\/\S+)/.exec(output);
      if (!match) return;
      const url = match[1]!;
      resolve({
        url,
        origin: new URL(url).origin,
        close: () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** Every file under `dir` (relative path, sorted) with its SHA-256. */
export function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return new Map([...hashes].sort(([a], [b]) => a.localeCompare(b)));
}
