/** Mantine's storage key and the default shared by the provider and the script run before paint. */
export const COLOR_SCHEME_KEY = 'mantine-color-scheme-value';
export const DEFAULT_COLOR_SCHEME = 'auto';
