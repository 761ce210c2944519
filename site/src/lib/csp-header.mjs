/**
 * The Content-Security-Policy a host should send as a response header with every file of the site
 * (site/README.md, "Content-Security-Policy"), and what `serve-dist.mjs --csp-header` sends.
 *
 * The pages carry their policy as a <meta> (astro.config.mjs, `security.csp`), but a <meta> binds
 * only its document: a Web Worker started from a script URL is governed by the headers of that
 * script's own response, so without this header the playground's and the notebook pages' workers
 * run under no policy at all. Under it they do, and since they compile the core's WebAssembly,
 * its script-src has 'wasm-unsafe-eval' (which allows compiling WebAssembly, not JavaScript's
 * eval). A header can also say what a <meta> cannot: frame-ancestors. The pages have no inline
 * script or <style> (their external files are 'self'), so the header needs none of the <meta>'s
 * hashes; style attributes stay allowed as the <meta> allows them (KaTeX, Shiki).
 */
export const contentSecurityPolicyHeader = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
