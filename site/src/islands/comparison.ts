import type { ComparisonIslandConfig } from "../lib/comparison";

export function mountComparison(_figure: HTMLElement, _config: ComparisonIslandConfig): void {}
