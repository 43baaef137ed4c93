/**
 * The Host header values that reach a tenant: one of its host names, in any case, with or
 * without a port (a proxy may pass `noaber.dalfsen.nl:443`). Fastify's router matches the
 * whole header against it (its `host` route constraint).
 */
export function hostPattern(hosts: readonly string[]): RegExp {
  const names = hosts.map((host) => host.replaceAll('.', '\\.')).join('|');
  return new RegExp(`^(?:${names})(?::\\d{1,5})?$`, 'i');
}
