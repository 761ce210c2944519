/**
 * A rehype plugin: heading levels that never skip. Over a page's Markdown documents in order, a
 * heading deeper than one below the previous heading is raised to that level (an h3 right after
 * an h1 becomes an h2). Notebook Markdown often starts a quote or a section at ###; a page should
 * not skip levels.
 *
 * A notebook page renders one Markdown cell at a time, so the previous level is carried across
 * renders by a {@link HeadingLevels} object that the caller passes with each one (as the
 * document's `headingLevels` frontmatter) and the plugin updates. A render without one (code,
 * cell outputs) is left as it is.
 *
 * @example # A, then ### B in the next cell // => <h1>A</h1>, then <h2>B</h2>
 */
interface Node {
  type: string;
  tagName?: string;
  children?: Node[];
}

/** The level of the last heading rendered so far on a page: 0 before the first. */
export interface HeadingLevels {
  previous: number;
}

interface File {
  data: { astro?: { frontmatter?: { headingLevels?: HeadingLevels } } };
}

export function rehypeHeadingLevels() {
  return (tree: Node, file: File): void => {
    const levels = file.data.astro?.frontmatter?.headingLevels;
    if (levels === undefined) return;
    // in document order, as a reader meets them
    const visit = (node: Node): void => {
      const level = node.type === "element" ? /^h([1-6])$/.exec(node.tagName ?? "")?.[1] : undefined;
      if (level !== undefined) {
        levels.previous = Math.min(Number(level), levels.previous + 1);
        node.tagName = `h${levels.previous}`;
      }
      for (const child of node.children ?? []) visit(child);
    };
    visit(tree);
  };
}
