/// <reference lib="webworker" />
import type { PrecacheEntry } from 'workbox-precaching';
import { serveAppShellOffline } from './app-shell.ts';
import { sendIdeasWhenOnline } from './idee-outbox-sync.ts';
import { pushOutboxWhenOnline } from './outbox-sync.ts';
import { serveResidentPagesOffline } from './resident-pages.ts';
import { waitForUserToApplyUpdates } from './update-control.ts';

// The service worker only wires its parts together; each part is a module of its own.
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

// The resident's idea form registers this file as /sw.js?resident for the /idee scope: then
// it keeps only those pages (resident-pages.ts), never the field app.
if (new URL(self.location.href).searchParams.has('resident')) {
  serveResidentPagesOffline(self);
} else {
  serveAppShellOffline(self.__WB_MANIFEST);
  waitForUserToApplyUpdates(self);
  pushOutboxWhenOnline(self);
}
sendIdeasWhenOnline(self);
