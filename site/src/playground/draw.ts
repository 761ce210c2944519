/**
 * Drawing the playground's panels on canvases: the decision boundary (or the regression curve)
 * with the points, the loss curves, and a layer's activation histogram. Colours come from the
 * page's CSS (light and dark) and the charts' palette, so the live panels match the SVG charts.
 */
import { palette } from "@activation-lab/charts/data";
import type { PointSet } from "./protocol.js";
import type { Histogram, Snapshot } from "./session.js";

export interface Colors {
  fg: string;
  soft: string;
  bg: string;
  class0: string;
  class1: string;
}

/** The page's colours now (call again when the colour scheme changes). */
export function readColors(element: Element): Colors {
  const style = getComputedStyle(element);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fg: css("--fg", "#1b1f24"),
    soft: css("--border", "#d8dee6"),
    bg: css("--bg", "#ffffff"),
    class0: css("--al-chart-series-1", palette[0]),
    class1: css("--al-chart-series-2", palette[1]),
  };
}

/** Each canvas's CSS size, kept by a ResizeObserver so drawing never forces a layout. */
const sizes = new WeakMap<HTMLCanvasElement, { width: number; height: number }>();
const resizes = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const box = entry.contentBoxSize[0];
    if (box) sizes.set(entry.target as HTMLCanvasElement, { width: box.inlineSize, height: box.blockSize });
  }
});

/**
 * A canvas's 2-D context, its backing store sized to its CSS box at the device's pixel ratio,
 * and that box's size (measured once, then kept up to date by the ResizeObserver).
 */
export function context2d(canvas: HTMLCanvasElement): {
  ctx: CanvasRenderingContext2D;
  width: number;
  height: number;
} {
  let size = sizes.get(canvas);
  if (size === undefined) {
    const rect = canvas.getBoundingClientRect();
    size = { width: rect.width, height: rect.height };
    sizes.set(canvas, size);
    resizes.observe(canvas);
  }
  const ratio = window.devicePixelRatio || 1;
  const [w, h] = [Math.max(1, Math.round(size.width * ratio)), Math.max(1, Math.round(size.height * ratio))];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  const ctx = canvas.getContext("2d")!;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, size.width, size.height);
  return { ctx, ...size };
}

/** The grid's pixels, one per cell, scaled up onto the boundary canvas. */
const tile = document.createElement("canvas");

function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  const n = m ? Number.parseInt(m[1], 16) : 0x808080;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The decision boundary: each grid cell tinted towards class 1's colour by P(class 1) (towards
 * class 0's below 0.5), then the training points filled and the test points hollow; class 0 as
 * circles, class 1 as triangles, so the classes differ by shape as well as colour.
 */
export function drawBoundary(
  canvas: HTMLCanvasElement,
  snapshot: Snapshot,
  train: PointSet,
  test: PointSet,
  colors: Colors,
): void {
  const { ctx, width, height } = context2d(canvas);
  if (train.features === 1) {
    drawRegression(ctx, width, height, snapshot, train, test, colors);
    return;
  }
  const n = snapshot.gridSize;
  const image = new ImageData(n, n);
  const [c0, c1, bg] = [rgb(colors.class0), rgb(colors.class1), rgb(colors.bg)];
  for (let i = 0; i < n * n; i++) {
    const p = snapshot.grid[i];
    const [c, strength] = p >= 0.5 ? [c1, 2 * p - 1] : [c0, 1 - 2 * p];
    const mix = 0.12 + 0.38 * strength;
    for (let k = 0; k < 3; k++) image.data[4 * i + k] = bg[k] + (c[k] - bg[k]) * mix;
    image.data[4 * i + 3] = 255;
  }
  if (tile.width !== n) [tile.width, tile.height] = [n, n];
  tile.getContext("2d")!.putImageData(image, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(tile, 0, 0, width, height);
  const [x0, x1] = snapshot.domain.x;
  const [y0, y1] = snapshot.domain.y;
  const px = (v: number) => ((v - x0) / (x1 - x0)) * width;
  const py = (v: number) => ((y1 - v) / (y1 - y0)) * height;
  ctx.lineWidth = 1;
  for (const [set, hollow] of [
    [train, false],
    [test, true],
  ] as const) {
    for (let i = 0; i < set.y.length; i++) {
      const [x, y, label] = [px(set.x[2 * i]), py(set.x[2 * i + 1]), set.y[i]];
      ctx.beginPath();
      if (label === 0) ctx.arc(x, y, 3, 0, 2 * Math.PI);
      else {
        ctx.moveTo(x, y - 3.5);
        ctx.lineTo(x + 3.2, y + 2.5);
        ctx.lineTo(x - 3.2, y + 2.5);
        ctx.closePath();
      }
      ctx.fillStyle = label === 0 ? colors.class0 : colors.class1;
      ctx.strokeStyle = hollow ? ctx.fillStyle : colors.fg;
      if (!hollow) ctx.fill();
      ctx.stroke();
    }
  }
}

function drawRegression(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  snapshot: Snapshot,
  train: PointSet,
  test: PointSet,
  colors: Colors,
): void {
  const [x0, x1] = snapshot.domain.x;
  const [lo, hi] = snapshot.domain.y;
  const [y0, y1] = [lo - 0.1 * (hi - lo), hi + 0.1 * (hi - lo)];
  const px = (v: number) => ((v - x0) / (x1 - x0)) * width;
  const py = (v: number) =>
    ((y1 - Math.min(Math.max(v, y0 - 10 * (y1 - y0)), y1 + 10 * (y1 - y0))) / (y1 - y0)) * height;
  for (const [set, hollow] of [
    [train, false],
    [test, true],
  ] as const) {
    ctx.fillStyle = colors.class0;
    ctx.strokeStyle = colors.class0;
    for (let i = 0; i < set.y.length; i++) {
      ctx.beginPath();
      ctx.arc(px(set.x[i]), py(set.y[i]), 2.5, 0, 2 * Math.PI);
      if (hollow) ctx.stroke();
      else ctx.fill();
    }
  }
  ctx.beginPath();
  const n = snapshot.gridSize;
  for (let i = 0; i < n; i++) {
    const [x, y] = [px(x0 + ((x1 - x0) * i) / (n - 1)), py(snapshot.grid[i])];
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.strokeStyle = colors.class1;
  ctx.lineWidth = 2.5;
  ctx.stroke();
}

/** Train (solid) and test (dashed) loss per epoch, on a log scale from the smallest loss to the largest. */
export function drawLoss(
  canvas: HTMLCanvasElement,
  train: readonly number[],
  test: readonly number[],
  colors: Colors,
): void {
  const { ctx, width, height } = context2d(canvas);
  ctx.strokeStyle = colors.soft;
  ctx.strokeRect(0.5, 0.5, width - 1, height - 1);
  const finite = [...train, ...test].filter((v) => Number.isFinite(v) && v > 0);
  if (finite.length === 0) return;
  let [lo, hi] = [Math.log10(Math.min(...finite)), Math.log10(Math.max(...finite))];
  if (hi - lo < 0.1) [lo, hi] = [lo - 0.05, hi + 0.05];
  const pad = 6;
  const px = (i: number) => pad + ((width - 2 * pad) * i) / Math.max(1, train.length - 1);
  const py = (v: number) => pad + ((hi - Math.log10(v)) / (hi - lo)) * (height - 2 * pad);
  for (const [values, color, dash] of [
    [train, colors.class0, []],
    [test, colors.class1, [5, 3]],
  ] as const) {
    ctx.beginPath();
    let drawing = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (!(Number.isFinite(v) && v > 0)) {
        drawing = false;
        continue;
      }
      if (drawing) ctx.lineTo(px(i), py(v));
      else ctx.moveTo(px(i), py(v));
      drawing = true;
    }
    ctx.setLineDash([...dash]);
    ctx.strokeStyle = color;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

/** A layer's activation histogram as bars. */
export function drawHistogram(canvas: HTMLCanvasElement, histogram: Histogram, colors: Colors): void {
  const { ctx, width, height } = context2d(canvas);
  const top = Math.max(...histogram.counts, 1);
  const w = width / histogram.counts.length;
  ctx.fillStyle = colors.class0;
  histogram.counts.forEach((count, i) => {
    const h = (count / top) * (height - 1);
    ctx.fillRect(i * w + 0.5, height - h, Math.max(1, w - 1), h);
  });
}
