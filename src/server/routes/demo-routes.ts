import type { FastifyInstance } from 'fastify';
import { DEMO_PATH, type DemoInfo } from '../../shared/demo-api.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-accounts.ts';
import type { Store } from '../store/store.ts';

/**
 * The demo accounts for the sign-in page. Registered only in demo mode (NOABER_DEMO=1), so
 * any other server answers 404 like for every unknown API path. Lists only accounts that
 * exist and are active: a demo database someone changed shows what still works.
 */
export function registerDemoRoutes(app: FastifyInstance, deps: { store: Store }): void {
  app.get(DEMO_PATH, { config: { access: 'public' } }, async (_request, reply) => {
    const accounts: DemoInfo['accounts'] = [];
    for (const seed of DEMO_ACCOUNTS.filter((shown) => shown.shown)) {
      const user = await deps.store.users.findByEmail(seed.email);
      if (user?.status !== 'active') continue;
      accounts.push({
        email: user.email,
        password: DEMO_PASSWORD,
        displayName: user.displayName,
        role: seed.role,
      });
    }
    const info: DemoInfo = { accounts };
    return reply.send(info);
  });
}
