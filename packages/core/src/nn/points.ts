import { checkDataset, type Dataset } from "./dataset.js";

/**
 * A 2-D data set as three plain columns — first coordinate, second coordinate, class — the shape
 * chart builders take (`decisionBoundaryChart({ points, … })` of @activation-lab/charts).
 *
 * @example points(xor({ points: 4, noise: 0 })) // => { x: [-1, -1, 1, 1], y: [-1, 1, -1, 1], label: [0, 1, 1, 0] }
 */
export function points(data: Dataset): { x: number[]; y: number[]; label: number[] } {
  checkDataset("points", data);
  if (data.features !== 2)
    throw new RangeError(`points: data must have 2 features, got ${data.features} (${data.name})`);
  const x: number[] = [];
  const y: number[] = [];
  for (let i = 0; i < data.rows; i++) {
    x.push(data.x[2 * i]);
    y.push(data.x[2 * i + 1]);
  }
  return { x, y, label: Array.from(data.y) };
}
