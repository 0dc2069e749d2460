/** Small readers of built HTML, for text the bench compares with what the browser shows. */

export function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

/** The entities Astro and our floor pages write, decoded; white space collapsed as textContent is compared. */
export function decodeText(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The h1's text as the browser reads it (textContent, white space collapsed). */
export function headingOf(html: string): string {
  return decodeText(stripTags(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? ''));
}

/** Characters of text in the page body, scripts, styles and data blocks left out. */
export function visibleTextLength(html: string): number {
  const body = /<body[^>]*>(.*)<\/body>/s.exec(html)?.[1] ?? html;
  return decodeText(stripTags(body.replace(/<(script|style|template)\b.*?<\/\1>/gs, ''))).length;
}
