// TensorFlow.js on its CPU backend, the baseline both benchmarks run against.

export type Tf = typeof import("@tensorflow/tfjs");

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
 * tfjs with its CPU backend selected and ready, in production mode: in tfjs 4 that flag only
 * silences its warnings, among them the greeting again on the first tensor (on stderr).
 */
export function loadTfjsCpu(): Promise<Tf> {
  return quietly(async () => {
    const tf: Tf = await import("@tensorflow/tfjs");
    tf.enableProdMode();
    await tf.setBackend("cpu");
    await tf.ready();
    return tf;
  });
}
