// Claims as data: a notebook states a conclusion by calling one of these on its study's results;
// each returns whether the conclusion follows and a sentence with the numbers it rests on. The
// sentence is rendered into the notebook's prose, and the tests re-run the study with fresh seeds
// and assert the same claims: a conclusion cannot drift away from the numbers behind it.
import { formatNumber } from "@activation-lab/core";
import { formatInterval } from "./formatInterval.js";
import { type Summary, summarize } from "./summary.js";

/** One arm of a comparison: a name and one value per seed, paired with the other arms' by index. */
export interface Arm {
  readonly name: string;
  readonly values: readonly number[];
}

/** A stated conclusion checked against results. */
export interface Verdict {
  /** The claim, in the notebooks' words: "GEGLU < ReLU (일관됨)". */
  readonly claim: string;
  readonly holds: boolean;
  /** The numbers the claim rests on, as prose. */
  readonly evidence: string;
}

/**
 * The per-seed differences a − b, summarised: the paired comparison the protocol uses (both arms
 * ran with the same data and initialisation seed, so the seed's own luck cancels).
 *
 * @example pairedDifference({ name: "a", values: [1, 2] }, { name: "b", values: [0, 0] }).mean // => 1.5
 */
export function pairedDifference(a: Arm, b: Arm): Summary {
  if (a.values.length !== b.values.length) {
    throw new RangeError(
      `pairedDifference: arms ${a.name} and ${b.name} must hold one value per seed each, got ${a.values.length} and ${b.values.length}`,
    );
  }
  return summarize(a.values.map((v, i) => v - b.values[i]));
}

/**
 * "a is below b beyond the seed spread": the 95 % interval of the paired difference a − b lies
 * below 0.
 *
 * @example clearlyBelow({ name: "a", values: [1, 1.1, 0.9] }, { name: "b", values: [2, 2.1, 1.9] }).holds // => true
 */
export function clearlyBelow(a: Arm, b: Arm): Verdict {
  const d = pairedDifference(a, b);
  return {
    claim: `${a.name} < ${b.name} (시드 간 편차 밖)`,
    holds: d.ci95[1] < 0,
    evidence: `${a.name} − ${b.name} = ${formatInterval(d)} (짝지은 차이의 평균 [95 % 구간], 시드 ${d.n}개)`,
  };
}

/**
 * "a is below b on every seed" — what the notebooks mean by "consistently".
 *
 * @example consistentlyBelow({ name: "a", values: [1, 3] }, { name: "b", values: [2, 2] }).holds // => false
 */
export function consistentlyBelow(a: Arm, b: Arm): Verdict {
  const d = pairedDifference(a, b);
  const below = d.values.filter((v) => v < 0).length;
  return {
    claim: `${a.name} < ${b.name} (모든 시드에서)`,
    holds: below === d.n,
    evidence: `시드 ${d.n}개 중 ${below}개에서 ${a.name} < ${b.name}`,
  };
}

/**
 * "a and b differ by less than the seed spread": the 95 % interval of the paired difference
 * a − b contains 0, so these seeds cannot tell the two apart.
 *
 * @example withinSpread({ name: "a", values: [1, 2, 3] }, { name: "b", values: [2, 1, 3] }).holds // => true
 */
export function withinSpread(a: Arm, b: Arm): Verdict {
  const d = pairedDifference(a, b);
  return {
    claim: `${a.name} ≈ ${b.name} (시드 간 편차 안)`,
    holds: d.ci95[0] <= 0 && 0 <= d.ci95[1],
    evidence: `${a.name} − ${b.name} = ${formatInterval(d)}: 구간이 0을 ${d.ci95[0] <= 0 && 0 <= d.ci95[1] ? "포함" : "포함하지 않음"} (시드 ${d.n}개)`,
  };
}

/**
 * "every seed of the arm lies within [low, high]".
 *
 * @example allWithin({ name: "a", values: [0.2, 0.3] }, [0, 0.5]).holds // => true
 */
export function allWithin(arm: Arm, [low, high]: readonly [number, number]): Verdict {
  if (!(low <= high))
    throw new RangeError(`allWithin: the range must have low ≤ high, got [${low}, ${high}]`);
  if (arm.values.length === 0) throw new RangeError(`allWithin: arm ${arm.name} has no values`);
  const min = Math.min(...arm.values);
  const max = Math.max(...arm.values);
  return {
    claim: `${arm.name}: 모든 시드가 ${low === -Infinity ? `≤ ${formatNumber(high)}` : high === Infinity ? `≥ ${formatNumber(low)}` : `${formatNumber(low)} ~ ${formatNumber(high)}`}`,
    holds: low <= min && max <= high,
    evidence: `${arm.name}: 시드 ${arm.values.length}개의 범위 ${formatNumber(min)} ~ ${formatNumber(max)}`,
  };
}

/**
 * The opposite of a verdict, in the notebook's words: for a conclusion that a claim does *not*
 * follow ("ELU is not clearly faster than ReLU"), with the same evidence.
 *
 * @example negate(clearlyBelow(a, b), "a가 b보다 확실히 낮지는 않음").holds // => true when a is not clearly below b
 */
export function negate(verdict: Verdict, claim: string): Verdict {
  return { claim, holds: !verdict.holds, evidence: verdict.evidence };
}

/**
 * Throws unless every verdict holds, listing those that do not with their numbers: a notebook
 * calls it after stating its conclusions, so a conclusion that no longer follows stops it.
 *
 * @example checkClaims([clearlyBelow(a, b)]) // throws when a is not clearly below b
 */
export function checkClaims(verdicts: readonly Verdict[]): void {
  const failed = verdicts.filter((v) => !v.holds);
  if (failed.length > 0) {
    throw new Error(
      `checkClaims: ${failed.length} of ${verdicts.length} claims do not follow from the results:\n${failed
        .map((v) => `  ${v.claim}: ${v.evidence}`)
        .join("\n")}`,
    );
  }
}

/**
 * Verdicts as a Markdown list for a notebook's prose: "✔ claim — evidence" (✘ for one that does
 * not hold).
 *
 * @example verdictsMarkdown([withinSpread(a, b)]) // => "- ✔ a ≈ b (시드 간 편차 안) — a − b = …"
 */
export function verdictsMarkdown(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `- ${v.holds ? "✔" : "✘"} ${v.claim} — ${v.evidence}`).join("\n");
}
