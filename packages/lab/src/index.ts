// @activation-lab/lab: the notebooks' experiments as studies, and the protocol they follow.
// Every study is a pure function from a plain-data config (seeds, init, learning rates, epochs,
// data size) to a plain-data result holding every seed's numbers: the notebooks and the tests run
// the same functions (and, next, a browser Web Worker: no Node API here).
//   defaults   each study's default settings as plain data (also `@activation-lab/lab/defaults`, import-free), gatedWidth
//   protocol   seedRange, summarize (its t from studentTQuantile), meanCurve, learningRateSweep, flattened, formatInterval (numbers themselves: formatNumber of @activation-lab/core)
//   claims     clearlyBelow, consistentlyBelow, withinSpread, allWithin, negate, checkClaims, verdictsMarkdown
//   studies    gatedFfn (08), elu (05), dying (03, 04), prelu (04), zeroCentring (02), swishBeta (06),
//              gainSweep (01, 06, 09), saturation (01), residualGradient (09); spiralTask and trainRun, the data and training they share

export type { Arm, Verdict } from "./claims.js";
export {
  allWithin,
  checkClaims,
  clearlyBelow,
  consistentlyBelow,
  negate,
  pairedDifference,
  verdictsMarkdown,
  withinSpread,
} from "./claims.js";
export {
  dyingDefaults,
  eluDefaults,
  ffnParameters,
  gainSweepDefaults,
  gatedFfnDefaults,
  gatedWidth,
  preluDefaults,
  residualGradientDefaults,
  saturationDefaults,
  spiralTaskDefaults,
  swishBetaDefaults,
  trainRunDefaults,
  zeroCentringDefaults,
} from "./defaults.js";
export type { Flatness } from "./flattened.js";
export { flattened } from "./flattened.js";
export { formatInterval } from "./formatInterval.js";
export type { LearningRateSweep, LearningRateSweepOptions } from "./learningRateSweep.js";
export { learningRateSweep } from "./learningRateSweep.js";
export type { Progress } from "./progress.js";
export { checkSeeds, seedRange } from "./seeds.js";
export { studentTQuantile } from "./studentT.js";
export type { DyingArmResult, DyingConfig, DyingResult } from "./studies/dying.js";
export { dyingClaims, dyingStudy } from "./studies/dying.js";
export type { EluArm, EluArmResult, EluConfig, EluResult } from "./studies/elu.js";
export { eluArms, eluClaims, eluInitClaims, eluStudy, tuneElu } from "./studies/elu.js";
export type { GainSweepConfig, GainSweepResult, GainSweepSeries } from "./studies/gainSweep.js";
export { gainSweepClaims, gainSweepGains, gainSweepMarkdown, gainSweepStudy } from "./studies/gainSweep.js";
export type {
  GatedFfnArm,
  GatedFfnArmResult,
  GatedFfnConfig,
  GatedFfnResult,
  TuneGatedFfnConfig,
} from "./studies/gatedFfn.js";
export {
  gatedFfnArms,
  gatedFfnClaims,
  gatedFfnOriginalClaims,
  gatedFfnStudy,
  tuneGatedFfn,
} from "./studies/gatedFfn.js";
export type { PreluConfig, PreluResult } from "./studies/prelu.js";
export { preluClaims, preluStudy } from "./studies/prelu.js";
export type {
  ResidualGradientConfig,
  ResidualGradientResult,
  ResidualUnit,
} from "./studies/residualGradient.js";
export { residualGradientClaims, residualGradientStudy, residualUnits } from "./studies/residualGradient.js";
export type {
  SaturationArm,
  SaturationArmResult,
  SaturationConfig,
  SaturationResult,
} from "./studies/saturation.js";
export { saturationArms, saturationClaims, saturationStudy } from "./studies/saturation.js";
export type { InitName, RunCurves, SpiralTask, TrainRunOptions } from "./studies/spiralTask.js";
export { initializers, setLoss, spiralTask, trainRun } from "./studies/spiralTask.js";
export type { SwishBetaConfig, SwishBetaResult } from "./studies/swishBeta.js";
export { swishBetaClaims, swishBetaStudy } from "./studies/swishBeta.js";
export type {
  ZeroCentringArm,
  ZeroCentringArmResult,
  ZeroCentringConfig,
  ZeroCentringResult,
} from "./studies/zeroCentring.js";
export { zeroCentringArms, zeroCentringClaims, zeroCentringStudy } from "./studies/zeroCentring.js";
export type { Summary } from "./summary.js";
export { meanCurve, summarize } from "./summary.js";
