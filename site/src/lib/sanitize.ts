import { parseHTML } from "linkedom";

/**
 * Elements a notebook output may keep. Everything else is dropped with its content: scripts,
 * frames, forms, <foreignObject> (HTML smuggled into SVG), <link>/<meta>/<base>, media that
 * would load from elsewhere.
 */
const allowedElements = new Set([
  // SVG, as Observable Plot and other chart libraries write it
  "svg",
  "g",
  "path",
  "line",
  "polyline",
  "polygon",
  "rect",
  "circle",
  "ellipse",
  "text",
  "tspan",
  "title",
  "desc",
  "defs",
  "clippath",
  "lineargradient",
  "radialgradient",
  "stop",
  "marker",
  "pattern",
  "mask",
  "symbol",
  "use",
  "style",
  // HTML tables and text
  "div",
  "span",
  "p",
  "br",
  "hr",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "s",
  "small",
  "sub",
  "sup",
  "code",
  "pre",
  "kbd",
  "blockquote",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "col",
  "colgroup",
  "figure",
  "figcaption",
  "details",
  "summary",
  "img",
  "a",
  "abbr",
]);

/** Attributes that hold a URL: only same-document (#…) and inline data:image URLs survive. */
const urlAttributes = new Set(["href", "xlink:href", "src", "srcset", "action", "formaction", "poster"]);

function isSafeUrl(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v.startsWith("#") || /^data:image\/(png|jpeg|gif|webp);base64,/.test(v);
}

/** CSS with url(…) or @import could fetch from another origin: keep it only without them. */
function isSafeCss(css: string): boolean {
  return !/@import|url\s*\(|expression\s*\(|javascript:/i.test(css);
}

/**
 * Cleans the HTML or SVG of a notebook output for inclusion in a page: an allow-list of elements;
 * no event handlers (`on…`), no URL except `#fragment` and inline `data:image/…`, no CSS that could
 * load anything, no ARIA inside an `<svg role="img">` (the image is labelled as a whole). Notebook outputs are the project's own, but a page should not trust a file
 * format that can carry scripts.
 *
 * @example sanitizeMarkup('<svg onload="alert(1)"><script>x</script><path d="M0 0"/></svg>')
 * // => '<svg><path d="M0 0"></path></svg>'
 */
export function sanitizeMarkup(markup: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div id="root">${markup}</div></body></html>`);
  const root = document.getElementById("root")!;
  // Inside an <svg role="img"> the drawing is one image: ARIA on its parts (Plot labels its marks'
  // <g>s) is prohibited there and only confuses screen readers, so it goes.
  const walk = (element: Element, insideImage: boolean): void => {
    for (const child of [...element.children]) {
      const name = child.localName.toLowerCase();
      if (!allowedElements.has(name)) {
        child.remove();
        continue;
      }
      for (const attribute of [...child.attributes]) {
        const attr = attribute.name.toLowerCase();
        if (
          attr.startsWith("on") ||
          (urlAttributes.has(attr) && !isSafeUrl(attribute.value)) ||
          (attr === "style" && !isSafeCss(attribute.value)) ||
          (insideImage && (attr === "role" || attr.startsWith("aria-")))
        ) {
          child.removeAttribute(attribute.name);
        }
      }
      // an image whose source had to go would only show as broken
      if (
        (name === "style" && !isSafeCss(child.textContent ?? "")) ||
        (name === "img" && !child.hasAttribute("src"))
      ) {
        child.remove();
        continue;
      }
      walk(child, insideImage || (name === "svg" && child.getAttribute("role") === "img"));
    }
  };
  walk(root, false);
  return root.innerHTML;
}
