import { describe, expect, it } from "vitest";
import { palette, seriesColor, seriesDash } from "../src/theme.js";

// WCAG 2 relative luminance and contrast ratio, written from the definition
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

describe("palette", () => {
  it("every colour has at least 3:1 contrast on white and on a dark background (#1e1e1e)", () => {
    for (const color of palette) {
      expect(contrast(color, "#ffffff"), `${color} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(color, "#1e1e1e"), `${color} on #1e1e1e`).toBeGreaterThanOrEqual(3);
    }
  });

  it("has eight distinct colours", () => {
    expect(new Set(palette).size).toBe(8);
  });

  it("seriesColor(i) is a CSS variable falling back to the palette, repeating after eight", () => {
    expect(seriesColor(0)).toBe(`var(--al-chart-series-1, ${palette[0]})`);
    expect(seriesColor(9)).toBe(`var(--al-chart-series-2, ${palette[1]})`);
    expect(seriesDash(7)).toBeUndefined();
    expect(seriesDash(8)).toBe("5 3");
  });
});
