/**
 * The e2e project's global setup: a folder for the default site build that several test files
 * read (see `defaultBuild` in site-build.ts) and for the lock that keeps two site builds from
 * running at once (test files run in parallel), removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  interface ProvidedContext {
    /** Where `defaultBuild()` puts the site built at base "/" with the repository's notebooks. */
    defaultSiteDir: string;
    /** The lock file that `buildSite` and `defaultBuild` hold while `astro build` runs. */
    siteBuildLock: string;
  }
}

export function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), "activation-lab-e2e-"));
  project.provide("defaultSiteDir", join(root, "dist"));
  project.provide("siteBuildLock", join(root, "site-build.lock"));
  return () => rmSync(root, { recursive: true, force: true });
}
