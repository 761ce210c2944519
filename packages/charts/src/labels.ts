/** The language of a chart's default title, labels and description. */
export type Lang = "ko" | "en";

/** The languages a chart can be labelled in; "ko" is the default, as the post and notebooks. */
export const langs: readonly Lang[] = ["ko", "en"];

/** Picks the string for `lang` from a `{ ko, en }` pair. */
export function pick(lang: Lang, text: { readonly ko: string; readonly en: string }): string {
  return text[lang];
}
