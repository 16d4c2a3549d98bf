import { describe, expect, test } from 'vitest';
import { allowedMethods, decideMethod, pathOfTarget } from './http-methods';

describe('pathOfTarget', () => {
  test.each([
    ['/en', '/en'],
    ['/en/search?q=a', '/en/search'],
    ['/api/revalidate?x=1#y', '/api/revalidate'],
    ['http://example.org/api/revalidate?x', '/api/revalidate'],
    ['http://example.org', '/'],
    ['example.org:443', 'example.org:443'],
    [undefined, '/'],
    ['', '/'],
  ])('%s → %s', (target, path) => {
    expect(pathOfTarget(target)).toBe(path);
  });
});

describe('decideMethod', () => {
  const READ = ['GET', 'HEAD'];
  test.each([
    ['GET', '/kk', { action: 'pass' }],
    ['HEAD', '/en/articles/x', { action: 'pass' }],
    ['GET', '/_next/static/chunks/a.js', { action: 'pass' }],
    ['OPTIONS', '/en', { action: 'options', allow: READ }],
    ['POST', '/en', { action: 'refuse', allow: READ }],
    ['PUT', '/icon.svg', { action: 'refuse', allow: READ }],
    ['TRACE', '/xx/anything', { action: 'refuse', allow: READ }],
    ['PROPFIND', '/api/other', { action: 'refuse', allow: READ }],
    ['get', '/en', { action: 'refuse', allow: READ }],
    [undefined, '/en', { action: 'refuse', allow: READ }],
    ['POST', '/api/revalidate', { action: 'pass' }],
    ['GET', '/api/revalidate', { action: 'refuse', allow: ['POST'] }],
    ['HEAD', '/api/revalidate', { action: 'refuse', allow: ['POST'] }],
    ['OPTIONS', '/api/revalidate', { action: 'options', allow: ['POST'] }],
    ['DELETE', '/api/revalidate', { action: 'refuse', allow: ['POST'] }],
    // Only the exact endpoint takes POST: nothing beneath or beside it.
    ['POST', '/api/revalidate/', { action: 'refuse', allow: READ }],
    ['POST', '/api/revalidate/x', { action: 'refuse', allow: READ }],
    ['POST', '/API/revalidate', { action: 'refuse', allow: READ }],
  ] as const)('%s %s', (method, path, decision) => {
    expect(decideMethod(method, path)).toEqual(decision);
  });

  test('every address allows either reading or the one write', () => {
    expect(allowedMethods('/en')).toEqual(READ);
    expect(allowedMethods('/api/revalidate')).toEqual(['POST']);
  });
});
