import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** The blog post(s): MDX entries whose front matter is checked at build time. */
const post = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./src/content/post" }),
  schema: z.object({
    title: z.string().min(1),
    /** one sentence for meta description and Open Graph; taken from the post's own text */
    description: z.string().min(1),
    date: z.coerce.date(),
    category: z.array(z.string()).default([]),
    lang: z.literal("ko").default("ko"),
  }),
});

export const collections = { post };
