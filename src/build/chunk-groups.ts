/**
 * How the field app's code is cut into files. Left to itself the bundler made some 120 chunks,
 * most under 500 bytes: on HTTP/1.1 a browser fetches six at a time, so the first screen came
 * in two waves of round trips (0.6 s each on Fast 3G), and each file cost some 400 bytes of
 * headers and its own compression dictionary. These groups make a few files per part of the
 * app instead, each loaded when that part is first needed:
 *
 * - the page's own start (entry, Preact, Dutch words), kept apart per page (index, idee);
 * - the sign-in screen, which a first visit takes over from the prerendered page;
 * - a signed-in account's start: its database (Dexie), sync and Vandaag;
 * - the update prompt (it registers the service worker);
 * - the teamleider's Overzicht, beheer, the AVG screens, the English words;
 * - every other screen.
 *
 * A group takes the modules its test names and what they import that no earlier group took.
 */
const AREAS: { name: string; test: RegExp }[] = [
  // With the demo accounts it offers on a demo server: left to "screens", that one small
  // import made every first visit load the whole app beside the sign-in form.
  {
    name: 'sign-in',
    test: /[\\/]src[\\/](app[\\/]auth[\\/]SignInScreen\.tsx|sync[\\/]demo-info\.ts)$/,
  },
  { name: 'signed-in', test: /[\\/]src[\\/]app[\\/]SignedInApp\.tsx$/ },
  // The update prompt, which registers the worker once the first screen is usable: with the
  // other screens it made every start load (and parse) the whole app.
  { name: 'update', test: /[\\/]src[\\/]app[\\/]pwa[\\/]UpdatePrompt\.tsx$/ },
  { name: 'overview', test: /[\\/]src[\\/]app[\\/]overview[\\/]/ },
  { name: 'admin', test: /[\\/]src[\\/]app[\\/](admin[\\/]|i18n[\\/]admin-)/ },
  { name: 'privacy', test: /[\\/]src[\\/]app[\\/]privacy[\\/]/ },
  { name: 'english', test: /[\\/]src[\\/]app[\\/]i18n[\\/][\w-]*-en\.ts$/ },
  { name: 'screens', test: /[\\/]src[\\/]/ },
];

/** The resident's page: its modules stay out of every group (src/idee/, and what it imports). */
const RESIDENT_ENTRY = /[\\/]src[\\/]idee[\\/]/;

interface ModuleGraph {
  getModuleInfo: (
    id: string,
  ) => { importers: readonly string[]; dynamicImporters: readonly string[] } | null;
}

/**
 * Whether the resident's page can reach this module (imports it, now or later). Such a module
 * stays in the bundler's own chunking: in a group it would make the resident's phone load a
 * file of the field app (the group "screens" once took src/idee/main.ts with it, and ran it).
 */
function residentModule(graph: ModuleGraph, id: string, seen = new Set<string>()): boolean {
  if (RESIDENT_ENTRY.test(id)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  const info = graph.getModuleInfo(id);
  if (!info) return false;
  return [...info.importers, ...info.dynamicImporters].some((importer) =>
    residentModule(graph, importer, seen),
  );
}

/** The group's name for a module of the field app only; none (null) for a resident's one. */
const fieldAppOnly =
  (name: string) =>
  (id: string, graph: ModuleGraph): string | null =>
    residentModule(graph, id) ? null : name;

/** A module of both pages (a shared schema, a library): in "common", which both import. */
const sharedModule = (id: string, graph: ModuleGraph): string | null =>
  !RESIDENT_ENTRY.test(id) && residentModule(graph, id) ? 'common' : null;

export const CHUNK_GROUPS = {
  groups: [
    // First: what the resident's page shares with the field app. Left to the bundler, such a
    // module went into the resident's entry chunk, and a field-app screen importing it ran
    // the resident's page (src/idee/main.ts).
    { name: sharedModule, debugName: 'common', priority: AREAS.length + 2 },
    // What a page needs before anything runs: one file per page (index.html, idee.html).
    {
      name: fieldAppOnly('start'),
      debugName: 'start',
      tags: ['$initial' as const],
      entriesAware: true,
      entriesAwareMergeThreshold: 20000,
      priority: AREAS.length + 1,
    },
    ...AREAS.map((area, index) => ({
      test: area.test,
      name: fieldAppOnly(area.name),
      debugName: area.name,
      priority: AREAS.length - index,
    })),
  ],
};
