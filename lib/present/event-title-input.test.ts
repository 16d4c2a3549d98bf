import { describe, expect, test } from 'vitest';
import { eventTitle } from './event-title';
import { titleInputFromEntities, type NamedEntity } from './event-title-input';

const shanghai: NamedEntity = { type: 'CITY', name: 'Шанхай' };
const almaty: NamedEntity = { type: 'CITY', name: 'Алматы' };
const kazakhstan: NamedEntity = { type: 'COUNTRY', name: 'Казахстан' };
const gongZheng: NamedEntity = { type: 'PERSON', name: 'Гун Чжэн' };
const akimat: NamedEntity = { type: 'ORGANIZATION', name: 'Акимат города Алматы' };
const consulate: NamedEntity = { type: 'ORGANIZATION', name: 'Генеральное консульство Казахстана в Гуанчжоу' };

describe('titleInputFromEntities: a best-effort title from an entity list', () => {
  test.each([
    ['people act before organisations; countries give way to cities', 'VISIT', [akimat, kazakhstan, gongZheng, shanghai], 'Визит Гун Чжэна и Акимата города Алматы в Шанхай'],
    ['a country is the place when no city or region is named', 'REFERENDUM', [kazakhstan], 'Референдум в Казахстане'],
    ['an opening’s organisation is what opened', 'OPENING', [consulate, kazakhstan], 'Открытие Генерального консульства Казахстана в Гуанчжоу'],
    ['a flight’s two cities, with no direction known', 'FLIGHT_LAUNCH', [shanghai, almaty], 'Запуск рейса между Шанхаем и Алматы'],
    ['no entity: the type alone', 'MEETING', [], 'Встреча'],
  ] as const)('%s', (_, type, entities, expected) => {
    expect(eventTitle(titleInputFromEntities(type, entities), 'ru')).toBe(expected);
  });

  test('nothing tells a route, a carrier or a first from a list of entities', () => {
    const input = titleInputFromEntities('FLIGHT_LAUNCH', [shanghai, almaty, akimat]);
    expect(input.first).toBe(false);
    expect(input.roles.route).toBeNull();
    expect(input.roles.carrier).toBeNull();
  });
});
