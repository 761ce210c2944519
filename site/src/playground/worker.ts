/**
 * The training worker: one PlaygroundSession, trained on request, so the page's main thread only
 * draws. Every answer carries the epochs' losses and a snapshot for the panels.
 */
import { loadSimdKernels } from "@activation-lab/core";
import type { FromWorker, PointSet, ToWorker } from "./protocol.js";
import { PlaygroundSession } from "./session.js";

let session: PlaygroundSession | null = null;

/**
 * A frame's training stops after this many milliseconds even short of its epochs, so a large
 * network still answers (and pauses) within about a tenth of a second. The run is the same
 * however it is sliced.
 */
const frameBudgetMs = 100;

/** The worker's postMessage (the site's TypeScript has the DOM's types, not the worker's). */
const post = (
  globalThis as unknown as { postMessage(message: FromWorker, transfer: Transferable[]): void }
).postMessage.bind(globalThis);

function reply(message: FromWorker): void {
  post(message, message.type === "frame" ? [message.snapshot.grid.buffer as ArrayBuffer] : []);
}

/**
 * The core's WebAssembly, the one build this engine runs, fetched and compiled before any message
 * is handled: a kernel called before it would run the JS loops, whose last bits may differ from
 * Node's. Handlers awaiting it resume in the order their messages came.
 */
const kernelsLoaded = loadSimdKernels();

addEventListener("message", async (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  try {
    const kernels = await kernelsLoaded;
    const points: PlaygroundSession["history"] = [];
    let trainMs = 0;
    let data: { train: PointSet; test: PointSet } | undefined;
    if (message.type === "reset") {
      session = new PlaygroundSession(message.config);
      const { trainSet, testSet } = session;
      data = { train: trainSet, test: testSet };
    } else if (session !== null) {
      const start = performance.now();
      do points.push(...session.trainEpochs(1));
      while (points.length < message.epochs && performance.now() - start < frameBudgetMs);
      trainMs = performance.now() - start;
    } else {
      throw new Error("playground worker: train before any reset");
    }
    reply({
      type: "frame",
      points,
      snapshot: session.snapshot(),
      parameterCount: session.parameterCount,
      trainMs,
      kernels,
      ...(data && { data }),
    });
  } catch (error) {
    reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
