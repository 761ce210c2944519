// TensorFlow.js, the peer both benchmarks run against: its CPU backend (plain JavaScript) and its
// WebAssembly backend (XNNPACK, WebAssembly SIMD), the strongest JavaScript-ecosystem peer.
import { createRequire } from "node:module";
import { dirname } from "node:path";

export type Tf = typeof import("@tensorflow/tfjs");

/** The tfjs backends the benchmarks compare with. */
export type TfBackend = "cpu" | "wasm";

/**
 * Runs `f` with console.log and console.warn silenced, to keep the tables clean: tfjs greets
 * Node users with a hint to install tfjs-node on import.
 */
export async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const { log, warn } = console;
  console.log = console.warn = () => {};
  try {
    return await f();
  } finally {
    console.log = log;
    console.warn = warn;
  }
}

/**
 * tfjs in production mode (in tfjs 4 that flag only silences its warnings, among them the greeting
 * again on the first tensor, on stderr), with the wasm backend registered: its .wasm files ship in
 * the package's dist/ folder, which setWasmPaths points at, on one thread as everything here.
 * `backend` is selected and ready.
 */
export function loadTfjs(backend: TfBackend): Promise<Tf> {
  return quietly(async () => {
    const tf: Tf = await import("@tensorflow/tfjs");
    const wasm = await import("@tensorflow/tfjs-backend-wasm");
    const entry = createRequire(import.meta.url).resolve("@tensorflow/tfjs-backend-wasm");
    wasm.setWasmPaths(`${dirname(entry)}/`);
    wasm.setThreadsCount(1);
    tf.enableProdMode();
    await useBackend(tf, backend);
    return tf;
  });
}

/** Selects `backend` (initialised on first use) and waits until it is ready. */
export async function useBackend(tf: Tf, backend: TfBackend): Promise<void> {
  if (tf.getBackend() === backend) return;
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs: backend ${backend} failed to initialise`);
  await tf.ready();
}
