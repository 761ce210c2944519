export interface ComparisonIslandConfig {
  kind: "comparison";
}
