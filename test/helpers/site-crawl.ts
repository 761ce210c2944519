/**
 * A link checker for the built site: follows every same-origin href and src from the start page,
 * and reports each link that does not answer 200 or whose #fragment names no element on its page.
 */

export interface BrokenLink {
  from: string;
  to: string;
  reason: string;
}

const tagPattern = /<([a-zA-Z][\w:-]*)\s([^>]*)>/g;
const urlAttributePattern = /(?:^|\s)(?:href|src|xlink:href)="([^"]+)"/g;
const idPattern = /\sid="([^"]+)"/g;

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Crawls from `start` (a page URL); returns the pages visited and the broken links found. */
export async function crawl(start: string): Promise<{ pages: string[]; broken: BrokenLink[] }> {
  const origin = new URL(start).origin;
  const pages = new Map<string, Set<string>>(); // page URL → ids on it
  const links: { from: string; to: URL }[] = [];
  const broken: BrokenLink[] = [];
  const queue = [start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await fetch(url, { redirect: "manual" });
    if (response.status !== 200) continue; // reported below, with the page that links here
    const type = response.headers.get("content-type") ?? "";
    if (!type.startsWith("text/html")) {
      await response.arrayBuffer();
      continue;
    }
    const html = await response.text();
    pages.set(url, new Set([...html.matchAll(idPattern)].map((m) => decodeEntities(m[1]!))));
    const targets = [...html.matchAll(tagPattern)]
      // the canonical URL names the deployed site (SITE_URL), not this server: the browser never loads it
      .filter(([, tag, attributes]) => !(tag === "link" && /rel="canonical"/.test(attributes!)))
      .flatMap(([, , attributes]) => [...attributes!.matchAll(urlAttributePattern)].map((m) => m[1]!));
    for (const value of targets) {
      const raw = decodeEntities(value);
      if (/^(mailto|data|javascript):/i.test(raw)) continue;
      const to = new URL(raw, url);
      if (to.origin !== origin) {
        broken.push({ from: url, to: to.href, reason: "another origin" });
        continue;
      }
      links.push({ from: url, to });
      const target = to.href.replace(/#.*$/, "");
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const status = new Map<string, number>();
  for (const { from, to } of links) {
    const target = to.href.replace(/#.*$/, "");
    if (!status.has(target)) {
      status.set(
        target,
        pages.has(target) ? 200 : (await fetch(target, { method: "HEAD", redirect: "manual" })).status,
      );
    }
    if (status.get(target) !== 200) {
      broken.push({ from, to: to.href, reason: `status ${status.get(target)}` });
    } else if (to.hash && pages.has(target)) {
      const id = decodeURIComponent(to.hash.slice(1));
      if (!pages.get(target)!.has(id))
        broken.push({ from, to: to.href, reason: `no element with id "${id}"` });
    }
  }
  return { pages: [...pages.keys()], broken };
}
