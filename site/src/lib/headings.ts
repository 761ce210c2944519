/**
 * Heading levels that never skip: across a page's HTML fragments in order, a heading deeper than
 * one below the previous heading is raised to that level (an h3 right after an h1 becomes an h2).
 * Notebook Markdown often starts a quote or a section at ###; a page should not skip levels.
 *
 * @example normalizeHeadings(["<h1>A</h1>", "<h3>B</h3>"]) // => ["<h1>A</h1>", "<h2>B</h2>"]
 */
export function normalizeHeadings(fragments: readonly string[], start = 1): string[] {
  let previous = start - 1;
  return fragments.map((html) =>
    html.replace(
      /<h([1-6])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g,
      (_, level: string, attributes = "", inner: string) => {
        const fixed = Math.min(Number(level), previous + 1);
        previous = fixed;
        return `<h${fixed}${attributes}>${inner}</h${fixed}>`;
      },
    ),
  );
}
