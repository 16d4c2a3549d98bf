import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { MentionVolumeTable, type MentionVolumeTableProps } from './mention-volume-table';
import { SERIES_COLORS } from './series-colors';

const props: MentionVolumeTableProps = {
  months: ['2026-01', '2026-02'],
  monthLabels: ['қаңтар 2026', 'ақпан 2026'],
  series: [
    { key: 'almaty', name: 'Алматы', counts: [1200, 7], countLabels: ['1 200', '7'] },
    { key: 'shanghai', name: 'Шанхай <b>', counts: [3] },
  ],
  caption: 'Айлар бойынша аталымдар',
  monthHeader: 'Ай',
  summary: 'Кесте ретінде көрсету',
};

function render(overrides: Partial<MentionVolumeTableProps> = {}): string {
  return renderToStaticMarkup(createElement(MentionVolumeTable, { ...props, ...overrides }));
}

function rows(markup: string): string[] {
  return (/<tbody>([\s\S]*)<\/tbody>/.exec(markup)?.[1] ?? '').split('<tr').slice(1);
}

describe('MentionVolumeTable', () => {
  test('is a closed disclosure whose summary names it', () => {
    const markup = render();
    expect(markup).toMatch(/^<details[^>]*><summary[^>]*>[\s\S]*Кесте ретінде көрсету<\/summary>/);
    expect(markup).not.toMatch(/<details[^>]*\sopen/);
  });

  test('has a caption, a month column header and one column header per series', () => {
    const markup = render();
    expect(markup).toMatch(/<caption[^>]*>Айлар бойынша аталымдар<\/caption>/);
    expect(markup).toMatch(/<th scope="col"[^>]*>Ай<\/th>/);
    expect(markup.match(/<th scope="col"/g)).toHaveLength(3);
    expect(markup).toContain('Алматы</span></th>');
  });

  test('one row per month, headed by its label, with the server count labels or plain integers', () => {
    const [january = '', february = ''] = rows(render());
    expect(rows(render())).toHaveLength(2);
    expect(january).toMatch(/<th scope="row"[^>]*>қаңтар 2026<\/th>/);
    expect(january).toContain('>1 200</td>');
    expect(january).toContain('>3</td>');
    expect(february).toContain('>7</td>');
    expect(february).toContain('>0</td>');
  });

  test('escapes names as text and keys series colours to the chart palette', () => {
    const markup = render();
    expect(markup).toContain('Шанхай &lt;b&gt;');
    expect(markup).toContain(`background-color:${SERIES_COLORS[0]}`);
    expect(markup).toContain(`background-color:${SERIES_COLORS[1]}`);
  });
});
