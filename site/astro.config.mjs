// @ts-check

import { fileURLToPath } from "node:url";
import { unified } from "@astrojs/markdown-remark";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";
import { basePath } from "./src/lib/base-path.mjs";
import { noTokenizeTimeLimit } from "./src/lib/markdown.ts";
import { rehypeScrollableTables } from "./src/lib/rehype-scrollable-tables.ts";

// the executed notebooks the site renders as pages (src/lib/notebooks.ts reads this)
process.env.ACTIVATION_LAB_NOTEBOOKS ??= fileURLToPath(new URL("../notebooks/", import.meta.url));

export default defineConfig({
  // absolute URLs (sitemap, Open Graph) start here; override with SITE_URL when deploying
  site: process.env.SITE_URL ?? "http://localhost:4321",
  // SITE_BASE, e.g. /activation-lab/ for a GitHub Pages project site; / by default
  base: basePath(),
  // every page is a folder with an index.html, so every internal link ends in a slash
  trailingSlash: "always",
  integrations: [mdx(), sitemap()],
  markdown: {
    // the remark/rehype pipeline (Astro 7's default, Sätteri, cannot run remark-math/rehype-katex)
    // smartypants off: the post keeps its own straight quotes
    processor: unified({
      smartypants: false,
      remarkPlugins: [remarkMath],
      rehypePlugins: [rehypeKatex, rehypeScrollableTables],
    }),
    // code colours from CSS variables (global.css), light and dark; no tokenising time limit,
    // which a busy machine can hit (src/lib/markdown.ts says more)
    shikiConfig: { theme: "css-variables", transformers: [noTokenizeTimeLimit] },
  },
  build: {
    // one stylesheet per page, inlined where small (Astro hashes it into the CSP); no third-party
    // requests either way
    inlineStylesheets: "auto",
  },
  // every asset a file of its own: Vite would inline KaTeX's smallest font as a data: URL, which
  // font-src 'self' blocks
  vite: {
    build: { assetsInlineLimit: 0 },
    // workers as ES modules, which may import() chunks: a worker fetches the one WebAssembly
    // build it runs (the core's loadSimdKernels), where the default (iife) would inline both
    worker: { format: "es" },
  },
  // the dev toolbar loads nothing in builds, but keep dev identical to the build
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page (a <meta>: a static host may send no headers): only
  // the site's own scripts (Astro adds the hashes of any it inlines), styles, images and fonts;
  // images also as data: URLs (notebook PNG outputs). Style attributes stay allowed
  // (style-src-attr): KaTeX positions math with them and Shiki colours code with them; safeHtml
  // reduces those in notebooks to declarations that cannot load anything or cover the page.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: "attribute" }] },
    },
  },
});
