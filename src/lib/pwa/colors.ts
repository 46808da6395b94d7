/**
 * Colours of the browser UI around the app. They match src/app.css: the theme colour is the
 * header's `--surface`, the background the page's `--bg` (light and dark). The `<meta
 * name="theme-color">` tags in src/app.html and the web manifest (vite.config.ts) use these.
 */
export const THEME_COLOR_LIGHT = '#ffffff';
export const THEME_COLOR_DARK = '#1e1e1e';
export const BACKGROUND_COLOR_LIGHT = '#fbfaf7';
export const BACKGROUND_COLOR_DARK = '#121212';
