/**
 * Astro writes page-relative asset URLs (`./_astro/…`) because of `build.assetsPrefix: '.'`
 * and all pages sit at the root. An LMS serves the package from a deep path it chooses, so any
 * root-absolute or protocol-relative reference would break there or leave the package.
 */
const ABSOLUTE_REFERENCE = /(?:\b(?:href|src|component-url|renderer-url|action|poster|srcset)\s*=\s*["']|url\(\s*["']?|\bimport\s*\(?\s*["']|\bfrom\s*["'])(\/[^"')\s]*)/g;

export interface AbsoluteUrl {
  file: string;
  url: string;
}

/** Every reference in HTML, CSS or JS text that starts with "/" (root-absolute or "//host"). */
export function findAbsoluteUrls(file: string, text: string): AbsoluteUrl[] {
  const references = [...text.matchAll(ABSOLUTE_REFERENCE)].map((match) => match[1]!);
  // Bundled JS can also build asset paths from plain strings (e.g. Vite's preload helper).
  const assetStrings = [...text.matchAll(/["'`](\/_astro\/[^"'`]*)/g)].map((match) => match[1]!);
  return [...new Set([...references, ...assetStrings])].map((url) => ({ file, url }));
}

/** Rewrites `/_astro/…` references of a page at the package root to `./_astro/…`. */
export function rewriteToRelativeUrls(html: string): string {
  return html.replace(/(["'(])\/_astro\//g, '$1./_astro/');
}

/** The site's links to other modules have no target inside a single-module package. */
export function stripSiteOnlyLinks(html: string): string {
  return html.replace(/<a\b[^>]*\bdata-site-only\b[^>]*>([\s\S]*?)<\/a>/g, '$1');
}

/** Tells the tracker which LMS API to look for (`API` or `API_1484_11`). */
export function stampScormVersion(html: string, version: string): string {
  return html.replace(/<html\b/, `<html data-scorm-version="${version}"`);
}

/**
 * Tells the tracker of a cmi5 package to look for a cmi5 launch only, and which AU it is: the
 * publisher id of cmi5.xml, which statements carry in contextActivities.grouping (cmi5 9.6.2.2).
 */
export function stampCmi5Au(html: string, publisherId: string): string {
  return openConnectionsForLaunch(html).replace(/<html\b/, `<html data-lms-standard="cmi5" data-cmi5-publisher-id="${publisherId}"`);
}

/**
 * The site's policy allows connections to the package's own origin only, and an LRS is almost
 * always elsewhere; a policy cannot be widened once the page has it, only narrowed. A cmi5 page
 * therefore allows http(s) connections in its built policy, and the adapter narrows them, before
 * its first request, to the origins the launch names (restrictConnectionsToLaunch): the rest of
 * the policy (scripts, styles, images, frames) stays as tight as in the SCORM packages.
 */
function openConnectionsForLaunch(html: string): string {
  if (!/<meta http-equiv="content-security-policy"/i.test(html)) return html;
  const policy = /(<meta http-equiv="content-security-policy" content="[^"]*?connect-src 'self')(;)/i;
  if (!policy.test(html)) throw new Error("a cmi5 page's Content-Security-Policy has no connect-src 'self' to widen for the LRS: the page could not report to it");
  return html.replace(policy, '$1 https: http:$2');
}
