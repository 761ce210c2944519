// The studies' default settings as plain data, and the equal-parameter rule of notebook 08, with
// no import: each study reads its defaults here, and a page that shows or starts from them (the
// site's notebook re-runs and playground presets) imports this module alone, as
// `@activation-lab/lab/defaults`, without loading the studies, the core or the statistics.

/** The spirals every spiral study trains on (spiralTask). */
export const spiralTaskDefaults = { noise: 0.1 } as const;

/** How trainRun trains unless a study says otherwise: batches of 32 (core's train default, stated so a page can show it). */
export const trainRunDefaults = { batchSize: 32 } as const;

/** dyingStudy (notebooks 03, 04): ReLU and Leaky ReLU, He normal, two-armed spirals, at a moderate and a large ("too large") Adam rate. */
export const dyingDefaults = {
  learningRates: [0.01, 0.1],
  activations: ["relu", "leakyRelu"],
  hidden: [64, 64, 64],
  init: "he",
  epochs: 30,
  points: 300,
} as const;

/** preluStudy (04): Dense → PReLU → Dense → PReLU → Dense, He normal, α from 0.25 as He et al. (2015), two-armed spirals. */
export const preluDefaults = {
  hidden: [64, 64],
  init: "he",
  alpha: 0.25,
  learningRate: 0.01,
  epochs: 30,
  points: 300,
} as const;

/** swishBetaStudy (06): Dense → Swish → Dense → Swish → Dense, Dense's default Glorot uniform, one β per layer from 1 (SiLU), two-armed spirals. */
export const swishBetaDefaults = {
  hidden: [64, 64],
  init: "glorot",
  beta: 1,
  learningRate: 0.01,
  epochs: 30,
  points: 300,
} as const;

/** eluStudy (05): ReLU and ELU in a 4 × 32 MLP on two-armed spirals; its rates are tuned (results/elu.json). */
export const eluDefaults = { hidden: [32, 32, 32, 32], epochs: 150, points: 300, earlyEpoch: 10 } as const;

/**
 * The arms of zeroCentringStudy (02): an activation and a learning rate. The rates are the
 * variable under study, so they are fixed, not tuned.
 */
export const zeroCentringArms = {
  tanh: { unit: "tanh", learningRate: 0.1 },
  sigmoid: { unit: "sigmoid", learningRate: 0.1 },
  "sigmoid, 학습률 ×4": { unit: "sigmoid", learningRate: 0.4 },
  "σ − 0.5": { unit: "centredSigmoid", learningRate: 0.1 },
  "σ − 0.5, 학습률 ×4": { unit: "centredSigmoid", learningRate: 0.4 },
} as const;

/** zeroCentringStudy (02): a 2 × 16 MLP, Glorot uniform, plain SGD in batches of 32, two moons with noise 0.1. */
export const zeroCentringDefaults = {
  hidden: [16, 16],
  init: "glorot",
  epochs: 30,
  earlyEpoch: 10,
  points: 400,
  noise: 0.1,
} as const;

/** gainSweepStudy (01, 06, 09): the committed sweep's gains are 2^(k/2) for k = −2 … 8, i.e. 0.5 to 16 in steps of √2 (1 is Glorot for square layers, √2 He). */
export const gainSweepDefaults = {
  activations: ["sigmoid", "tanh", "relu", "swish", "gelu"],
  gains: Array.from({ length: 11 }, (_, i) => Math.SQRT2 ** (i - 2)) as readonly number[],
  depth: 10,
  width: 32,
  rows: 64,
} as const;

/** saturationStudy (01): Glorot & Bengio's sigmoid MLP (theirs: four layers of 1000), SGD in their mini-batches of 10 at a shared rate, three-armed spirals. */
export const saturationDefaults = {
  hidden: [64, 64, 64, 64],
  learningRate: 0.1,
  batchSize: 10,
  epochs: 200,
  points: 300,
} as const;

/** residualGradientStudy (09): pre-norm residual blocks of width 32. */
export const residualGradientDefaults = { depth: 10, width: 32 } as const;

/** gatedFfnStudy (08): one hidden layer, He normal, three-armed spirals; the ungated arms are 48 wide and the gated ones as wide as gives the same parameter count ({@link gatedWidth}). Its rates are tuned (results/gatedFfn.json). */
export const gatedFfnDefaults = {
  width: 48,
  classes: 3,
  init: "he",
  epochs: 150,
  points: 300,
} as const;

/**
 * Weights and biases of a feed-forward network `inputs → width → outputs` with one hidden layer;
 * a gated hidden layer (GEGLU, SwiGLU: value × gate) has two weight matrices and two bias vectors.
 *
 * @example ffnParameters({ inputs: 2, width: 48, outputs: 3, gated: false }) // => 291
 */
export function ffnParameters({
  inputs,
  width,
  outputs,
  gated,
}: {
  inputs: number;
  width: number;
  outputs: number;
  gated: boolean;
}): number {
  return (gated ? 2 : 1) * (inputs + 1) * width + (width + 1) * outputs;
}

/**
 * Notebook 08's equal-parameter rule: the width of a gated hidden layer whose network
 * `inputs → width → outputs` has as many parameters as the ungated one `width` wide. Throws a
 * RangeError when no whole width does.
 *
 * @example gatedWidth({ inputs: 2, width: 48, outputs: 3 }) // => 32 (291 parameters each)
 * @example gatedWidth({ inputs: 2, width: 48, outputs: 2 }) // => 30 (242 parameters each)
 */
export function gatedWidth({
  inputs,
  width,
  outputs,
}: {
  inputs: number;
  width: number;
  outputs: number;
}): number {
  // ungated: (inputs + 1 + outputs)·width + outputs; gated: (2(inputs + 1) + outputs)·w + outputs
  const gated = ((inputs + 1 + outputs) * width) / (2 * (inputs + 1) + outputs);
  if (!Number.isInteger(gated))
    throw new RangeError(
      `gatedWidth: no whole gated width matches width ${width} for ${inputs} inputs and ${outputs} outputs, got ${gated}`,
    );
  return gated;
}
