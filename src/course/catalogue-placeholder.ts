/**
 * The catalogue (pages/docent.astro) renders each package table with an empty body carrying
 * this attribute, set to a module id or "cursus"; integration/catalogue-downloads.ts fills the
 * rows once the zips exist. One name, so page and filler cannot drift apart.
 */
export const PACKAGE_ROWS_ATTRIBUTE = 'data-package-rows';
/** The set of the whole-course packages. */
export const WHOLE_COURSE_SET = 'cursus';
/** The catalogue's file at the site root. */
export const CATALOGUE_PAGE = 'docent.html';
