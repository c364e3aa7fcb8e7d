/**
 * The renderer is served from a custom, privileged `app://referat` origin
 * instead of `file://`: file URLs would give the page a null origin and the
 * run of the whole file system, and could not carry a CSP header.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'referat';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;
