import { describe, expect, test } from 'vitest';
import { readGazetteer } from '@/lib/ingest/read-gazetteer';
import { buildGazetteer, surfaceForms } from '../gazetteer';
import { lemmaCandidates } from '../morphology';
import { kkInflectName, type KkCase } from '../morphology/kk-inflect';
import { normalizeForMatch } from '../tokenize';
import type { Language } from '../types';
import { createMentionMatcher, findMentions } from './index';

// A one-word name is filed under its own form: the text side strips a word's endings to find it,
// while the stems of the name itself are other words («бақ» of «Бақты», «су» of «Судан»).

const PLACE = { coordinates: { lat: 45, lon: 80 } };

const matcher = createMentionMatcher(
  buildGazetteer([
    { key: 'bakhty', type: 'CITY', ...PLACE, names: { kk: 'Бақты', ru: 'Бахты', en: 'Bakhty' }, aliases: { ru: ['Бақты'] } },
    { key: 'tacheng', type: 'CITY', ...PLACE, names: { kk: 'Шәуешек', ru: 'Тачэн', en: 'Tacheng' } },
    { key: 'sudan', type: 'COUNTRY', names: { kk: 'Судан', ru: 'Судан', en: 'Sudan' } },
    { key: 'almaty', type: 'CITY', ...PLACE, names: { kk: 'Алматы', ru: 'Алматы', en: 'Almaty' } },
    { key: 'aktobe', type: 'CITY', ...PLACE, names: { kk: 'Ақтөбе', ru: 'Актобе', en: 'Aktobe' } },
    { key: 'akbulak', type: 'CITY', ...PLACE, names: { kk: 'Ақбұлақ', ru: 'Акбулак', en: 'Akbulak' } },
  ]),
);

function found(body: string, language: Language): string[] {
  return findMentions(body, language, matcher).map((mention) => {
    expect(body.slice(mention.start, mention.end)).toBe(mention.text);
    return `${mention.text} → ${mention.entity.key}`;
  });
}

describe('a one-word name is found in its inflected forms, not by its stems', () => {
  test.each<[Language, string, string[]]>([
    ['kk', 'Жүк Бақты бекетінде тексерілді.', ['Бақты → bakhty']],
    ['kk', 'Пойыз Бақтыдан Шәуешекке жүреді.', ['Бақтыдан → bakhty', 'Шәуешекке → tacheng']],
    ['kk', 'Бақтыға жаңа өткел салынады, Бақтының маңызы артты.', ['Бақтыға → bakhty', 'Бақтының → bakhty']],
    ['kk', 'Суданға көмек жіберілді, Суданның елшісі келді.', ['Суданға → sudan', 'Суданның → sudan']],
    ['kk', 'Алматыдағы және Ақтөбенің өкілдері келді.', ['Алматыдағы → almaty', 'Ақтөбенің → aktobe']],
    ['kk', 'Ақбұлағы мен Ақбұлаққа барды.', ['Ақбұлағы → akbulak', 'Ақбұлаққа → akbulak']],
    ['ru', 'Через пост Бахты и Бақты прошли грузы из Судана.', ['Бахты → bakhty', 'Бақты → bakhty', 'Судана → sudan']],
    ['en', "Bakhty's crossing opened; Sudan's envoy came.", ['Bakhty → bakhty', 'Sudan → sudan']],
    // the stems are other words: mass media, happiness, water
    ['kk', 'БАҚ-қа сұхбат берді, БАҚ өкілдері келді.', []],
    ['kk', 'Бақытты балалық шақ. Бақыт бәрінен қымбат.', []],
    ['kk', 'Су ресурстары министрлігі Су тасқынына дайындалды.', []],
    ['ru', 'Суда прибыли в порт.', []],
  ])('%s: %s', (language, body, expected) => {
    expect(found(body, language)).toEqual(expected);
  });
});

describe('the project gazetteer', () => {
  const gazetteer = readGazetteer();
  const projectMatcher = createMentionMatcher(gazetteer);
  const cases: KkCase[] = ['genitive', 'dative', 'accusative', 'locative', 'ablative', 'instrumental', 'locativeRelative'];

  test.each<[Language, string, string[]]>([
    ['kk', 'Жүк Бақты бекетінде тексеріліп, Бақтыдан Шәуешекке жөнелтілді.', ['bakhty', 'bakhty', 'tacheng']],
    ['kk', 'Облыс әкімі БАҚ-қа сұхбат берді: бақытты өмір бәріне керек.', []],
    ['kk', 'Су ресурстары министрлігі хабарлады.', []],
  ])('Bakhty and Sudan in Kazakh (%s): %s', (language, body, expected) => {
    expect(findMentions(body, language, projectMatcher).map((mention) => mention.entity.key)).toEqual(expected);
  });

  test('every one-word Kazakh name is found in each case form whose stems hold the name', () => {
    const missed: string[] = [];
    let tried = 0;
    for (const entry of gazetteer.entries) {
      for (const { language, form } of surfaceForms(entry)) {
        if (language !== 'kk' || /\s/u.test(form) || !/\p{Script=Cyrillic}/u.test(form)) continue;
        for (const kkCase of cases) {
          const word = kkInflectName(form, kkCase);
          if (!lemmaCandidates(word, 'kk').includes(normalizeForMatch(form))) continue;
          tried += 1;
          const body = `Кеше ${word} туралы айтылды.`;
          const mentions = findMentions(body, 'kk', projectMatcher);
          if (!mentions.some((mention) => mention.entity.key === entry.key && mention.text === word)) missed.push(word);
        }
      }
    }
    expect(tried).toBeGreaterThan(2000);
    expect(missed).toEqual([]);
  });
});
