import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HeldResponse } from '../document-finisher/hold-response';
import type { RequestHandler } from '../request-handler';
import { readNotFoundDocuments, withNotFoundBody, withNotFoundDocuments } from './not-found-document';

const KK_DOCUMENT = Buffer.from('<!DOCTYPE html><html lang="kk"><head><title>404: бет табылмады · Bauyrlas</title></head><body><h1>Бет табылмады</h1></body></html>');
const EMPTY_SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body></body></html>';

function held(status: number, contentType: string, body = EMPTY_SHELL): HeldResponse {
  return { status, headers: { 'content-type': contentType, 'content-length': String(body.length) }, body: Buffer.from(body) };
}

describe('withNotFoundBody', () => {
  it.each([
    { name: 'a 404 page gets the document', response: held(404, 'text/html; charset=utf-8'), pathname: '/kk/entities/none', replaced: true },
    { name: 'the not-found page itself is a 404', response: held(200, 'text/html; charset=utf-8', 'page'), pathname: '/kk/404', replaced: true },
    { name: 'a found page passes', response: held(200, 'text/html; charset=utf-8', 'page'), pathname: '/kk/entities/almaty', replaced: false },
    { name: 'a 404 flight response (client navigation) passes', response: held(404, 'text/x-component'), pathname: '/kk/entities/none', replaced: false },
    { name: 'a server error passes', response: held(500, 'text/html'), pathname: '/kk/entities/none', replaced: false },
  ])('$name', ({ response, pathname, replaced }) => {
    const result = withNotFoundBody(response, pathname, KK_DOCUMENT, 'kk');
    if (replaced) {
      expect(result.status).toBe(404);
      expect(result.body.toString()).toContain('Бет табылмады');
      expect(result.headers['content-length']).toBeUndefined();
      expect(result.headers['cache-control']).toContain('no-store');
    } else {
      expect(result).toBe(response);
    }
  });
});

describe('readNotFoundDocuments', () => {
  it('reads each locale prerendered by the build and leaves out a missing one', () => {
    const buildDir = mkdtempSync(path.join(tmpdir(), 'not-found-'));
    mkdirSync(path.join(buildDir, 'server', 'app', 'kk'), { recursive: true });
    writeFileSync(path.join(buildDir, 'server', 'app', 'kk', '404.html'), KK_DOCUMENT);
    const documents = readNotFoundDocuments(buildDir, ['kk', 'ru']);
    expect([...documents.keys()]).toEqual(['kk']);
    expect(documents.get('kk')?.equals(KK_DOCUMENT)).toBe(true);
  });
});

describe('withNotFoundDocuments', () => {
  const fakeNext: RequestHandler = (req, res) => {
    const found = req.url === '/kk' || req.url === '/xx/none';
    res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(found ? 'page' : EMPTY_SHELL);
  };

  async function get(target: string, method = 'GET'): Promise<{ status: number; body: string }> {
    const handle = withNotFoundDocuments(fakeNext, { documents: new Map([['kk', KK_DOCUMENT]]) });
    const server = createServer((req, res) => void handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port, path: target, method }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        });
        request.on('error', reject);
        request.end();
      });
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  it('sends the locale document with status 404 for a missing page under the locale', async () => {
    const reply = await get('/kk/articles/none?x=1');
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('<h1>Бет табылмады</h1>');
  });

  it('leaves found pages, other locales and other methods alone', async () => {
    expect(await get('/kk')).toEqual({ status: 200, body: 'page' });
    expect((await get('/ru/articles/none')).body).toBe(EMPTY_SHELL);
    expect((await get('/kk/articles/none', 'HEAD')).status).toBe(404);
  });
});
