import { formatNumber } from "@activation-lab/core";

/**
 * A summary as "mean [low, high]": the mean and its 95 % interval, each as core's `formatNumber`
 * writes it.
 *
 * @example formatInterval({ mean: 0.578, ci95: [0.564, 0.592] }) // => "0.578 [0.564, 0.592]"
 */
export function formatInterval({ mean, ci95 }: { mean: number; ci95: readonly [number, number] }): string {
  return `${formatNumber(mean)} [${formatNumber(ci95[0])}, ${formatNumber(ci95[1])}]`;
}
