/**
 * The order test files start in: longest first, across projects, so that the workers finish
 * together. Vitest's default goes project by project (charts, core, lab), which left lab's
 * fresh-seed re-runs, most of the unit tests' time, for last on one worker. A file's length is
 * its duration in the last run (Vitest's results cache); on a first run (a fresh clone) the files
 * matching `knownLong[0]` go first, then those matching `knownLong[1]`, and so on, then the rest in
 * Vitest's own order.
 */
import { BaseSequencer, type TestSequencerConstructor, type TestSpecification } from "vitest/node";

export function longestFirst(knownLong: readonly RegExp[]): TestSequencerConstructor {
  return class LongestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const byVitest = await super.sort(files);
      const rank = new Map(byVitest.map((spec, i) => [spec, i]));
      const length = (spec: TestSpecification) => {
        const known = knownLong.findIndex((pattern) => pattern.test(spec.moduleId));
        return (
          this.ctx.cache.getTestSpecificationResult(spec)?.duration ??
          (known >= 0 ? Number.MAX_SAFE_INTEGER - known : -1)
        );
      };
      return byVitest.toSorted(
        (a, b) =>
          a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder ||
          length(b) - length(a) ||
          rank.get(a)! - rank.get(b)!,
      );
    }
  };
}
