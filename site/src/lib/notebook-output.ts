import type { MimeBundle, NotebookOutput } from "./notebooks.js";
import { joinSource } from "./notebooks.js";
import { dataImageUrl, safeHtml } from "./safe-html.js";

/** One cell output, ready to be placed in a page with set:html. */
export interface RenderedOutput {
  kind: "svg" | "html" | "markdown" | "image" | "text" | "stderr" | "error";
  html: string;
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Removes ANSI colour codes, which Jupyter tracebacks carry. */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC
  return text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, "");
}

/** Text in a <pre>, focusable so a keyboard can scroll a long line. */
function pre(text: string, className?: string): string {
  const attr = className ? ` class="${className}"` : "";
  return `<pre${attr} tabindex="0"><code>${escapeHtml(text)}</code></pre>`;
}

/**
 * Renders a display_data or execute_result bundle: the richest type the site can show safely,
 * in this order: SVG, HTML, Markdown, PNG/JPEG (base64 only), plain text.
 */
async function renderBundle(
  data: MimeBundle,
  renderMarkdown: (source: string) => Promise<string>,
  label: string,
): Promise<RenderedOutput> {
  const svg = data["image/svg+xml"];
  if (svg !== undefined) {
    return { kind: "svg", html: `<div class="svg-output">${safeHtml(joinSource(svg))}</div>` };
  }
  const html = data["text/html"];
  if (html !== undefined) {
    const clean = safeHtml(joinSource(html));
    // a scrolling region (wide tables), reachable from the keyboard, named apart from the page's other regions
    return {
      kind: "html",
      html: `<div class="html-output" role="region" tabindex="0" aria-label="${escapeHtml(label)}">${clean}</div>`,
    };
  }
  const markdown = data["text/markdown"];
  if (markdown !== undefined) {
    // renderMarkdown's HTML is already safe (lib/markdown.ts); its tables' scrolling regions are
    // named after their headers, which two outputs' tables can share: the output's label goes first
    const rendered = (await renderMarkdown(joinSource(markdown))).replaceAll(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="표',
      `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeHtml(label)}, 표`,
    );
    return { kind: "markdown", html: `<div class="markdown-output">${rendered}</div>` };
  }
  for (const type of ["image/png", "image/jpeg"] as const) {
    const image = data[type];
    if (image !== undefined) {
      const src = `data:${type};base64,${joinSource(image).replace(/\s+/g, "")}`;
      // anything but base64 is not an image (and could close the attribute): shown as text instead
      if (!dataImageUrl.test(src)) continue;
      const alt = escapeHtml(joinSource(data["text/plain"]) || "노트북 출력 그림");
      return { kind: "image", html: `<img src="${escapeHtml(src)}" alt="${alt}" />` };
    }
  }
  return { kind: "text", html: pre(joinSource(data["text/plain"])) };
}

/**
 * Renders one code-cell output to HTML: streams and plain text escaped in <pre>, errors without
 * their ANSI colours, SVG and HTML through safeHtml, Markdown through the site's pipeline (which ends in safeHtml).
 * `label` names an HTML output's scrolling region, which must be unique on the page (axe's
 * landmark-unique): the page passes `출력 In [N]`, numbered when a cell has several outputs.
 *
 * @example await renderOutput({ output_type: "stream", name: "stdout", text: "1 < 2\n" }, md)
 * // => { kind: "text", html: "<pre><code>1 &lt; 2\n</code></pre>" }
 */
export async function renderOutput(
  output: NotebookOutput,
  renderMarkdown: (source: string) => Promise<string>,
  label = "출력",
): Promise<RenderedOutput> {
  switch (output.output_type) {
    case "stream":
      return output.name === "stderr"
        ? { kind: "stderr", html: pre(stripAnsi(joinSource(output.text)), "stderr") }
        : { kind: "text", html: pre(joinSource(output.text)) };
    case "error": {
      const text = stripAnsi(output.traceback.join("\n") || `${output.ename}: ${output.evalue}`);
      return { kind: "error", html: pre(text, "stderr") };
    }
    default:
      return renderBundle(output.data, renderMarkdown, label);
  }
}
