/** Background Sync's event (WICG spec; Chromium only), which TypeScript's webworker lib lacks. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  /** The browser will not retry after this attempt. */
  readonly lastChance: boolean;
}

interface ServiceWorkerGlobalScopeEventMap {
  sync: SyncEvent;
}
