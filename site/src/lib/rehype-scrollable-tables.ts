/**
 * A rehype plugin: every <table> goes into a keyboard-focusable scrolling region, so a table wider
 * than a phone scrolls on its own (not the page) and a keyboard can scroll it too.
 *
 * @example <table>…</table> // => <div class="table-scroll" role="region" tabindex="0" aria-label="표"><table>…</table></div>
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export function rehypeScrollableTables() {
  const wrap = (node: Node): void => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      if (child.type === "element" && child.tagName === "table") {
        return {
          type: "element",
          tagName: "div",
          properties: { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: "표" },
          children: [child],
        };
      }
      wrap(child);
      return child;
    });
  };
  return (tree: Node) => wrap(tree);
}
