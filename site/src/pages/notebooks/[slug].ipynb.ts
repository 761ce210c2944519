/**
 * The .ipynb files themselves, copied into the build so a reader can download and run them.
 */
import { readFileSync } from "node:fs";
import type { APIRoute, GetStaticPaths } from "astro";
import { listNotebooks } from "../../lib/notebooks";

export const getStaticPaths: GetStaticPaths = () =>
  listNotebooks().map((file) => ({ params: { slug: file.slug }, props: { path: file.path } }));

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.path as string), {
    headers: { "Content-Type": "application/x-ipynb+json" },
  });
