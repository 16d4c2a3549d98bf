import { describe, expect, it } from 'vitest';
import { parseBenchFlags } from './bench-flags';

describe('parseBenchFlags', () => {
  it('defaults to 20,000 documents, every step, 10 connections for 10 s in two slices, no stretch', () => {
    const flags = parseBenchFlags([]);
    expect(flags).toMatchObject({ count: 20_000, stretch: false, stretchCount: 100_000, connections: 10, seconds: 10, slices: 2, port: 3140, skipBuild: false });
    expect([...flags.steps]).toEqual(['ingest', 'queries', 'pages']);
  });

  it('reads switches and valued flags in any order', () => {
    const flags = parseBenchFlags(['--seconds', '4', '--stretch', '--steps', 'pages', '--port', '3999', '--skip-build']);
    expect(flags).toMatchObject({ seconds: 4, stretch: true, port: 3999, skipBuild: true });
    expect([...flags.steps]).toEqual(['pages']);
  });

  it('refuses unknown flags and steps, and counts that are not positive integers', () => {
    expect(() => parseBenchFlags(['--fast', '1'])).toThrow(/unknown flag --fast/);
    expect(() => parseBenchFlags(['--steps', 'ingest,render'])).toThrow(/unknown step render/);
    expect(() => parseBenchFlags(['--count', '2.5'])).toThrow(/--count must be an integer/);
    expect(() => parseBenchFlags(['--count', '0'])).toThrow(/--count must be an integer/);
    expect(() => parseBenchFlags(['--seconds'])).toThrow(/unknown argument --seconds/);
  });
});
