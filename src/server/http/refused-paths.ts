/**
 * Paths outside /api/ the server never answers with a file or with the app shell, whatever
 * lies in the static folder: dotfiles and dot folders (Vite's .vite/manifest.json), any path
 * that climbs with `..` (also percent-encoded), and source maps. Vite still writes the maps
 * (hidden: the bundles do not point at them) so that a stack trace from a log can be read
 * against the build; the public has no use for them. Such a path answers 404 in the API
 * error shape, even to a browser asking for a page.
 */
export function isRefusedStaticPath(path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  if (decoded.includes('\0')) return true;
  const segments = decoded.split(/[/\\]/);
  if (segments.some((segment) => segment.startsWith('.'))) return true;
  return segments.at(-1)?.toLowerCase().endsWith('.map') ?? false;
}
