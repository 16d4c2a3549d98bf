import { describe, expect, test } from 'vitest';
import type { Language } from '../types';
import { buildTestAnalysis, type MentionSpec } from '@/lib/testing/build-test-analysis';

function markers(language: Language, body: string, mentions: MentionSpec[] = []): string[] {
  const [sentence] = buildTestAnalysis({ language, body, mentions }).texts[0]?.sentences ?? [];
  if (!sentence) return [];
  return sentence.markers.map((marker) => `${marker.kind}:${body.slice(marker.start, marker.end)}`);
}

describe('findTenseMarkers', () => {
  test.each<[Language, string, string[]]>([
    ['kk', 'Кездесу өтті.', ['past:өтті']],
    ['kk', 'Референдум өтетінін мәлімдеді.', ['future:өтетінін', 'reporting:мәлімдеді']],
    ['kk', 'Ол маңыздылығын атап өтті.', ['reporting:атап өтті']],
    ['kk', 'Тараптар мәселелерді талқылады.', ['discussion:талқылады']],
    ['kk', 'Тараптар мәселелерді шешті.', ['past:шешті']],
    ['kk', 'Әкім сапар жасайды.', ['future:жасайды']],
    ['kk', 'Әкім сапарға барады.', ['future:барады']],
    ['kk', 'Тараптар ынтымақтастықты, туризмді дамытуды ұсынды.', ['future:ұсынды']],
    ['kk', 'Олар ынтымақтастықты дамытып келеді.', ['ongoing:дамытып келеді']],
    ['kk', 'Форум өткізбек.', ['future:өткізбек']],
    ['kk', 'Аймақ басшысы келді.', ['past:келді']],
    // A consonant stem's present-future: the train sets off, it does not "set off".
    ['kk', 'Пойыз Алматыға жол тартады.', ['future:тартады']],
    ['kk', 'Пойыз ертең жолға шығады.', ['future:шығады']],
    ['ru', 'Встреча состоялась, стороны обсудили сотрудничество.', ['past:состоялась', 'discussion:обсудили']],
    ['ru', 'Посол Китая сообщил, что визит состоится в мае.', ['reporting:сообщил', 'future:состоится']],
    ['ru', 'Стороны предложили увеличить число рейсов.', ['future:предложили']],
    ['en', 'The mayor met the consul and said the visit will take place in May.', ['past:met', 'reporting:said', 'future:will']],
    ['en', 'The visit was planned for June.', ['future:was planned']],
    ['en', 'The forum opened in Urumqi, Trend reports.', ['past:opened', 'reporting:reports']],
    ['en', 'The United Nations need more speed.', []],
  ])('%s: %s', (language, body, expected) => {
    expect(markers(language, body)).toEqual(expected);
  });

  test('words inside names are no markers (a «-бек» surname)', () => {
    expect(markers('kk', 'Ерлан Әбілбек Шаңхайға келді.', [['Ерлан Әбілбек', 'abilbek', 'PERSON']])).toEqual(['past:келді']);
  });
});
