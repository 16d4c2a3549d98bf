import { describe, expect, it } from 'vitest';
import { parseServerOptions } from './server-options';

describe('parseServerOptions', () => {
  it('defaults to the given port on every interface', () => {
    expect(parseServerOptions([], 3000)).toEqual({ port: 3000, hostname: undefined });
  });

  it('takes the short and long flags of next start', () => {
    expect(parseServerOptions(['-p', '4100', '-H', '127.0.0.1'], 3000)).toEqual({ port: 4100, hostname: '127.0.0.1' });
    expect(parseServerOptions(['--port=4200', '--hostname', '::1'], 3000)).toEqual({ port: 4200, hostname: '::1' });
  });

  it('rejects a port that is not one and unknown flags', () => {
    expect(() => parseServerOptions(['-p', 'eighty'], 3000)).toThrow(/invalid port/);
    expect(() => parseServerOptions(['-p', '70000'], 3000)).toThrow(/invalid port/);
    expect(() => parseServerOptions(['--turbo'], 3000)).toThrow();
  });
});
