import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';

/** What the module named to prerenderFirstScreen exports. */
interface FirstScreenModule {
  renderFirstScreen: () => Promise<string>;
}

const EMPTY_ROOT = '<div id="app"></div>';

/**
 * Writes the field app's first screen into index.html at build time, so a first visit shows a
 * sign-in form the moment the page arrives: on a 3G line the app's scripts come one round trip
 * (0.6 s on Fast 3G, 2 s on Slow 3G) and their bytes later. The app then takes the form over
 * (hydrates it) without losing what was typed (src/app/first-screen/).
 *
 * The screen is rendered by the app's own components in Node, through Vite's SSR module
 * loading and preact-render-to-string: one source for the markup, never a copy to keep in step.
 */
export function prerenderFirstScreen(options: { module: string; page: string }): Plugin {
  let root = process.cwd();
  let define: Record<string, unknown> = {};
  return {
    name: 'noaber:prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      define = config.define ?? {};
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, context) {
        if (context.path !== options.page) return html;
        if (!html.includes(EMPTY_ROOT)) {
          throw new Error(`${options.page} has no ${EMPTY_ROOT} to render the first screen into`);
        }
        const server = await createServer({
          root,
          configFile: false,
          logLevel: 'error',
          appType: 'custom',
          define,
          server: { middlewareMode: true, hmr: false, ws: false },
          plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
        });
        try {
          const module = (await server.ssrLoadModule(options.module)) as FirstScreenModule;
          const markup = await module.renderFirstScreen();
          return html.replace(EMPTY_ROOT, `<div id="app">${markup}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
