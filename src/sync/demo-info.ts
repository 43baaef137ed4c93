import * as v from 'valibot';
import { DEMO_PATH, DemoInfoSchema, type DemoAccount } from '../shared/demo-api.ts';
import { requestJson } from './api-client.ts';

/**
 * The demo accounts a demo server offers on its sign-in page. Loaded lazily by that page, so
 * the first screen carries none of it; any failure (a real server answers 404, or offline)
 * simply means: no demo accounts to show.
 */
export async function fetchDemoAccounts(): Promise<DemoAccount[]> {
  try {
    return v.parse(DemoInfoSchema, await requestJson(DEMO_PATH)).accounts;
  } catch {
    return [];
  }
}
