/**
 * The resident's idea form registers this same worker file as `/sw.js?resident` for the scope
 * /idee only. In that role it keeps just the resident's pages — idee.html and the files it
 * names — not the field app's precache: a resident's phone on a weak line downloads some
 * 20 KB, never the connectors' app. The page opens offline after one visit; online, the
 * page comes from the network (a new release) unless that takes too long, then from here.
 */
const CACHE = 'noaber-idee-pages';
const PAGE = '/idee';
/** On a slow line the network gets this long before the kept page is shown instead. */
const NETWORK_WAIT_MS = 4000;

const isResidentPage = (url: URL) => url.pathname === PAGE || url.pathname.startsWith(`${PAGE}/`);

/** The page and every /assets/ file it names (its script chunks and style sheet). */
async function keepPage(response: Response): Promise<void> {
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new Error(`not the page: ${response.status}`);
  }
  const html = await response.clone().text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );
  const cache = await caches.open(CACHE);
  await cache.addAll(assets.filter(Boolean));
  await cache.put(PAGE, response);
}

async function page(request: Request): Promise<Response> {
  const network = fetch(request).then(async (response) => {
    if (response.ok) await keepPage(response.clone()).catch(() => undefined);
    return response;
  });
  const kept = await caches.match(PAGE);
  if (!kept) return network;
  const late = new Promise<Response>((resolve) => setTimeout(() => resolve(kept), NETWORK_WAIT_MS));
  return Promise.race([network.catch(() => kept), late]);
}

export function serveResidentPagesOffline(worker: ServiceWorkerGlobalScope): void {
  worker.addEventListener('install', (event) => {
    event.waitUntil(
      // The file itself: /idee is a page only for a request that accepts HTML.
      fetch('/idee.html', { cache: 'no-cache' })
        .then((response) => keepPage(response))
        .then(() => worker.skipWaiting()),
    );
  });
  worker.addEventListener('activate', (event) => {
    event.waitUntil(worker.clients.claim());
  });
  worker.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== worker.location.origin) return;
    if (event.request.mode === 'navigate' && isResidentPage(url)) {
      event.respondWith(page(event.request));
    } else if (url.pathname.startsWith('/assets/')) {
      // Hashed names: a kept file never changes.
      event.respondWith(caches.match(event.request).then((hit) => hit ?? fetch(event.request)));
    }
  });
}
