/**
 * The post's sections that have a figure and a notebook: which activations the figure draws,
 * which control its island offers, and which notebook answers the section's question. Keyed by
 * the `section` prop of <ActivationFigure>; the post and the notebook pages both read it, so the
 * links between them cannot drift apart.
 */
export interface PostSection {
  /** the `section` prop of <ActivationFigure>, also the figure's element id (`figure-<key>`) */
  key: string;
  /** the section's number in the post ("🔹 N."), used to find its heading's id */
  number: number;
  /** the notebook's file name without `.ipynb` */
  notebook: string;
  /** short Korean title for the notebook list */
  title: string;
}

export const postSections = [
  { key: "sigmoid", number: 1, notebook: "01-sigmoid", title: "Sigmoid" },
  { key: "tanh", number: 2, notebook: "02-tanh", title: "Tanh" },
  { key: "relu", number: 3, notebook: "03-relu", title: "ReLU" },
  { key: "leaky-relu-prelu", number: 4, notebook: "04-leaky-relu-prelu", title: "Leaky ReLU / PReLU" },
  { key: "elu", number: 5, notebook: "05-elu", title: "ELU" },
  { key: "swish", number: 6, notebook: "06-swish", title: "Swish" },
  { key: "gelu", number: 7, notebook: "07-gelu", title: "GELU" },
  { key: "geglu-swiglu", number: 8, notebook: "08-geglu-swiglu", title: "GEGLU / SwiGLU" },
  { key: "comparison", number: 9, notebook: "09-comparison", title: "최종 비교표" },
] as const satisfies readonly PostSection[];

export type SectionKey = (typeof postSections)[number]["key"];

/** The section with this key. */
export function sectionByKey(key: SectionKey): PostSection {
  return postSections.find((section) => section.key === key)!;
}

/** The section whose notebook is `notebook` (file name without `.ipynb`), if any. */
export function sectionByNotebook(notebook: string): PostSection | undefined {
  return postSections.find((section) => section.notebook === notebook);
}

/** The post's URL path (without the base). */
export const postPath = "/activation-functions/";
