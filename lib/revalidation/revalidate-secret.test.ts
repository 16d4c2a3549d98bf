import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { projectRoot } from '@/lib/env';
import { MIN_SECRET_LENGTH, resolveRevalidateSecret, secretFilePath } from './revalidate-secret';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDatabase(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bauyrlas-secret-'));
  dirs.push(dir);
  return path.join(dir, 'data', 'site.db');
}

describe('resolveRevalidateSecret', () => {
  test('a configured secret wins and no file is written', () => {
    const database = tempDatabase();
    const configured = 'a configured secret that is long enough';
    expect(resolveRevalidateSecret(configured, database)).toBe(configured);
    expect(() => statSync(secretFilePath(database))).toThrow();
  });

  test('without one, generates a private secret beside the database and keeps it', () => {
    const database = tempDatabase();
    const first = resolveRevalidateSecret(undefined, database);
    expect(first.length).toBeGreaterThanOrEqual(MIN_SECRET_LENGTH);
    const file = secretFilePath(database);
    expect(path.dirname(file)).toBe(path.dirname(database));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(resolveRevalidateSecret(undefined, database)).toBe(first);
    expect(readdirSync(path.dirname(file))).toEqual(['revalidate.secret']);
  });

  test('two databases in different folders get different secrets', () => {
    expect(resolveRevalidateSecret(undefined, tempDatabase())).not.toBe(resolveRevalidateSecret(undefined, tempDatabase()));
  });

  test('refuses a file too short to be a secret rather than trusting it', () => {
    const database = tempDatabase();
    resolveRevalidateSecret(undefined, database);
    writeFileSync(secretFilePath(database), 'short\n');
    expect(() => resolveRevalidateSecret(undefined, database)).toThrow(/no usable secret/);
  });

  test('processes racing to create it all end up with the same secret', async () => {
    const database = tempDatabase();
    const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
    const script = `import { resolveRevalidateSecret } from ${JSON.stringify(path.join(import.meta.dirname, 'revalidate-secret.ts'))};
      process.stdout.write(resolveRevalidateSecret(undefined, ${JSON.stringify(database)}));`;
    const runs = Array.from({ length: 4 }, () =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(tsx, ['--eval', script], { cwd: projectRoot });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      }),
    );
    const secrets = await Promise.all(runs);
    expect(new Set(secrets).size).toBe(1);
    expect(secrets[0]).toBe(readFileSync(secretFilePath(database), 'utf8').trim());
    expect(readdirSync(path.dirname(database))).toEqual(['revalidate.secret']);
  });
});
