import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { CHUNK_GROUPS } from './src/build/chunk-groups.ts';
import { prerenderFirstScreen } from './src/build/prerender-first-screen.ts';

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** The built files that are text and so get a .br and a .gz (test/build/precompressed.test.ts). */
const PRECOMPRESSED = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

/**
 * vite-plugin-pwa writes sw.js (with the precache list injected) after the bundle is closed,
 * where vite-plugin-compression2 no longer looks. This step runs after it and writes sw.js.br
 * and sw.js.gz with Node's own encoders at the same settings as the plugin.
 */
function precompressServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'noaber:precompress-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const file = join(outDir, 'sw.js');
        if (!existsSync(file)) return;
        const source = readFileSync(file);
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(source, {
            params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(source, { level: zlib.Z_BEST_COMPRESSION }));
      },
    },
  };
}

/**
 * A first visit is always signed out, so its first screen is the sign-in screen, a lazy chunk
 * (src/app/routes.ts keeps screens out of the initial JS). Without a hint the browser finds it
 * only after the entry ran: one more round trip, 0.6 s on Fast 3G. These modulepreload links
 * fetch it (and what it imports) beside the entry instead; later visits take it from the
 * precache.
 */
function preloadFirstScreen(modulePath: string): Plugin {
  return {
    name: 'noaber:preload-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const bundle = context.bundle;
        // The field app's page only: the resident's page (idee.html) loads none of it.
        if (!bundle || context.path !== '/index.html') return [];
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const entry = context.chunk ?? chunks.find((chunk) => chunk.isEntry);
        const screen = chunks.find((chunk) =>
          chunk.moduleIds.some((id) => id.endsWith(modulePath)),
        );
        if (!entry || !screen) throw new Error(`no chunk for ${modulePath} to preload`);
        const closure = (start: string, seen = new Set<string>()): Set<string> => {
          if (seen.has(start)) return seen;
          seen.add(start);
          for (const imported of byName.get(start)?.imports ?? []) closure(imported, seen);
          return seen;
        };
        const loadedAnyway = closure(entry.fileName);
        return [...closure(screen.fileName)]
          .filter((file) => !loadedAnyway.has(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** The backend `npm run dev` talks to; `npm run dev:server` starts it on this port. */
const DEV_API_TARGET = process.env['NOABER_API'] ?? 'http://localhost:8080';

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
  },
  plugins: [
    preact({ prerender: { enabled: false } }),
    prerenderFirstScreen({ module: '/src/app/first-screen/prerender.tsx', page: '/index.html' }),
    preloadFirstScreen('src/app/auth/SignInScreen.tsx'),
    VitePWA({
      // The user decides when a new version applies: never reload a half-typed form.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectManifest: {
        // The plugin adds manifest.webmanifest itself. No PNG: the icons are for installing
        // (the browser fetches them itself then) and for the home screen, never for a screen
        // of the app, and they were 17 KB of a first visit on a 3G line.
        globPatterns: ['**/*.{js,css,html,svg,woff2}'],
      },
      // The icons stay out of the precache (globPatterns).
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
    // Every text file gets a .br and a .gz beside it, written once here at the highest level
    // (brotli 11, gzip 9); the server sends them as they are (app-shell.ts). PNG icons are
    // compressed already. Each file gets both even when tiny, so the rule has no exceptions.
    compression({
      include: PRECOMPRESSED,
      exclude: /(^|\/)\.vite\//,
      algorithms: ['brotliCompress', 'gzip'],
      skipIfLargerOrEqual: false,
      logLevel: 'silent',
    }),
    precompressServiceWorker(),
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
      output: {
        codeSplitting: CHUNK_GROUPS,
        // A group's chunk is named by the group ("start", "screens"), not by every part of the
        // app that shares it: those names ran to a hundred characters in every precache list.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0] ?? 'chunk'}-[hash].js`,
      },
    },
  },
  server: {
    proxy: { '/api': DEV_API_TARGET },
  },
});
