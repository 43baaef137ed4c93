/// <reference lib="webworker" />
import type { PrecacheEntry } from 'workbox-precaching';
import { serveAppShellOffline } from './app-shell.ts';
import { sendIdeasWhenOnline } from './idee-outbox-sync.ts';
import { pushOutboxWhenOnline } from './outbox-sync.ts';
import { waitForUserToApplyUpdates } from './update-control.ts';

// The service worker only wires its parts together; each part is a module of its own.
declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

serveAppShellOffline(self.__WB_MANIFEST);
waitForUserToApplyUpdates(self);
pushOutboxWhenOnline(self);
sendIdeasWhenOnline(self);
