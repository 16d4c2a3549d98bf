import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPluralNounsAfterCounts } from './kazakh-count-nouns';
import { compareMessageCatalogues, findUnusedKeys } from './message-parity';

// Fails when the message files of the locales differ in keys, a key is used nowhere in the code, or a
// Kazakh count message puts a plural noun after its number.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const messagesDir = path.join(root, 'messages');
const catalogues = Object.fromEntries(
  readdirSync(messagesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [path.basename(file, '.json'), JSON.parse(readFileSync(path.join(messagesDir, file), 'utf8'))]),
);

const problems = compareMessageCatalogues(catalogues);
const reference = catalogues.en;
if (reference) problems.push(...findUnusedKeys(reference, readSources(root)).map((key) => `unused key: ${key}`));
if (catalogues.kk) problems.push(...findPluralNounsAfterCounts(catalogues.kk));

if (problems.length > 0) {
  console.error(`Message check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Messages: ${Object.keys(catalogues).join(', ')} have the same keys, every key is used, and Kazakh counts take singular nouns.`);

function readSources(dir: string): string {
  const skip = new Set(['node_modules', '.next', 'generated', 'data', 'messages', 'test-results', '.git']);
  let text = '';
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) text += readSources(full);
    else if (/\.(tsx?|mts)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) text += readFileSync(full, 'utf8');
  }
  return text;
}
