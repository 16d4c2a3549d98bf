import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestDatabase } from '@/lib/testing/migrated-database';
import { freshTestDatabase } from '@/lib/testing/test-database';

let database: TestDatabase;

beforeAll(async () => {
  database = await freshTestDatabase('transactions');
});

afterAll(() => database.dispose());

describe('typed SQL inside a transaction', () => {
  test('runs in the transaction: it sees the transaction’s writes, and the transaction sees its own', async () => {
    await database.db.$transaction(async (tx) => {
      await tx.source.create({ data: { name: 'Wire' } });
      expect(await tx.$kysely.selectFrom('Source').select('name').execute()).toEqual([{ name: 'Wire' }]);
      await tx.$kysely.insertInto('Source').values({ name: 'Agency' }).execute();
      expect(await tx.source.count()).toBe(2);
    });
    expect(await database.db.source.count()).toBe(2);
  });

  test('is rolled back with the transaction', async () => {
    await expect(
      database.db.$transaction(async (tx) => {
        await tx.$kysely.insertInto('Source').values({ name: 'Rolled back' }).execute();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await database.db.source.findUnique({ where: { name: 'Rolled back' } })).toBeNull();
  });
});
