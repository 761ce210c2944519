/**
 * The post's heading of each section ("🔹 N. …", "📊 최종 비교표"), for links into the post from
 * the index and the notebook pages. Found by the section's number, so a heading's wording (and
 * the id made from it) can change without breaking the links.
 */

import { getEntry, render } from "astro:content";
import type { MarkdownHeading } from "astro";
import { type PostSection, postSections } from "./sections";

export async function sectionHeadings(): Promise<Map<PostSection["key"], MarkdownHeading>> {
  const post = await getEntry("post", "activation-functions");
  const headings = post ? (await render(post)).headings.filter((h) => h.depth === 2) : [];
  const found = new Map<PostSection["key"], MarkdownHeading>();
  for (const section of postSections) {
    const heading = headings.find((h) =>
      section.number <= 8 ? h.text.includes(`${section.number}.`) : h.text.includes("최종 비교표"),
    );
    if (heading) found.set(section.key, heading);
  }
  return found;
}
