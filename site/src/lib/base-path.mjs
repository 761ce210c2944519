/**
 * The base path the site is built for and served under, from SITE_BASE (e.g. `/activation-lab/`
 * for a GitHub Pages project site), always with a leading and a trailing slash; `/` by default.
 * astro.config.mjs builds with it and scripts/serve-dist.mjs serves with it.
 *
 * @param {string | undefined} value
 * @returns {string}
 * @example basePath("activation-lab") // => "/activation-lab/"
 */
export function basePath(value = process.env.SITE_BASE) {
  return `/${(value ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}
