/**
 * The trainings of `@activation-lab/lab`'s studies that the site starts from, each as the
 * playground can run it, stated once for the two places that use them: the playground's presets
 * (playground/presets.ts) and the notebook pages' re-runs (defaults.ts). Every number is the
 * lab's: its studies' defaults (`@activation-lab/lab/defaults`, plain data) and, for the rates
 * notebook 08 tuned, its committed results. Read at build time only: the playground's page
 * renders its presets into the HTML, so neither the results nor this module reach the browser.
 */
import {
  dyingDefaults,
  ffnParameters,
  gainSweepDefaults,
  gatedFfnDefaults,
  gatedWidth,
  preluDefaults,
  saturationDefaults,
  spiralTaskDefaults,
  swishBetaDefaults,
  trainRunDefaults,
  zeroCentringArms,
  zeroCentringDefaults,
} from "@activation-lab/lab/defaults";
import gatedFfnResults from "@activation-lab/lab/results/gatedFfn.json" with { type: "json" };
import type { DatasetName, InitName, OptimizerName } from "../playground/config.js";

/** A study's training, in the playground's terms (its data set, init and optimiser names). */
export interface StudySetup {
  readonly data: DatasetName;
  /** Training points per seed; the study's test set has as many again. */
  readonly points: number;
  readonly noise: number;
  /** Hidden layers' widths. */
  readonly hidden: readonly number[];
  readonly init: InitName;
  /** The init's gain (1: the initialiser's own scale). */
  readonly gain: number;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
}

/** The playground's names of lab's inits: He normal and Glorot uniform (lab's spiralTask). */
const studyInits = { he: "heNormal", glorot: "glorotUniform" } as const satisfies Record<string, InitName>;

/** What the spiral studies share: two-armed spirals of lab's spiralTask, Adam in batches of trainRun's size. */
const spiralAdam = {
  data: "spirals",
  noise: spiralTaskDefaults.noise,
  gain: 1,
  optimizer: "adam",
  batchSize: trainRunDefaults.batchSize,
} as const;

const tunedRate = (arm: string) => {
  const found = gatedFfnResults.result.arms.find((a) => a.name === arm);
  if (found === undefined) throw new Error(`studySetups: results/gatedFfn.json has no arm ${arm}`);
  return found.learningRate;
};

/**
 * notebook 08's feed-forward networks on the playground's two-class spirals: the ungated width
 * and, by the study's equal-parameter rule, the gated one for two outputs (not the study's three).
 */
const ffn = { inputs: 2, width: gatedFfnDefaults.width, outputs: 2 };
const gatedFfn = {
  ...spiralAdam,
  points: gatedFfnDefaults.points,
  init: studyInits[gatedFfnDefaults.init],
  epochs: gatedFfnDefaults.epochs,
  width: ffn.width,
  gatedWidth: gatedWidth(ffn),
  /** Weights and biases of either network: the same, by the rule. */
  parameters: ffnParameters({ ...ffn, gated: false }),
  /** The rates notebook 08's tuning chose, per arm (results/gatedFfn.json). */
  learningRates: { ReLU: tunedRate("ReLU"), GELU: tunedRate("GELU"), GEGLU: tunedRate("GEGLU") },
};

export const studySetups = {
  /** zeroCentringStudy (02): its tanh arm, plain SGD on two moons. */
  tanh: {
    data: "moons",
    points: zeroCentringDefaults.points,
    noise: zeroCentringDefaults.noise,
    hidden: zeroCentringDefaults.hidden,
    init: studyInits[zeroCentringDefaults.init],
    gain: 1,
    optimizer: "sgd",
    learningRate: zeroCentringArms.tanh.learningRate,
    batchSize: trainRunDefaults.batchSize,
    epochs: zeroCentringDefaults.epochs,
  },
  /**
   * A deep sigmoid net: the gain sweep's network (01, 09: `depth` layers of `width`, LeCun normal
   * at gain 1, where the sweep finds the sigmoid's gradient below 10⁻⁵ at the input), trained as
   * Glorot & Bengio's saturation study trains its sigmoid net (01: SGD, its rate, batch and epochs).
   */
  deepSigmoid: {
    data: "spirals",
    points: saturationDefaults.points,
    noise: spiralTaskDefaults.noise,
    hidden: Array.from({ length: gainSweepDefaults.depth }, () => gainSweepDefaults.width),
    init: "lecunNormal",
    gain: 1,
    optimizer: "sgd",
    learningRate: saturationDefaults.learningRate,
    batchSize: saturationDefaults.batchSize,
    epochs: saturationDefaults.epochs,
  },
  /** dyingStudy (03, 04): ReLU and Leaky ReLU at the large rate; `moderateLearningRate` is its other. */
  dying: {
    ...spiralAdam,
    points: dyingDefaults.points,
    hidden: dyingDefaults.hidden,
    init: studyInits[dyingDefaults.init],
    learningRate: Math.max(...dyingDefaults.learningRates),
    moderateLearningRate: Math.min(...dyingDefaults.learningRates),
    epochs: dyingDefaults.epochs,
  },
  /** preluStudy (04): one α per layer, starting at `alpha`. */
  prelu: {
    ...spiralAdam,
    points: preluDefaults.points,
    hidden: preluDefaults.hidden,
    init: studyInits[preluDefaults.init],
    learningRate: preluDefaults.learningRate,
    epochs: preluDefaults.epochs,
    alpha: preluDefaults.alpha,
  },
  /** swishBetaStudy (06): one learnable β per layer, starting at `beta` (SiLU). */
  swishBeta: {
    ...spiralAdam,
    points: swishBetaDefaults.points,
    hidden: swishBetaDefaults.hidden,
    init: studyInits[swishBetaDefaults.init],
    learningRate: swishBetaDefaults.learningRate,
    epochs: swishBetaDefaults.epochs,
    beta: swishBetaDefaults.beta,
  },
  /** gatedFfnStudy (08): the ReLU arm, at its tuned rate. */
  reluFfn: { ...gatedFfn, hidden: [gatedFfn.width], learningRate: gatedFfn.learningRates.ReLU },
  /** gatedFfnStudy (08): the GELU arm, at its tuned rate. */
  geluFfn: { ...gatedFfn, hidden: [gatedFfn.width], learningRate: gatedFfn.learningRates.GELU },
  /** gatedFfnStudy (08): the GEGLU arm, as wide as has the ReLU arm's parameter count on two classes. */
  gegluFfn: { ...gatedFfn, hidden: [gatedFfn.gatedWidth], learningRate: gatedFfn.learningRates.GEGLU },
  // a setup may carry what its presets also show (the moderate rate, α, β): extra fields
} as const satisfies Record<string, StudySetup & Readonly<Record<string, unknown>>>;
