/**
 * An internal path prefixed with the configured base path (SITE_BASE), so the site works under a
 * sub-path such as /activation-lab/.
 *
 * @example withBase("/notebooks/") // => "/activation-lab/notebooks/" when SITE_BASE=/activation-lab/
 */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, "");
  return `${base}/${path.replace(/^\//, "")}`;
}
