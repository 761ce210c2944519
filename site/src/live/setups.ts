/**
 * The settings of `@activation-lab/lab`'s training studies, as plain data, stated once for the two
 * places in the site that start from them: the playground's presets (playground/presets.ts) and
 * the notebook pages' re-runs (defaults.ts). They are the studies' own defaults — the lab states
 * its architectures in code, not as exported data — and test/site/live-study.test.ts holds them
 * to that: each study run with these settings gives what it gives with its defaults, and the
 * committed results record the same widths, epochs and rates. No lab import here, so the
 * playground's bundle stays free of the lab.
 */

/** What every one of these studies trains on: two-armed spirals with noise 0.1 (lab's spiralTask), Adam, batches of 32 (core's train default, which lab's trainRun keeps). */
export interface StudySetup {
  /** Hidden layers' widths. */
  readonly hidden: readonly number[];
  /** lab's InitName: "he" is He normal, "glorot" Glorot uniform. */
  readonly init: "he" | "glorot";
  readonly learningRate: number;
  readonly epochs: number;
  /** Training points per seed; the test set has as many again. */
  readonly points: number;
  readonly noise: number;
  readonly batchSize: number;
}

const spiralTraining = { points: 300, noise: 0.1, batchSize: 32, epochs: 30 } as const;

export const studySetups = {
  /** dyingStudy (notebooks 03, 04): ReLU and Leaky ReLU at the moderate and the large rate. */
  dying: {
    ...spiralTraining,
    hidden: [64, 64, 64],
    init: "he",
    learningRate: 0.1,
    moderateLearningRate: 0.01,
  },
  /** preluStudy (04): one α per layer, starting at 0.25 as He et al. (2015). */
  prelu: { ...spiralTraining, hidden: [64, 64], init: "he", learningRate: 0.01, alpha: 0.25 },
  /** swishBetaStudy (06): one learnable β per layer, starting at 1 (SiLU); Dense's default init. */
  swishBeta: { ...spiralTraining, hidden: [64, 64], init: "glorot", learningRate: 0.01, beta: 1 },
} as const satisfies {
  dying: StudySetup & { moderateLearningRate: number };
  prelu: StudySetup & { alpha: number };
  swishBeta: StudySetup & { beta: number };
};
