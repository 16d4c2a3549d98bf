import { describe, expect, test } from 'vitest';
import { mergeEvents, type DraftEvent } from './merge-events';

function draft(partial: Partial<DraftEvent> & Pick<DraftEvent, 'value' | 'entities'>): DraftEvent {
  return {
    type: 'VISIT',
    status: 'planned',
    roles: { actors: [], places: partial.entities, object: null, route: null, carrier: null },
    first: false,
    evidence: `sentence with ${partial.value ?? 'no date'}`,
    evidenceIn: 'body',
    evidenceStart: 0,
    evidenceEnd: 10,
    valueSource: partial.value === null ? 'none' : 'text',
    ...partial,
  };
}

describe('mergeEvents', () => {
  test.each<[string, DraftEvent[], { value: string | null; entities: string[]; evidence: string }[]]>([
    [
      'nested values with a shared entity merge into the more precise one',
      [draft({ value: '2026', entities: ['gong-zheng', 'almaty'] }), draft({ value: '2026-01/2026-06', entities: ['gong-zheng', 'astana'] })],
      [{ value: '2026-01/2026-06', entities: ['gong-zheng', 'almaty', 'astana'], evidence: 'sentence with 2026-01/2026-06' }],
    ],
    [
      'disjoint values stay two events',
      [draft({ value: '2026-03', entities: ['almaty'] }), draft({ value: '2026-05', entities: ['almaty'] })],
      [
        { value: '2026-03', entities: ['almaty'], evidence: 'sentence with 2026-03' },
        { value: '2026-05', entities: ['almaty'], evidence: 'sentence with 2026-05' },
      ],
    ],
    [
      'dated events with no shared entity stay apart',
      [draft({ value: '2026-03-01', entities: ['almaty'] }), draft({ value: '2026-03-01', entities: ['astana'] })],
      [
        { value: '2026-03-01', entities: ['almaty'], evidence: 'sentence with 2026-03-01' },
        { value: '2026-03-01', entities: ['astana'], evidence: 'sentence with 2026-03-01' },
      ],
    ],
    [
      'an undated mention joins the dated event of its type',
      [draft({ value: '2026-03-01', entities: ['almaty'] }), draft({ value: null, entities: ['akimat-almaty'] })],
      [{ value: '2026-03-01', entities: ['almaty', 'akimat-almaty'], evidence: 'sentence with 2026-03-01' }],
    ],
    [
      'a guessed publication date gives way to the date the text gives',
      [
        draft({ type: 'MEETING', value: '2026-06-17', entities: ['tokayev'] }),
        draft({ type: 'MEETING', value: '2026-06-18', valueSource: 'publication', entities: ['turkistan'] }),
      ],
      [{ value: '2026-06-17', entities: ['tokayev', 'turkistan'], evidence: 'sentence with 2026-06-17' }],
    ],
  ])('%s', (_name, drafts, expected) => {
    expect(mergeEvents(drafts).map(({ value, entities, evidence }) => ({ value, entities, evidence }))).toEqual(expected);
  });

  test('events of different types never merge', () => {
    const merged = mergeEvents([
      draft({ value: '2026-03-01', entities: ['almaty'] }),
      draft({ type: 'MEETING', value: '2026-03-01', entities: ['almaty'] }),
    ]);
    expect(merged.map((event) => event.type)).toEqual(['VISIT', 'MEETING']);
  });
});
