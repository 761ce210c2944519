import { formatNumber } from "@activation-lab/core";
import type { Lang } from "./labels.js";

/**
 * One sentence about a series for an `ariaDescription`: its minimum and maximum, and where.
 * Non-finite values are skipped.
 *
 * @example describeSeries("f(x)", [-1, 0, 1], [0, 1, 0], "en") // => "f(x): minimum 0 at x = −1, maximum 1 at x = 0."
 */
export function describeSeries(
  label: string,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  lang: Lang,
  xName = "x",
): string {
  let iMin = -1;
  let iMax = -1;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) continue;
    if (iMin < 0 || y[i] < y[iMin]) iMin = i;
    if (iMax < 0 || y[i] > y[iMax]) iMax = i;
  }
  if (iMin < 0) return lang === "ko" ? `${label}: 값 없음.` : `${label}: no values.`;
  const at = (i: number) => `${xName} = ${formatNumber(x[i])}`;
  return lang === "ko"
    ? `${label}: 최솟값 ${formatNumber(y[iMin])} (${at(iMin)}), 최댓값 ${formatNumber(y[iMax])} (${at(iMax)}).`
    : `${label}: minimum ${formatNumber(y[iMin])} at ${at(iMin)}, maximum ${formatNumber(y[iMax])} at ${at(iMax)}.`;
}
