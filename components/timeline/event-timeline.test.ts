import { createElement, type AnchorHTMLAttributes } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test, vi } from 'vitest';
import { EVENT_TYPE_COLORS, EventTimeline, type EventTimelineProps, type TimelineItem } from './event-timeline';

// next-intl's Link needs Next's router runtime; a stand-in that prefixes the locale as it does
// shows which href and attributes the timeline hands over.
vi.mock('@/i18n/navigation', () => ({
  Link: ({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) =>
    createElement('a', { href: `/en${href}`, ...rest }),
}));

function item(overrides: Partial<TimelineItem> & Pick<TimelineItem, 'id' | 'start' | 'end'>): TimelineItem {
  return {
    title: `Event ${overrides.id}`,
    href: `/articles/${overrides.id}`,
    type: 'MEETING',
    typeLabel: 'Meeting',
    status: 'held',
    statusLabel: 'Held',
    statusName: 'Held',
    fuzzy: false,
    dateLabel: overrides.start,
    ...overrides,
  };
}

const items: TimelineItem[] = [
  item({ id: 'forum', title: 'Regional trade forum', type: 'CONFERENCE', typeLabel: 'Conference', status: 'planned', statusLabel: 'Planned', statusName: 'Planned', start: '2026-12-08', end: '2026-12-09', dateLabel: 'Dec 8–9, 2026' }),
  item({ id: 'talks', title: 'Mayors hold talks', start: '2026-03-26', end: '2026-03-28', dateLabel: 'Mar 26–28, 2026' }),
  item({ id: 'park', title: 'Industrial park <planned>', type: 'PLAN', typeLabel: 'Plan', status: 'planned', statusLabel: 'Planned', statusName: 'Planned', start: '2027-01-01', end: '2027-06-30', fuzzy: true, dateLabel: 'H1 2027' }),
  item({ id: 'vote', title: 'Referendum day', type: 'REFERENDUM', typeLabel: 'Referendum', start: '2026-03-15', end: '2026-03-15', dateLabel: 'Mar 15, 2026' }),
];

const baseProps: EventTimelineProps = {
  items,
  today: '2026-11-24',
  todayLabel: 'Today',
  axisTicks: [
    { date: '2026-01-01', label: 'Jan 2026' },
    { date: '2026-07-01', label: 'Jul 2026' },
    { date: '2027-01-01', label: 'Jan 2027' },
  ],
  title: 'Events',
  emptyText: 'No events yet.',
};

function render(props: Partial<EventTimelineProps> = {}): string {
  return renderToStaticMarkup(createElement(EventTimeline, { ...baseProps, ...props }));
}

/** The markup of each list entry, in document order. */
function entries(markup: string): string[] {
  const list = /<ol[^>]*>([\s\S]*)<\/ol>/.exec(markup)?.[1] ?? '';
  return list.split(/<li /).slice(1);
}

describe('EventTimeline', () => {
  test('is a section named by its heading', () => {
    const markup = render();
    const labelledBy = /<section aria-labelledby="([^"]+)"/.exec(markup)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(markup).toContain(`<h2 id="${labelledBy}"`);
    expect(markup).toContain('>Events</h2>');
  });

  test('lists every event once, in date order, in an ordered list', () => {
    const list = entries(render());
    expect(list).toHaveLength(4);
    expect(list.map((entry) => /href="([^"]+)"/.exec(entry)?.[1])).toEqual([
      '/en/articles/vote',
      '/en/articles/talks',
      '/en/articles/forum',
      '/en/articles/park',
    ]);
  });

  test('each entry shows its title as a link, its date, type and status as text', () => {
    const forum = entries(render()).find((entry) => entry.includes('Regional trade forum')) ?? '';
    expect(forum).toMatch(/<a [^>]*href="\/en\/articles\/forum"[^>]*>Regional trade forum<\/a>/);
    for (const text of ['Dec 8–9, 2026', 'Conference', 'Planned']) expect(forum).toContain(`>${text}</span>`);
  });

  test('escapes titles as text', () => {
    const markup = render();
    expect(markup).toContain('Industrial park &lt;planned&gt;');
    expect(markup).not.toContain('<planned>');
  });

  test('marks the language of a title written in another language', () => {
    const markup = render({ items: [item({ id: 'kk', title: 'Алматы мен Шанхай', lang: 'kk', start: '2026-05-01', end: '2026-05-01' })] });
    expect(markup).toMatch(/<a [^>]*lang="kk"[^>]*>Алматы мен Шанхай<\/a>/);
  });

  test('places entries with CSS variables: lane, slot and the event type colour', () => {
    const vote = entries(render())[0] ?? '';
    expect(vote).toMatch(/--lane:\s*\d+/);
    expect(vote).toMatch(/--slot-left:\s*[\d.]+%/);
    expect(vote).toMatch(/--slot-width:\s*[\d.]+%/);
    expect(vote).toContain(`--type-color:${EVENT_TYPE_COLORS.REFERENDUM}`);
  });

  test('draws held events filled, planned outlined, approximate ones faded, single days as diamonds', () => {
    const [vote = '', talks = '', forum = '', park = ''] = entries(render());
    expect(vote).toContain('rotate-45');
    expect(talks).toContain('bg-(--type-color)');
    expect(talks).not.toContain('rotate-45');
    expect(forum).toContain('border-(--type-color)');
    expect(forum).toMatch(/data-status="planned"/);
    expect(park).toContain('data-fuzzy="true"');
    expect(park).toContain('mask-image');
    expect(park).toContain('border-dashed');
    expect(talks).not.toContain('mask-image');
  });

  test('marks today in the list before the first upcoming event, and on the track', () => {
    const markup = render();
    const list = entries(markup);
    expect(list.filter((entry) => entry.includes('>Today</span>'))).toHaveLength(1);
    expect(list[2]).toContain('>Today</span>');
    expect(markup).toMatch(/aria-hidden="true"[^>]*>[\s\S]*>Today<\/span>/);
  });

  test('puts the today marker after the list when every event is past', () => {
    const markup = render({ items: items.filter((entry) => entry.status === 'held') });
    expect(entries(markup).some((entry) => entry.includes('>Today</span>'))).toBe(false);
    expect(markup.slice(markup.indexOf('</ol>'))).toMatch(/^<\/ol><p [^>]*><span [^>]*>Today<\/span>/);
  });

  test('shows only the ticks on the track', () => {
    const markup = render({ axisTicks: [...baseProps.axisTicks, { date: '2030-01-01', label: 'Jan 2030' }] });
    expect(markup).toContain('>Jul 2026</span>');
    expect(markup).not.toContain('Jan 2030');
  });

  test('the legend names the types shown, the statuses, and approximate dates when labelled', () => {
    const markup = render({ fuzzyLabel: 'Approximate date' });
    const legend = markup.slice(markup.indexOf('</ol>'));
    for (const text of ['Conference', 'Meeting', 'Plan', 'Referendum', 'Held', 'Planned', 'Approximate date']) {
      expect(legend).toContain(`${text}</li>`);
    }
    expect(legend).not.toContain('Visit</li>');
    expect(render()).not.toContain('Approximate date');
  });

  test('the legend names a status plainly, whatever the first item of it reads', () => {
    const passed = item({ id: 'past-plan', type: 'PLAN', typeLabel: 'Plan', status: 'planned', statusLabel: 'was planned for Mar 15, 2026', statusName: 'Planned', start: '2026-03-15', end: '2026-03-15', dateLabel: 'Mar 15, 2026' });
    const markup = render({ items: [passed] });
    expect(entries(markup)[0]).toContain('was planned for Mar 15, 2026');
    const legend = markup.slice(markup.indexOf('</ol>'));
    expect(legend).toContain('Planned</li>');
    expect(legend).not.toContain('was planned for');
  });

  test('shows the empty text, and no list, when there is nothing to draw', () => {
    for (const props of [{ items: [] }, { items: [item({ id: 'bad', start: '2026-02-30', end: '2026-03-01' })] }]) {
      const markup = render(props);
      expect(markup).toContain('No events yet.');
      expect(markup).not.toContain('<ol');
    }
  });

  test('leaves out items with malformed dates and keeps the rest', () => {
    const markup = render({ items: [...items, item({ id: 'bad', start: 'soon', end: 'soon' })] });
    expect(entries(markup)).toHaveLength(4);
    expect(markup).not.toContain('/articles/bad');
  });
});
