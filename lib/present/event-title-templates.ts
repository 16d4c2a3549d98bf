import type { EventType } from '@/lib/domain/vocabulary';

/**
 * Event title templates per UI locale and event type, most specific first: the first row whose
 * slots all have a value is used. A typed table in code rather than ICU messages, because what
 * fills a slot is generated per language (Kazakh endings on the last of a coordinated list,
 * Russian case on every conjunct, the English article) and which row applies depends on which
 * roles are present, which ICU's select cannot see.
 *
 * A template is text with slots `{slot}` or `{slot:case}` and optional parts `[…]`, dropped
 * when a slot inside them is empty. Slots:
 * - `actors`: every actor; `group`: the actors when there are two or more; `lead`, `others`: the
 *   first actor and the rest, when there are two or more;
 * - `places`: the places not already named by the object; `placeGroup`: those when two or more;
 * - `object`, `carrier`, `from`, `to` (the route's ends).
 * Cases: `nom` (default), `gen`, `dat`, `acc`, `ins`, `loc` (Russian prepositional, Kazakh
 * locative), `locrel` (Kazakh locative + -ғы: Гуанчжоудағы); English `bare` drops the article.
 * Rows marked `first` apply only to the first event of its kind.
 */

export const TITLE_LOCALES = ['kk', 'ru', 'en'] as const;
export type TitleLocale = (typeof TITLE_LOCALES)[number];

export const TITLE_SLOTS = ['actors', 'group', 'lead', 'others', 'places', 'placeGroup', 'object', 'carrier', 'from', 'to'] as const;
export type TitleSlot = (typeof TITLE_SLOTS)[number];

export const TITLE_CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'locrel', 'bare'] as const;
export type TitleCase = (typeof TITLE_CASES)[number];

export interface TitleRow {
  text: string;
  first?: true;
}

export const EVENT_TITLE_TEMPLATES: Readonly<Record<TitleLocale, Readonly<Record<EventType, readonly TitleRow[]>>>> = {
  en: {
    OPENING: [
      { text: 'Opening of {object}[ in {places}]' },
      { text: 'Opening in {places}' },
      { text: 'Opening attended by {actors}' },
      { text: 'Opening' },
    ],
    FLIGHT_LAUNCH: [
      { text: 'First {from} – {to} flight[ ({carrier:bare})]', first: true },
      { text: 'First flight between {placeGroup}[ ({carrier:bare})]', first: true },
      { text: 'First flight to {places}[ ({carrier:bare})]', first: true },
      { text: 'First flight[ ({carrier:bare})]', first: true },
      { text: 'Launch of the {from} – {to} flight[ ({carrier:bare})]' },
      { text: 'Launch of a flight between {placeGroup}[ ({carrier:bare})]' },
      { text: 'Launch of a flight to {places}[ ({carrier:bare})]' },
      { text: 'Flight launch[ ({carrier:bare})]' },
    ],
    VISIT: [
      { text: 'First visit of {actors} to {places}', first: true },
      { text: 'First visit of {actors}', first: true },
      { text: 'First visit to {places}', first: true },
      { text: 'Visit of {actors} to {places}' },
      { text: 'Visit of {actors}' },
      { text: 'Visit to {places}' },
      { text: 'Visit' },
    ],
    MEETING: [
      { text: 'First meeting of {lead} with {others}[ in {places}]', first: true },
      { text: 'Meeting of {lead} with {others}[ in {places}]' },
      { text: 'Meeting with {actors} in {places}' },
      { text: 'Meeting with {actors}' },
      { text: 'Meeting in {places}' },
      { text: 'Meeting' },
    ],
    AGREEMENT: [
      { text: 'Agreement between {group}[ on {object}]' },
      { text: 'Agreement between {placeGroup}[ on {object}]' },
      { text: 'Agreement with {actors}[ on {object}]' },
      { text: 'Agreement on {object}' },
      { text: 'Agreement in {places}' },
      { text: 'Agreement' },
    ],
    CONFERENCE: [
      { text: 'First conference in {places}', first: true },
      { text: 'First conference attended by {actors}', first: true },
      { text: 'Conference in {places}' },
      { text: 'Conference attended by {actors}' },
      { text: 'Conference' },
    ],
    PLAN: [
      { text: 'Joint plan of {group}[ for {places}]' },
      { text: 'Joint plan of {placeGroup}' },
      { text: 'Plan of {actors}[ for {places}]' },
      { text: 'Plan for {places}' },
      { text: 'Plan' },
    ],
    REFERENDUM: [{ text: 'Referendum in {places}' }, { text: 'Referendum' }],
    OTHER: [
      { text: 'Event involving {actors} in {places}' },
      { text: 'Event involving {actors}' },
      { text: 'Event in {places}' },
      { text: 'Event' },
    ],
  },
  ru: {
    OPENING: [
      { text: 'Открытие {object:gen}[ в {places:loc}]' },
      { text: 'Открытие в {places:loc}' },
      { text: 'Открытие с участием {actors:gen}' },
      { text: 'Открытие' },
    ],
    FLIGHT_LAUNCH: [
      { text: 'Первый рейс {from} – {to}[ ({carrier})]', first: true },
      { text: 'Первый рейс между {placeGroup:ins}[ ({carrier})]', first: true },
      { text: 'Первый рейс в {places:acc}[ ({carrier})]', first: true },
      { text: 'Первый рейс[ ({carrier})]', first: true },
      { text: 'Запуск рейса {from} – {to}[ ({carrier})]' },
      { text: 'Запуск рейса между {placeGroup:ins}[ ({carrier})]' },
      { text: 'Запуск рейса в {places:acc}[ ({carrier})]' },
      { text: 'Запуск рейса[ ({carrier})]' },
    ],
    VISIT: [
      { text: 'Первый визит {actors:gen} в {places:acc}', first: true },
      { text: 'Первый визит {actors:gen}', first: true },
      { text: 'Первый визит в {places:acc}', first: true },
      { text: 'Визит {actors:gen} в {places:acc}' },
      { text: 'Визит {actors:gen}' },
      { text: 'Визит в {places:acc}' },
      { text: 'Визит' },
    ],
    MEETING: [
      { text: 'Первая встреча {lead:gen} с {others:ins}[ в {places:loc}]', first: true },
      { text: 'Встреча {lead:gen} с {others:ins}[ в {places:loc}]' },
      { text: 'Встреча с участием {actors:gen} в {places:loc}' },
      { text: 'Встреча с участием {actors:gen}' },
      { text: 'Встреча в {places:loc}' },
      { text: 'Встреча' },
    ],
    AGREEMENT: [
      { text: 'Соглашение между {group:ins}[ о {object:loc}]' },
      { text: 'Соглашение между {placeGroup:ins}[ о {object:loc}]' },
      { text: 'Соглашение с {actors:ins}[ о {object:loc}]' },
      { text: 'Соглашение о {object:loc}' },
      { text: 'Соглашение в {places:loc}' },
      { text: 'Соглашение' },
    ],
    CONFERENCE: [
      { text: 'Первая конференция в {places:loc}', first: true },
      { text: 'Первая конференция с участием {actors:gen}', first: true },
      { text: 'Конференция в {places:loc}' },
      { text: 'Конференция с участием {actors:gen}' },
      { text: 'Конференция' },
    ],
    PLAN: [
      { text: 'Совместный план {group:gen}[ для {places:gen}]' },
      { text: 'Совместный план {placeGroup:gen}' },
      { text: 'План {actors:gen}[ для {places:gen}]' },
      { text: 'План для {places:gen}' },
      { text: 'План' },
    ],
    REFERENDUM: [{ text: 'Референдум в {places:loc}' }, { text: 'Референдум' }],
    OTHER: [
      { text: 'Событие с участием {actors:gen} в {places:loc}' },
      { text: 'Событие с участием {actors:gen}' },
      { text: 'Событие в {places:loc}' },
      { text: 'Событие' },
    ],
  },
  kk: {
    OPENING: [
      { text: '[{places:locrel} ]{object:gen} ашылуы' },
      { text: '{places:locrel} ашылу рәсімі' },
      { text: '{actors} қатысқан ашылу рәсімі' },
      { text: 'Ашылу' },
    ],
    FLIGHT_LAUNCH: [
      { text: '{from} – {to} алғашқы әуе рейсі[ ({carrier})]', first: true },
      { text: '{placeGroup} арасындағы алғашқы әуе рейсі[ ({carrier})]', first: true },
      { text: '{places:dat} алғашқы әуе рейсі[ ({carrier})]', first: true },
      { text: 'Алғашқы әуе рейсі[ ({carrier})]', first: true },
      { text: '{from} – {to} әуе рейсінің ашылуы[ ({carrier})]' },
      { text: '{placeGroup} арасындағы әуе рейсінің ашылуы[ ({carrier})]' },
      { text: '{places:dat} әуе рейсінің ашылуы[ ({carrier})]' },
      { text: 'Әуе рейсінің ашылуы[ ({carrier})]' },
    ],
    VISIT: [
      { text: '{actors:gen} {places:dat} алғашқы сапары', first: true },
      { text: '{actors:gen} алғашқы сапары', first: true },
      { text: '{places:dat} алғашқы сапар', first: true },
      { text: '{actors:gen} {places:dat} сапары' },
      { text: '{actors:gen} сапары' },
      { text: '{places:dat} сапар' },
      { text: 'Сапар' },
    ],
    MEETING: [
      { text: '{lead:gen} {others:ins}[ {places:loc}] алғашқы кездесуі', first: true },
      { text: '{lead:gen} {others:ins}[ {places:loc}] кездесуі' },
      { text: '{places:loc} {actors} қатысқан кездесу' },
      { text: '{actors} қатысқан кездесу' },
      { text: '{places:locrel} кездесу' },
      { text: 'Кездесу' },
    ],
    AGREEMENT: [
      { text: '{group} арасындағы[ {object:dat} қатысты] келісім' },
      { text: '{placeGroup} арасындағы[ {object:dat} қатысты] келісім' },
      { text: '{actors:ins}[ {object:dat} қатысты] келісім' },
      { text: '{object:dat} қатысты келісім' },
      { text: '{places:locrel} келісім' },
      { text: 'Келісім' },
    ],
    CONFERENCE: [
      { text: '{places:locrel} алғашқы конференция', first: true },
      { text: '{actors} қатысқан алғашқы конференция', first: true },
      { text: '{places:locrel} конференция' },
      { text: '{actors} қатысқан конференция' },
      { text: 'Конференция' },
    ],
    PLAN: [
      { text: '{group:gen}[ {places:dat} арналған] бірлескен жоспары' },
      { text: '{placeGroup:gen} бірлескен жоспары' },
      { text: '{actors:gen}[ {places:dat} арналған] жоспары' },
      { text: '{places:dat} арналған жоспар' },
      { text: 'Жоспар' },
    ],
    REFERENDUM: [{ text: '{places:locrel} референдум' }, { text: 'Референдум' }],
    OTHER: [
      { text: '{places:loc} {actors} қатысқан оқиға' },
      { text: '{actors} қатысқан оқиға' },
      { text: '{places:locrel} оқиға' },
      { text: 'Оқиға' },
    ],
  },
};
