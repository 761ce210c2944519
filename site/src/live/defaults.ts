/**
 * The settings a notebook page's re-run starts from: the notebook's own, at fewer seeds. Learning
 * rates come from the committed results the notebook reads (the rates 05 and 08 tuned) or from
 * the studies' settings (setups.ts, which the playground's presets share); read at build time
 * only, so the results files stay out of the browser's bundle.
 */
import type { EluResult, GatedFfnResult } from "@activation-lab/lab";
import eluResults from "@activation-lab/lab/results/elu.json" with { type: "json" };
import gatedFfnResults from "@activation-lab/lab/results/gatedFfn.json" with { type: "json" };
import { studySetups } from "./setups.js";
import { type LiveSettings, liveStudies } from "./studies.js";

const elu = eluResults as unknown as { he: { result: EluResult }; glorot: { result: EluResult } };
const gatedFfn = (gatedFfnResults as unknown as { result: GatedFfnResult }).result;

const rateByArm = (arms: readonly { name: string; learningRate: number }[], prefix = "") =>
  Object.fromEntries(arms.map((a) => [`${prefix}${a.name}`, a.learningRate]));

const learningRates: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  "01-sigmoid": {},
  "02-tanh": {},
  "03-relu": { moderate: studySetups.dying.moderateLearningRate, large: studySetups.dying.learningRate },
  "04-leaky-relu-prelu": { adam: studySetups.prelu.learningRate },
  "05-elu": { ...rateByArm(elu.he.result.arms, "he."), ...rateByArm(elu.glorot.result.arms, "glorot.") },
  "06-swish": { adam: studySetups.swishBeta.learningRate },
  "08-geglu-swiglu": rateByArm(gatedFfn.arms),
  "09-comparison": {},
};

/** The settings notebook `slug`'s re-run starts from, or undefined for a notebook without one. */
export function defaultSettings(slug: string): LiveSettings | undefined {
  const study = liveStudies[slug];
  if (study === undefined) return undefined;
  const rates = learningRates[slug];
  if (rates === undefined)
    throw new Error(`defaultSettings: no learning rates for the live study of ${slug}`);
  return {
    seedCount: study.seedCount,
    firstSeed: 1,
    learningRates: rates,
    init: study.inits ? gatedFfn.init : null,
  };
}
