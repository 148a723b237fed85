/** Link safety: only https:, tel: and mailto: are ever rendered as links. */

const ALLOWED = new Set(['https:', 'tel:', 'mailto:']);

/** Returns the URL when its scheme is https:, tel: or mailto: (and it parses); otherwise null. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  // Reject control characters and whitespace inside the scheme, which browsers strip ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  if (!v || /[\u0000-\u001f\u007f]/.test(v)) return null;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  if (url.protocol === 'https:' && !url.hostname) return null;
  // "https://gemeente.nl@elders.example" reads as one site and opens another.
  if (url.username || url.password) return null;
  return url.href;
}

/**
 * A plain e-mail address check, for mailto: links made from data: one address, nothing more
 * (no "?bcc=…" or "&body=…" that a mailto: link would add unseen), a domain of labels with dots.
 */
export function isEmail(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9._+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,}$/i.test(value.trim());
}

/** Strips the scheme and a trailing slash for display: "https://www.fairwork.nu/" -> "www.fairwork.nu". */
export function displayUrl(href: string): string {
  return href.replace(/^https:\/\//, '').replace(/\/$/, '');
}
