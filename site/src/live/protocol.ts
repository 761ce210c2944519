/** The messages between a notebook page and its study worker (worker.ts). */
import type { SimdBuild } from "@activation-lab/core";
import type { LiveResult, LiveSettings } from "./studies.js";

/** Run notebook `slug`'s study with these settings. */
export interface ToWorker {
  readonly slug: string;
  readonly settings: LiveSettings;
}

export type FromWorker =
  | { readonly type: "progress"; readonly done: number; readonly total: number }
  | {
      readonly type: "result";
      readonly result: LiveResult;
      readonly ms: number;
      /** The core's WebAssembly build that computed it (loadSimdKernels); null: the JS loops. */
      readonly kernels: SimdBuild | null;
    }
  | { readonly type: "error"; readonly message: string };
