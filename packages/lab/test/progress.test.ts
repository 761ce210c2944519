import { describe, expect, it } from "vitest";
import {
  dyingStudy,
  eluStudy,
  gainSweepStudy,
  gatedFfnStudy,
  type Progress,
  preluStudy,
  residualGradientStudy,
  saturationStudy,
  swishBetaStudy,
  zeroCentringStudy,
} from "../src/index.js";

/** Every onProgress call of one study run, in order. */
function progressOf(run: (onProgress: Progress) => unknown): [number, number][] {
  const calls: [number, number][] = [];
  run((done, total) => calls.push([done, total]));
  return calls;
}

/** 1, 2, …, total, each with the same total: what a progress bar needs. */
const counting = (total: number) => Array.from({ length: total }, (_, i): [number, number] => [i + 1, total]);

describe("a study's onProgress", () => {
  const seeds = [1, 2];
  it("dyingStudy reports once per seed and arm, up to activations × rates × seeds", () => {
    expect(progressOf((onProgress) => dyingStudy({ seeds, epochs: 1, points: 30, onProgress }))).toEqual(
      counting(8),
    );
  });
  it("preluStudy and swishBetaStudy report once per seed", () => {
    expect(progressOf((onProgress) => preluStudy({ seeds, epochs: 1, points: 30, onProgress }))).toEqual(
      counting(2),
    );
    expect(progressOf((onProgress) => swishBetaStudy({ seeds, epochs: 1, points: 30, onProgress }))).toEqual(
      counting(2),
    );
  });
  it("zeroCentringStudy reports once per seed of each of its five arms", () => {
    expect(
      progressOf((onProgress) =>
        zeroCentringStudy({ seeds, epochs: 1, earlyEpoch: 1, points: 30, onProgress }),
      ),
    ).toEqual(counting(10));
  });
  it("eluStudy and gatedFfnStudy report once per seed and arm", () => {
    expect(
      progressOf((onProgress) =>
        eluStudy({
          seeds,
          init: "he",
          learningRates: { ReLU: 0.01, ELU: 0.01 },
          epochs: 2,
          earlyEpoch: 1,
          points: 30,
          onProgress,
        }),
      ),
    ).toEqual(counting(4));
    expect(
      progressOf((onProgress) =>
        gatedFfnStudy({
          seeds,
          learningRates: { ReLU: 0.01, GELU: 0.01, GEGLU: 0.01, SwiGLU: 0.01 },
          epochs: 2,
          points: 30,
          onProgress,
        }),
      ),
    ).toEqual(counting(8));
  });
  it("gainSweepStudy reports once per activation and gain", () => {
    expect(
      progressOf((onProgress) =>
        gainSweepStudy({
          seeds,
          gains: [1, 2, 4],
          activations: ["tanh", "relu"],
          depth: 2,
          width: 4,
          onProgress,
        }),
      ),
    ).toEqual(counting(6));
  });
  it("saturationStudy reports once per seed of each initialisation", () => {
    expect(
      progressOf((onProgress) =>
        saturationStudy({ seeds, epochs: 2, points: 30, hidden: [4, 4], onProgress }),
      ),
    ).toEqual(counting(4));
  });
  it("residualGradientStudy reports once per unit (ReLU, GEGLU, SwiGLU) over all seeds", () => {
    expect(
      progressOf((onProgress) => residualGradientStudy({ seeds, depth: 2, width: 4, onProgress })),
    ).toEqual(counting(3));
  });
});
