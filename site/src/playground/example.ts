/**
 * The playground's example run, trained at build time in Node by the same session the worker
 * runs, and drawn with @activation-lab/charts: what the page shows without JavaScript.
 */
import { decisionBoundaryChart, lossChart, renderSvg } from "@activation-lab/charts";
import { points, probabilityOf } from "@activation-lab/core/nn";
import { safeHtml } from "../lib/safe-html";
import { type PresetId, presets } from "./presets.js";
import { PlaygroundSession } from "./session.js";

export interface ExampleRun {
  presetId: PresetId;
  epochs: number;
  finalTrainLoss: number;
  finalTestLoss: number;
  boundarySvg: string;
  lossSvg: string;
}

/** Trains preset `presetId` for its epochs and renders its decision boundary and loss curves. */
export function exampleRun(presetId: PresetId): ExampleRun {
  const { config, title } = presets[presetId];
  const session = new PlaygroundSession(config);
  const history = session.trainEpochs(config.epochs);
  const last = history[history.length - 1];
  const boundary = decisionBoundaryChart({
    points: points(session.trainSet),
    predict: probabilityOf(session.model),
    title: `${title}: ${config.epochs} 에폭 뒤의 결정 경계`,
    resolution: 60,
  });
  const loss = lossChart({
    series: [
      { label: "학습", y: history.map((p) => p.trainLoss) },
      { label: "테스트", y: history.map((p) => p.testLoss) },
    ],
    xStart: 1,
    log: true,
    title: "학습·테스트 손실",
  });
  return {
    presetId,
    epochs: config.epochs,
    finalTrainLoss: last.trainLoss,
    finalTestLoss: last.testLoss,
    boundarySvg: safeHtml(renderSvg(boundary, { idPrefix: "pg-boundary-" })),
    lossSvg: safeHtml(renderSvg(loss, { idPrefix: "pg-loss-" })),
  };
}
