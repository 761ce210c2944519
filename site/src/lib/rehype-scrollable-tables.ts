/**
 * A rehype plugin: every <table> goes into a keyboard-focusable scrolling region, so a table wider
 * than a phone scrolls on its own (not the page) and a keyboard can scroll it too.
 *
 * The region is named after the table's column headers, so several tables on a page stay apart.
 *
 * @example <table><tr><th>함수</th><th>중심</th></tr>…</table>
 * // => <div class="table-scroll" role="region" tabindex="0" aria-label="표: 함수, 중심"><table>…</table></div>
 */
interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

function text(node: Node): string {
  return node.type === "text" ? (node.value ?? "") : (node.children ?? []).map(text).join("");
}

/** The text of the table's first row of <th> cells. */
function headers(table: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node): boolean => {
    if (node.tagName === "tr") {
      for (const cell of node.children ?? []) if (cell.tagName === "th") found.push(text(cell).trim());
      return true;
    }
    return (node.children ?? []).some(visit);
  };
  visit(table);
  return found.filter(Boolean);
}

export function rehypeScrollableTables() {
  const wrap = (node: Node): void => {
    if (!node.children) return;
    node.children = node.children.map((child) => {
      if (child.type === "element" && child.tagName === "table") {
        return {
          type: "element",
          tagName: "div",
          properties: {
            className: ["table-scroll"],
            role: "region",
            tabIndex: 0,
            ariaLabel: ["표", headers(child).join(", ")].filter(Boolean).join(": "),
          },
          children: [child],
        };
      }
      wrap(child);
      return child;
    });
  };
  return (tree: Node) => wrap(tree);
}
