/**
 * Screenshots of the built site for a person to look at: the post, a notebook page and the index,
 * on a 375-px phone and a desktop, in light and dark.
 *
 *   node test/helpers/site-screenshots.ts [outDir=/tmp/activation-lab-shots]
 *
 * Serves site/dist (build it first) with the site's own serve script.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, scrollThrough } from "./site-browser.ts";
import { serveSite, siteDir } from "./site-build.ts";

const outDir = process.argv[2] ?? "/tmp/activation-lab-shots";
mkdirSync(outDir, { recursive: true });
const site = await serveSite(join(siteDir, "dist"));
const browser = await launchChromium();
const pages = (process.argv[3] ?? "activation-functions/,notebooks/01-sigmoid/,").split(",");
try {
  for (const scheme of ["light", "dark"] as const) {
    for (const [device, width] of [["phone", 375], ["desktop", 1100]] as const) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(new URL(path, site.url).href);
        await scrollThrough(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        const name = `${(path || "index").replace(/\//g, "_")}-${device}-${scheme}.png`;
        await page.screenshot({ path: join(outDir, name), fullPage: true });
        console.log(join(outDir, name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
