import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/paths.ts';

type Yaml = Record<string, unknown>;

const publiccode = parse(readFileSync(join(PROJECT_ROOT, 'publiccode.yml'), 'utf8')) as Yaml;
const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Yaml;

/** Keys the publiccode.yml standard (0.4) requires. */
const REQUIRED_TOP_LEVEL = [
  'publiccodeYmlVersion',
  'name',
  'url',
  'platforms',
  'developmentStatus',
  'softwareType',
  'description',
  'legal',
  'maintenance',
  'localisation',
] as const;
const REQUIRED_PER_LANGUAGE = ['shortDescription', 'longDescription', 'features'] as const;

describe('publiccode.yml', () => {
  it('has every key the standard requires', () => {
    for (const key of REQUIRED_TOP_LEVEL) expect(publiccode, key).toHaveProperty(key);
    expect(publiccode['publiccodeYmlVersion']).toBe('0.4');
    expect(() => new URL(publiccode['url'] as string)).not.toThrow();
    expect(publiccode['platforms']).toEqual(expect.arrayContaining(['web']));
    expect(['concept', 'development', 'beta', 'stable', 'obsolete']).toContain(
      publiccode['developmentStatus'],
    );
  });

  it('describes the product in Dutch and English within the standard limits', () => {
    const description = publiccode['description'] as Record<string, Yaml>;
    for (const language of ['nl', 'en']) {
      const text = description[language];
      expect(text, language).toBeDefined();
      for (const key of REQUIRED_PER_LANGUAGE)
        expect(text, `${language}.${key}`).toHaveProperty(key);
      expect((text!['shortDescription'] as string).length).toBeLessThanOrEqual(150);
      const long = (text!['longDescription'] as string).length;
      expect(long).toBeGreaterThanOrEqual(150);
      expect(long).toBeLessThanOrEqual(10_000);
      expect((text!['features'] as string[]).length).toBeGreaterThan(0);
    }
  });

  it('agrees with package.json on licence and version', () => {
    expect((publiccode['legal'] as Yaml)['license']).toBe('EUPL-1.2');
    expect(packageJson['license']).toBe('EUPL-1.2');
    expect(publiccode['softwareVersion']).toBe(packageJson['version']);
  });

  it('names a maintenance type and, for internal maintenance, a contact', () => {
    const maintenance = publiccode['maintenance'] as Yaml;
    expect(['internal', 'contract', 'community', 'none']).toContain(maintenance['type']);
    if (maintenance['type'] === 'internal') {
      expect((maintenance['contacts'] as unknown[]).length).toBeGreaterThan(0);
    }
    const localisation = publiccode['localisation'] as Yaml;
    expect(localisation['localisationReady']).toBe(true);
    expect(localisation['availableLanguages']).toEqual(['nl', 'en']);
  });
});
