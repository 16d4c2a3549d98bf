import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { BarSparkline, type BarSparklinePoint } from './bar-sparkline';

const points: BarSparklinePoint[] = [
  { label: 'янв. 2026', value: 4, valueLabel: '4' },
  { label: 'февр. 2026', value: 0, valueLabel: '0' },
  { label: 'март 2026', value: 8, valueLabel: '8' },
];

function render(list: BarSparklinePoint[] = points): string {
  return renderToStaticMarkup(createElement(BarSparkline, { points: list, title: 'Упоминания по месяцам' }));
}

describe('BarSparkline', () => {
  test('the bars are hidden from assistive technology; a visually hidden table reads them out', () => {
    const markup = render();
    expect(markup).toMatch(/^<div[^>]*><div aria-hidden="true">/);
    expect(markup).toMatch(/<table class="sr-only"><caption>Упоминания по месяцам<\/caption>/);
    expect(markup).toContain('<th scope="row">февр. 2026</th><td>0</td>');
    expect(markup.match(/<th scope="row">/g)).toHaveLength(3);
  });

  test('bar heights are relative to the tallest month; an empty month shows a baseline stub', () => {
    const markup = render();
    expect(markup).toContain('height:50%');
    expect(markup).toContain('height:100%');
    expect(markup.match(/h-px/g)).toHaveLength(1);
  });

  test('each bar tells its month and value on hover', () => {
    expect(render()).toContain('title="март 2026: 8"');
  });

  test('labels the first and the last month under the bars', () => {
    const markup = render();
    expect(markup).toContain('<span>янв. 2026</span><span>март 2026</span>');
  });

  test('renders an empty table and no labels for no points', () => {
    const markup = render([]);
    expect(markup).not.toContain('<span>');
    expect(markup).toContain('<tbody></tbody>');
  });
});
