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
    reference: null,
    definite: false,
    frame: null,
    concept: null,
    action: null,
    name: null,
    sentences: [],
    specific: partial.entities,
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
      'an undated mention naming no participant of its own joins the dated event of its type',
      [draft({ value: '2026-03-01', entities: ['almaty'] }), draft({ value: null, entities: [] })],
      [{ value: '2026-03-01', entities: ['almaty'], evidence: 'sentence with 2026-03-01' }],
    ],
    [
      'an undated report of other participants is another happening',
      [draft({ value: '2026-03-01', entities: ['almaty'] }), draft({ value: null, entities: ['urumqi'] })],
      [
        { value: '2026-03-01', entities: ['almaty'], evidence: 'sentence with 2026-03-01' },
        { value: null, entities: ['urumqi'], evidence: 'sentence with no date' },
      ],
    ],
    [
      'a guessed publication date gives way to the date the text gives',
      [
        draft({ type: 'MEETING', value: '2026-06-17', entities: ['tokayev'] }),
        draft({ type: 'MEETING', value: '2026-06-18', valueSource: 'publication', entities: ['tokayev', 'turkistan'] }),
      ],
      [{ value: '2026-06-17', entities: ['tokayev', 'turkistan'], evidence: 'sentence with 2026-06-17' }],
    ],
    [
      'a guessed publication date does not join a happening of years before',
      [
        draft({ type: 'OPENING', value: '2019', entities: ['khorgos'] }),
        draft({ type: 'OPENING', value: '2026-02-19', valueSource: 'publication', entities: ['khorgos'] }),
      ],
      [
        { value: '2019', entities: ['khorgos'], evidence: 'sentence with 2019' },
        { value: '2026-02-19', entities: ['khorgos'], evidence: 'sentence with 2026-02-19' },
      ],
    ],
  ])('%s', (_name, drafts, expected) => {
    expect(mergeEvents(drafts).map(({ value, entities, evidence }) => ({ value, entities, evidence }))).toEqual(expected);
  });

  test.each<[string, Partial<DraftEvent>, Partial<DraftEvent>, number]>([
    [
      'different routes are different happenings',
      { type: 'FLIGHT_LAUNCH', roles: { actors: [], places: [], object: null, route: { from: 'almaty', to: 'xian' }, carrier: null } },
      { type: 'FLIGHT_LAUNCH', roles: { actors: [], places: [], object: null, route: { from: 'almaty', to: 'tashkent' }, carrier: null } },
      2,
    ],
    [
      'a route told the other way round is the same route',
      { type: 'FLIGHT_LAUNCH', roles: { actors: [], places: [], object: null, route: { from: 'almaty', to: 'xian' }, carrier: null } },
      { type: 'FLIGHT_LAUNCH', roles: { actors: [], places: [], object: null, route: { from: 'xian', to: 'almaty' }, carrier: null } },
      1,
    ],
    ['a crossing and a railway are different plans', { type: 'PLAN', concept: 'crossing' }, { type: 'PLAN', concept: 'line' }, 2],
    ['two names in quotes are two happenings', { type: 'OPENING', name: 'достық – мойынты' }, { type: 'OPENING', name: 'достық – алашаңқай' }, 2],
    ['a contest and a train are two happenings of the catch-all type', { type: 'OTHER', action: 'contest' }, { type: 'OTHER', action: 'train' }, 2],
    [
      'a headline joins the body’s report of its type whoever each names',
      { type: 'OPENING', entities: ['kazakhstan'], specific: [], evidenceIn: 'title' },
      { type: 'OPENING', entities: ['almaty'], specific: ['almaty'] },
      1,
    ],
    ['"the summit" is the summit already told, whoever it names', { type: 'CONFERENCE', entities: ['xi'] }, { type: 'CONFERENCE', entities: ['tokayev'], definite: true }, 1],
    ['"the visit" of another person is another visit', { type: 'VISIT', entities: ['xi'] }, { type: 'VISIT', entities: ['tokayev'], definite: true }, 2],
    [
      'the same work begun the same day is one happening',
      { type: 'OTHER', action: 'construction', value: '2026-02-19', entities: ['abai-region'] },
      { type: 'OTHER', action: 'construction', value: '2026-02-19', entities: ['smailov'] },
      1,
    ],
  ])('%s', (_name, first, second, count) => {
    // Unless a case names its own participants, both reports share one: only what the case varies can part them.
    const report = (partial: Partial<DraftEvent>) => {
      const entities = partial.entities ?? ['shared-party'];
      return draft({ value: null, ...partial, entities, specific: partial.specific ?? entities });
    };
    expect(mergeEvents([report(first), report(second)])).toHaveLength(count);
  });

  test('events of different types never merge', () => {
    const merged = mergeEvents([
      draft({ value: '2026-03-01', entities: ['almaty'] }),
      draft({ type: 'MEETING', value: '2026-03-01', entities: ['almaty'] }),
    ]);
    expect(merged.map((event) => event.type)).toEqual(['VISIT', 'MEETING']);
  });
});
