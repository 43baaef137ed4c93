import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** The backend `npm run dev` talks to; `npm run dev:server` starts it on this port. */
const DEV_API_TARGET = process.env['NOABER_API'] ?? 'http://localhost:8080';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  plugins: [
    preact({ prerender: { enabled: false } }),
    VitePWA({
      // The user decides when a new version applies: never reload a half-typed form.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectManifest: {
        // The plugin adds manifest.webmanifest itself.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
      },
      // globPatterns already lists the icons; adding them again would duplicate precache entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Noaber',
        short_name: 'Noaber',
        description:
          'Voor gebiedsverbinders: bezoeken, contacten en inwonersinitiatieven bijhouden, ook zonder internet.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#154273',
        background_color: '#ffffff',
        categories: ['productivity', 'government'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Maps are written for reading a production stack trace against this build, but the
    // bundles do not point at them and the server never serves *.map (refused-paths.ts).
    sourcemap: 'hidden',
    // dist/.vite/manifest.json: the chunk graph the size budget reads to find the initial JS.
    manifest: true,
    // The polyfill only makes modulepreload work in browsers without it (Safari before 17,
    // which still load every chunk, just without the head start). With two pages it became a
    // chunk of its own on both pages' first load; without it both pages start smaller.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // Two pages: the field app, and the resident's idea form with its status page (its
      // own small entry: none of the field app's code, Dexie or screens).
      input: { index: 'index.html', idee: 'idee.html' },
    },
  },
  server: {
    proxy: { '/api': DEV_API_TARGET },
  },
});
