/** The language of a chart's default title, labels and description. */
export type Lang = "ko" | "en";

/** The languages a chart can be labelled in; "ko" is the default, as the post and notebooks. */
export const langs: readonly Lang[] = ["ko", "en"];
