import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InviteUserRequestSchema, UpdateUserRequestSchema } from '../../src/shared/auth-api.ts';

const kern = '6f1c1f5e-2b1a-4c3d-9e8f-0a1b2c3d4e5f';
const invite = { email: 'nieuw@dalfsen.nl', displayName: 'Nieuw' };

describe('roles and kernen of an account change', () => {
  it('refuses a role or kern given twice, naming it', () => {
    const twice = v.safeParse(InviteUserRequestSchema, {
      ...invite,
      roles: ['teamleider', 'teamleider'],
    });
    expect(twice.issues?.[0]?.message).toBe('teamleider is listed twice');
    const kernTwice = v.safeParse(UpdateUserRequestSchema, { kernIds: [kern, kern] });
    expect(kernTwice.issues?.[0]?.message).toBe(`${kern} is listed twice`);
  });

  it('takes every role and kern once', () => {
    const roles = ['gebiedsverbinder', 'teamleider', 'beheerder'];
    expect(v.is(InviteUserRequestSchema, { ...invite, roles, kernIds: [kern] })).toBe(true);
    expect(v.is(UpdateUserRequestSchema, { roles })).toBe(true);
  });
});
