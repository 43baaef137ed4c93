import { describe, expect, it } from 'vitest';
import { firstWrite, lastWriteOf, withWrite } from '../../src/server/sync-service/field-writes.ts';
import type { FieldWrite } from '../../src/server/store/store.ts';

const created = firstWrite(1, 'device-a', 'user-a');
const nameByB: FieldWrite = [5, 'device-b', 'user-b', ['name', 'updatedAt']];
const nameAndPhoneByC: FieldWrite = [9, 'device-c', 'user-c', ['name', 'phone', 'updatedAt']];

describe('field writes', () => {
  it('gives every field of a new record to its first write', () => {
    expect(lastWriteOf(created, 'name')).toEqual([1, 'device-a', 'user-a', []]);
    expect(lastWriteOf(created, 'anything')?.[0]).toBe(1);
  });

  it('gives a field to the last write that set it, and the rest to the first', () => {
    const writes = withWrite(withWrite(created, nameByB), [7, 'device-c', 'user-c', ['phone']]);
    const seqOf = (field: string) => lastWriteOf(writes, field)?.[0];
    expect([seqOf('name'), seqOf('updatedAt'), seqOf('phone'), seqOf('email')]).toEqual([
      5, 5, 7, 1,
    ]);
  });

  it('drops a later write once every field it named is set again, never the first', () => {
    const writes = withWrite(withWrite(created, nameByB), nameAndPhoneByC);
    expect(writes).toEqual([created[0], nameAndPhoneByC]);
  });

  it('keeps a field named by one write only, whatever the order of writes', () => {
    const migrated: FieldWrite[] = [
      [1, 'device-a', 'user-a', ['id', 'email']],
      [3, 'device-b', 'user-b', ['name']],
    ];
    const writes = withWrite(migrated, [4, 'device-a', 'user-a', ['email']]);
    expect(writes).toEqual([
      [1, 'device-a', 'user-a', ['id']],
      [3, 'device-b', 'user-b', ['name']],
      [4, 'device-a', 'user-a', ['email']],
    ]);
  });

  it('finds no write for a record the server made itself', () => {
    expect(lastWriteOf([], 'name')).toBeUndefined();
  });
});
