/** A case's slug: kebab-case, as in its folder name and URL (`content/cases/<slug>/`, `/cases/<slug>`). */
export const CASE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
