import { readFileSync } from "node:fs";
import { activationIds, activations, gatedUnits } from "@activation-lab/core";
import { describe, expect, it } from "vitest";

// Two copies of one table must agree, cell for cell: the post's final comparison table as the
// site publishes it, and the registry's postRow of each activation (which the notebooks and the
// measured table use). A cross-cutting check, so it lives here: the core package never reads the site.
describe("the post's comparison table", () => {
  const post = readFileSync(
    new URL("../../site/src/content/post/activation-functions.mdx", import.meta.url),
    "utf8",
  );
  const rows = post
    .split("\n")
    .filter((line) => /^\| \*\*/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

  it("has eight rows, each equal to a postRow of activations or gatedUnits", () => {
    expect(rows).toHaveLength(8);
    const ours = [...activationIds.map((id) => activations[id].postRow), gatedUnits.geglu.postRow].filter(
      (row) => row !== undefined,
    );
    expect(ours.map((r) => [`**${r.name}**`, r.range, r.center, r.vanishing, r.note])).toEqual(rows);
  });

  it("GEGLU and SwiGLU share the post's single row", () => {
    expect(gatedUnits.swiglu.postRow).toEqual(gatedUnits.geglu.postRow);
  });
});
