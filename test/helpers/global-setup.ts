/**
 * The e2e project's global setup: a folder for the default site build that several test files
 * read (see `defaultBuild` in site-build.ts), removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  interface ProvidedContext {
    /** Where `defaultBuild()` puts the site built at base "/" with the repository's notebooks. */
    defaultSiteDir: string;
  }
}

export function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), "activation-lab-e2e-"));
  project.provide("defaultSiteDir", join(root, "dist"));
  return () => rmSync(root, { recursive: true, force: true });
}
