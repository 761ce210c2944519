import { createMarkdownProcessor, type MarkdownRenderer } from "@astrojs/markdown-remark";
import rehypeKatex from "rehype-katex";
import rehypeRaw from "rehype-raw";
import remarkMath from "remark-math";
import { type HeadingLevels, rehypeHeadingLevels } from "./rehype-heading-levels.js";
import { rehypeScrollableTables } from "./rehype-scrollable-tables.js";
import { safeHtml } from "./safe-html.js";

/**
 * Shiki's css-variables theme: tokens coloured by `--astro-code-*` variables that global.css sets
 * for light and dark (one tokenisation per block, no inline colours to override).
 */
export const shikiTheme = "css-variables";

/**
 * Shiki stops tokenising a line after `tokenizeTimeLimit` ms (500 by default) and leaves the rest
 * unhighlighted. On a busy machine the first line of a build, which also compiles the grammar,
 * can pass that: two builds then differ. Astro does not expose the option; this transformer sets
 * it (0, no limit) on every call before Shiki tokenises.
 */
export const noTokenizeTimeLimit = {
  name: "activation-lab:no-tokenize-time-limit",
  preprocess(_code: string, options: { tokenizeTimeLimit?: number }) {
    options.tokenizeTimeLimit = 0;
  },
};

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Jupyter shows `$$…$$` on a line of its own as display math; remark-math needs the dollars on
 * lines of their own for that. Rewrites the first form into the second.
 *
 * @example jupyterDisplayMath("$$x^2$$") // => "$$\nx^2\n$$"
 */
export function jupyterDisplayMath(source: string): string {
  return source.replace(/^[ \t]*\$\$(.+?)\$\$[ \t]*$/gm, (_, tex: string) => `$$\n${tex.trim()}\n$$`);
}

/**
 * Renders a notebook's Markdown to HTML with the post's pipeline: GFM, math typeset by KaTeX
 * (Jupyter's one-line `$$…$$` displayed, as Jupyter does), code blocks highlighted by Shiki; the
 * result cleaned by safeHtml, raw HTML in the Markdown included. Pass one `headingLevels` to every
 * Markdown cell of a page, in order, for headings that never skip a level across them
 * (rehype-heading-levels.ts).
 *
 * @example await renderMarkdown("$\\alpha$") // => '<p><span class="katex">…</span></p>'
 */
export async function renderMarkdown(source: string, headingLevels?: HeadingLevels): Promise<string> {
  return render(jupyterDisplayMath(source), headingLevels);
}

async function render(markdown: string, headingLevels?: HeadingLevels): Promise<string> {
  renderer ??= createMarkdownProcessor({
    remarkPlugins: [remarkMath],
    // raw HTML parsed before the heading levels, so that a raw <h3> is counted too (Astro parses
    // it only after every plugin; a second pass finds nothing left to parse)
    rehypePlugins: [rehypeKatex, rehypeScrollableTables, rehypeRaw, rehypeHeadingLevels],
    shikiConfig: { theme: shikiTheme, transformers: [noTokenizeTimeLimit] },
    // the notebooks keep their own straight quotes, as the post does
    smartypants: false,
  });
  const { code } = await (await renderer).render(
    markdown,
    headingLevels && { frontmatter: { headingLevels } },
  );
  // notebooks are contributed: their Markdown may carry raw HTML, which the pipeline passes through
  return safeHtml(code);
}

/**
 * Highlights code with Shiki through the same pipeline: a fenced block longer than any run of
 * backticks in the code, so the code cannot close it.
 *
 * @example await renderCode("let x = 1;", "typescript") // => '<pre class="astro-code …"><code>…</code></pre>'
 */
export async function renderCode(code: string, lang: string): Promise<string> {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  return render(`${fence}${lang}\n${code}\n${fence}\n`);
}
