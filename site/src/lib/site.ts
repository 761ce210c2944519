/** The site's name, in the header, the <title> and Open Graph tags. */
export const siteTitle = "Activation Lab";
