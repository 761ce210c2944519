import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), "utf8"));

/** The bare module names imported, directly or through relative imports, by a source file. */
function bareImports(file: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  if (seen.has(file)) return names;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, spec] of source.matchAll(
    /^(?:import|export)\s+(?:type\s+)?(?:\*(?:\s+as\s+\w+)?|\{[^}]*\}|\w+)\s+from\s+"([^"]+)";/gm,
  )) {
    if (spec.startsWith(".")) {
      for (const name of bareImports(resolve(dirname(file), spec.replace(/\.js$/, ".ts")), seen))
        names.add(name);
    } else {
      names.add(spec);
    }
  }
  return names;
}

describe("entry points", () => {
  it("every subpath of `exports` has a proxy folder for node10 resolution (tslab) pointing at the same files", () => {
    const pkg = readJson("package.json");
    for (const [subpath, target] of Object.entries<{ types: string; default: string }>(pkg.exports)) {
      if (subpath === "." || subpath === "./package.json") continue;
      const proxy = readJson(join(subpath, "package.json"));
      expect(join(subpath, proxy.main), subpath).toBe(join(target.default));
      expect(join(subpath, proxy.types), subpath).toBe(join(target.types));
      expect(pkg.files).toContain(subpath.slice(2));
    }
  });

  it("@activation-lab/charts/data loads neither Plot nor a DOM: the browser islands can import it", () => {
    const names = bareImports(join(root, "src/data.ts"));
    expect([...names].sort()).toEqual(["@activation-lab/core"]);
  });

  it("@activation-lab/charts/notebook needs no tslab dependency", () => {
    expect([...bareImports(join(root, "src/notebook.ts"))]).not.toContain("tslab");
    expect(Object.keys(readJson("package.json").dependencies)).not.toContain("tslab");
  });
});
