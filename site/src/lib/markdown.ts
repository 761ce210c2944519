import { createMarkdownProcessor, type MarkdownRenderer } from "@astrojs/markdown-remark";
import rehypeKatex from "rehype-katex";
import remarkMath from "remark-math";

/** Light and dark Shiki themes, the same for the post, notebook Markdown and notebook code. */
export const shikiThemes = { light: "github-light", dark: "github-dark" } as const;

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
 * (Jupyter's one-line `$$…$$` displayed, as Jupyter does), code blocks highlighted by Shiki.
 *
 * @example await renderMarkdown("$\\alpha$") // => '<p><span class="katex">…</span></p>'
 */
export async function renderMarkdown(source: string): Promise<string> {
  renderer ??= createMarkdownProcessor({
    remarkPlugins: [remarkMath],
    rehypePlugins: [rehypeKatex],
    shikiConfig: { themes: shikiThemes, defaultColor: "light" },
    // the notebooks keep their own straight quotes, as the post does
    smartypants: false,
  });
  const { code } = await (await renderer).render(jupyterDisplayMath(source));
  return code;
}
