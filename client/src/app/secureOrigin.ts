/**
 * Whether this page may run the app. Outside a secure context (http:// on anything but
 * localhost) the browser withholds the service worker, crypto.subtle and persistent storage, so
 * the app could neither work offline nor hash photos: it shows InsecureOriginPage instead.
 */
export function isSecureOrigin(page: { isSecureContext?: boolean } = window): boolean {
  return page.isSecureContext !== false;
}

/**
 * The HTTPS address of the same host on the default port, where the server serves HTTPS
 * (issue 12). A town may map another port; the page tells users to ask the administrator then.
 * `hostname` keeps an IPv6 address's brackets, so it is a valid URL host as is.
 */
export function httpsAddress(location: { hostname: string }): string {
  return `https://${location.hostname}/`;
}
