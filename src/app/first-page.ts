/**
 * The address whose page the build prerenders (the key providers table at the console's root):
 * the browser hydrates it there. Every other address gets the same index.html; React renders over
 * it instead, and the head script hides its page part (a tenant's table under `/t/<id>/` keeps it).
 */
export const PRERENDERED_PATH = import.meta.env.BASE_URL;

export const isPrerenderedPath = (pathname: string) => pathname === PRERENDERED_PATH;

/** The addresses that show the key providers table (a fleet tenant's root included), as a regex source. */
export const providersPagePattern = (base: string) =>
  `^${base.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(t/[a-z0-9][a-z0-9-]*/)?$`;
