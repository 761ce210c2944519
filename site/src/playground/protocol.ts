/** The messages between the page and the training worker (worker.ts). */
import type { SimdBuild } from "@activation-lab/core";
import type { PlaygroundConfig } from "./config.js";
import type { EpochPoint, Snapshot } from "./session.js";

/** A data set's points as the page draws them: row-major x (one or two features each), one target each. */
export interface PointSet {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly features: number;
}

export type ToWorker =
  /** Start a new run of this config (epoch 0), answered by a frame. */
  | { readonly type: "reset"; readonly config: PlaygroundConfig }
  /** Train this many epochs (fewer when they take over 100 ms), then answer with a frame. */
  | { readonly type: "train"; readonly epochs: number };

export type FromWorker =
  | {
      readonly type: "frame";
      /** The epochs trained since the last frame (all of them, so the loss curve has every epoch). */
      readonly points: readonly EpochPoint[];
      readonly snapshot: Snapshot;
      readonly parameterCount: number;
      /** Milliseconds the worker spent training (not snapshotting) for this frame. */
      readonly trainMs: number;
      /** The core's WebAssembly build that computed it (loadSimdKernels); null: the JS loops. */
      readonly kernels: SimdBuild | null;
      /** The points, on the frame that answers a reset. */
      readonly data?: { readonly train: PointSet; readonly test: PointSet };
    }
  | { readonly type: "error"; readonly message: string };
