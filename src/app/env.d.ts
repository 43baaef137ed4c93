/** The release from package.json, put in by vite.config.ts at build time. */
declare const __APP_VERSION__: string;
