/**
 * Cleans HTML and SVG that the site did not write itself (notebook outputs and Markdown cells, and
 * the charts' SVG) for a page: parsed as a browser parses it (parse5), reduced to an allow-list by
 * hast-util-sanitize (the engine of rehype-sanitize), serialised again by hast-util-to-html.
 */
import type { Element, ElementContent, Root } from "hast";
import { fromParse5 } from "hast-util-from-parse5";
import { type Schema, sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { type DefaultTreeAdapterMap, defaultTreeAdapter, parseFragment } from "parse5";
import { find, html, svg } from "property-information";

/**
 * Elements deeper than this lose their content to a marker. Chromium's own parser stops nesting at
 * 512; Plot's SVG, KaTeX and tables stay under 30. The limit keeps the recursive steps below
 * (hast conversion, sanitising, serialising) far from the stack's end: 20,000 nested <div>s
 * overflowed it.
 */
export const maxDepth = 128;

/** What replaces the content cut at maxDepth. */
export const depthMarker = "[…더 깊이 중첩된 내용은 생략했습니다]";

const htmlElements = [
  ..."a abbr b blockquote br caption code col colgroup dd del details div dl dt em figcaption".split(" "),
  ..."figure h1 h2 h3 h4 h5 h6 hr i img input ins kbd li mark ol p pre q s samp section small".split(" "),
  ..."span strong sub summary sup table tbody td tfoot th thead time tr u ul var".split(" "),
];
// as hast spells them (SVG's camelCase names kept); no <image>, <foreignObject>, <script>,
// <style>, animation or filter elements: each can load, run or restyle the page
const svgElements = [
  ..."svg g path line polyline polygon rect circle ellipse text tspan title desc defs".split(" "),
  ..."clipPath linearGradient radialGradient stop marker pattern mask symbol use".split(" "),
];
// what KaTeX writes; no <maction>, <mglyph> or <annotation-xml> (which can hold HTML)
const mathElements = [
  ..."math semantics annotation mrow mi mo mn ms mtext mspace msqrt mroot mfrac msup msub msubsup".split(" "),
  ..."mover munder munderover mtable mtr mtd mstyle mpadded mphantom menclose merror".split(" "),
];

/** Attributes any allowed element may keep (`style` is then reduced by safeStyle). */
const globalAttributes = [
  ..."class id title lang dir role style tabindex hidden".split(" "),
  ..."aria-label aria-labelledby aria-describedby aria-description aria-hidden".split(" "),
];
/** SVG geometry and presentation; the ones that can hold url(…) are checked by safeCssValue. */
const svgAttributes = [
  ..."xmlns viewBox preserveAspectRatio width height x y x1 x2 y1 y2 cx cy r rx ry d points".split(" "),
  ..."transform dx dy rotate textLength lengthAdjust offset gradientUnits gradientTransform".split(" "),
  ..."spreadMethod fx fy markerWidth markerHeight markerUnits refX refY orient patternUnits".split(" "),
  ..."patternContentUnits patternTransform clipPathUnits maskUnits maskContentUnits".split(" "),
  ..."opacity fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-dasharray".split(" "),
  ..."stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit clip-path clip-rule".split(" "),
  ..."mask marker-start marker-mid marker-end font-family font-size font-weight font-style".split(" "),
  ..."font-variant text-anchor dominant-baseline alignment-baseline paint-order vector-effect".split(" "),
  ..."shape-rendering stop-color stop-opacity".split(" "),
];
/** SVG attributes whose value is CSS that could name a URL. */
const cssValuedAttributes = new Set(
  "fill stroke clip-path mask marker-start marker-mid marker-end stop-color font-family".split(" "),
);
const mathAttributes = [
  ..."xmlns display mathvariant stretchy fence separator lspace rspace accent accentunder".split(" "),
  ..."scriptlevel displaystyle rowspacing columnalign columnspacing columnlines rowlines".split(" "),
  ..."encoding minsize maxsize movablelimits symmetric largeop form width height depth".split(" "),
  ..."voffset notation linethickness".split(" "),
];

/** hast property names for attribute names, in HTML and in SVG (they differ: clip-path, clipPath). */
function properties(attributes: string[]): string[] {
  return [...new Set(attributes.flatMap((name) => [find(html, name).property, find(svg, name).property]))];
}

/** A base64 data URL of a raster image: the only image source an output may have. */
export const dataImageUrl = /^data:image\/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+={0,2}$/;
const fragment = /^#[\w.:-]+$/;

const schema: Schema = {
  tagNames: [...htmlElements, ...svgElements, ...mathElements],
  attributes: {
    "*": properties([...globalAttributes, ...svgAttributes, ...mathAttributes]),
    // no ping, target or name; href checked against `protocols`
    a: properties(["href", "xlink:href"]),
    img: [["src", dataImageUrl], ...properties(["alt", "width", "height"])],
    // <use> may only point into the same output, never to another document
    use: [
      ["href", fragment],
      ["xLinkHref", fragment],
    ],
    td: properties(["colspan", "rowspan", "headers", "scope", "align"]),
    th: properties(["colspan", "rowspan", "headers", "scope", "align"]),
    col: ["span"],
    colgroup: ["span"],
    ol: ["start", "reversed"],
    li: ["value"],
    details: ["open"],
    time: ["dateTime"],
    pre: ["dataLanguage"],
    // GFM task lists: a disabled checkbox
    input: [["type", "checkbox"], ["disabled", true], "checked"],
  },
  required: { input: { type: "checkbox", disabled: true } },
  protocols: { href: ["http", "https", "mailto"], xLinkHref: ["http", "https", "mailto"] },
  ancestors: {
    tbody: ["table"],
    thead: ["table"],
    tfoot: ["table"],
    tr: ["table"],
    td: ["table"],
    th: ["table"],
  },
  // ids kept as written: Plot's clip-path and marker ids and Markdown's heading ids are referenced
  // by url(#…) and #… links, which a prefix would break; `name`, the other clobbering attribute, is
  // not allowed at all
  clobber: [],
  clobberPrefix: "",
  allowComments: false,
  allowDoctypes: false,
  // anything else goes with its content (the default schema would keep the text of a <style>)
  strip: undefined,
};

/**
 * CSS properties a `style` attribute may keep: what KaTeX (heights, offsets, margins), Shiki
 * (colours from variables) and charts write. No `position: fixed`/`absolute`, no z-index, no
 * custom properties (the page's own CSS reads them), nothing that takes an image.
 */
const styleProperties = new Set([
  ..."color background-color opacity fill stroke stroke-width font-size font-weight font-style".split(" "),
  ..."font-variant font-family line-height letter-spacing text-align text-decoration".split(" "),
  ..."vertical-align white-space width height min-width min-height max-width max-height top".split(" "),
  ..."right bottom left margin margin-top margin-right margin-bottom margin-left padding".split(" "),
  ..."padding-top padding-right padding-bottom padding-left border-top-width border-right-width".split(" "),
  ..."border-bottom-width border-left-width overflow overflow-x overflow-y position".split(" "),
]);
const positions = new Set(["static", "relative"]);
const cssFunctions = new Set(["var", "calc", "rgb", "rgba", "hsl", "hsla"]);

/**
 * Whether a CSS value can load nothing: letters, digits, `#`, `%`, `.`, `,`, `+`, `-`, spaces and
 * parentheses only (so no escapes, quotes, comments, `@` or `;`), functions only from a short list,
 * and url(…) only to a `#fragment` of the page.
 *
 * @example safeCssValue("var(--astro-code-token-keyword)") // => true
 * @example safeCssValue("\\75 rl(https://example.com/x)") // => false
 */
export function safeCssValue(value: string): boolean {
  const rest = value.replace(/url\(#[\w.-]+\)/gi, "");
  if (!/^[\w\s#%.,+()-]*$/.test(rest)) return false;
  return [...rest.matchAll(/([\w-]*)\(/g)].every(([, name]) => cssFunctions.has(name!.toLowerCase()));
}

/**
 * A `style` attribute reduced to the declarations on the allow-list whose values are safe, or
 * undefined when none is left.
 *
 * @example safeStyle("height:0.8em;position:fixed;background:url(x)") // => "height:0.8em"
 */
export function safeStyle(style: string): string | undefined {
  const kept: string[] = [];
  for (const declaration of style.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!styleProperties.has(property) || !safeCssValue(value)) continue;
    if (property === "position" && !positions.has(value.toLowerCase())) continue;
    kept.push(`${property}:${value}`);
  }
  return kept.length > 0 ? kept.join(";") : undefined;
}

type ParentNode = DefaultTreeAdapterMap["parentNode"];

/** Replaces the content of every element at maxDepth with the marker, without recursion. */
function cutDeepContent(root: DefaultTreeAdapterMap["documentFragment"]): void {
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    // a <template>'s content hangs off the element, not among its children
    const template = "content" in node ? (node.content as ParentNode) : undefined;
    if (depth >= maxDepth && (node.childNodes.length > 0 || template)) {
      node.childNodes = [];
      if (template) template.childNodes = [];
      defaultTreeAdapter.insertText(node, depthMarker);
      continue;
    }
    for (const child of node.childNodes) if ("childNodes" in child) stack.push([child, depth + 1]);
    if (template) stack.push([template, depth + 1]);
  }
}

/** Styles and CSS-valued SVG attributes filtered; ARIA dropped inside an <svg role="img">. */
function cleanAttributes(node: Root | Element, insideImage: boolean): void {
  node.children = node.children.filter((child): child is ElementContent => {
    if (child.type !== "element") return true;
    const props = child.properties;
    if (typeof props.style === "string") {
      const style = safeStyle(props.style);
      if (style === undefined) delete props.style;
      else props.style = style;
    }
    for (const name of cssValuedAttributes) {
      const property = find(svg, name).property;
      if (props[property] !== undefined && !safeCssValue(String(props[property]))) delete props[property];
    }
    // Inside an <svg role="img"> the drawing is one image: ARIA on its parts (Plot labels its
    // marks' <g>s) is prohibited there and only confuses screen readers.
    if (insideImage) {
      for (const key of Object.keys(props)) if (key === "role" || key.startsWith("aria")) delete props[key];
    }
    // an image whose source had to go would only show as broken
    if (child.tagName === "img" && props.src === undefined) return false;
    cleanAttributes(child, insideImage || (child.tagName === "svg" && props.role === "img"));
    return true;
  });
}

/**
 * Cleans HTML or SVG for inclusion in a page: elements, attributes and URL schemes from allow-lists
 * (no script, event handler, frame, form, `<style>` or `<foreignObject>`; links to http(s) and
 * mailto; images only as base64 data URLs; `<use>` only to `#fragment`s); `style` reduced to
 * declarations that cannot load anything or cover the page; content nested deeper than maxDepth
 * replaced by a marker.
 *
 * @example safeHtml('<svg onload="alert(1)"><script>x</script><path d="M0 0"/></svg>')
 * // => '<svg><path d="M0 0"></path></svg>'
 */
export function safeHtml(markup: string): string {
  const parsed = parseFragment(markup);
  cutDeepContent(parsed);
  const tree = sanitize(fromParse5(parsed), schema) as Root;
  cleanAttributes(tree, false);
  return toHtml(tree, { closeEmptyElements: true, characterReferences: { useNamedReferences: true } });
}
