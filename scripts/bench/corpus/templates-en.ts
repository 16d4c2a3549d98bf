import { capitalize as cap, EXPO_NAMES, FORUM_NAMES, type Template, type TemplateKit } from './template-kit';

/** English sentences about city cooperation. */

const TOPICS = [
  'stronger trade and economic ties',
  'wider cultural and humanitarian exchange',
  'transport and logistics cooperation',
  'developing the tourism potential',
];

function names(kit: TemplateKit) {
  return { kz: kit.kzCity().names.en, cn: kit.cnCity().names.en };
}

function official(kit: TemplateKit, chinese: boolean): string {
  const person = chinese ? kit.chineseOfficial() : kit.kazakhOfficial();
  return `${person.role.en} ${person.names.en}`;
}

export const EN_TEMPLATES: readonly Template[] = [
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())}, officials of ${kz} and a delegation from ${cn} held a meeting in ${kz}.`;
  },
  (k) => `${official(k, true)} will pay an official visit to ${names(k).kz} ${k.dates.future()}.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${kz} and ${cn} have been sister cities ${k.dates.sinceYear()}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `The sides plan to sign a sister-city agreement between ${kz} and ${cn} ${k.dates.future()}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `The first direct flight from ${kz} to ${cn} will be launched ${k.dates.future()}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())}, ${k.airline().names.en} opened a new flight on the ${kz}–${cn} route.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())}, the Akimat of ${kz} and the government of ${cn} signed a memorandum on trade and economic cooperation.`;
  },
  (k) => `The international investment forum "${k.random.pick(FORUM_NAMES).en}" will be held in ${names(k).cn} ${k.dates.dayRange()}.`,
  (k) => {
    const { kz, cn } = names(k);
    return `The meeting discussed a roadmap of cooperation between ${kz} and ${cn} ${k.dates.yearRange()}.`;
  },
  (k) => `A nationwide referendum will take place in Kazakhstan ${k.dates.future()}.`,
  (k) => `${cap(k.dates.past())}, a Kazakhstan trade house was officially opened in ${names(k).cn}.`,
  (k) => `${cap(k.dates.past())}, ${names(k).kz} hosted a Kazakhstan–China business forum attended by ${k.count()} companies.`,
  (k) =>
    `${cap(k.dates.past())}, ${official(k, false)} and Vice Mayor of ${names(k).cn} ${k.inventedPerson(true).en} met to discuss closer cooperation.`,
  (k) => `Regional cooperation between ${k.kzRegion().names.en} and ${k.cnRegion().names.en} reached a new level ${k.dates.past()}.`,
  (k) => `${official(k, true)} arrived in ${names(k).kz} on a working visit ${k.dates.past()}.`,
  (k) => `${official(k, false)} stressed the importance of ${k.random.pick(TOPICS)} between the two countries.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${kz} plans to host Days of ${cn} Culture ${k.dates.future()}.`;
  },
  (k) =>
    `The "${k.random.pick(EXPO_NAMES).en}" exhibition will take place in ${names(k).cn} ${k.dates.dayRange()}, with ${k.count()} Kazakh companies taking part.`,
  (k) => {
    const { kz, cn } = names(k);
    return `Trade between ${kz} and ${cn} grew by ${k.percent()} percent ${k.dates.past()}.`;
  },
  (k) => `The parties agreed to approve an action plan ${k.dates.yearRange()}.`,
  (k) =>
    `${cap(k.dates.past())}, representatives of the ${k.organization().names.en} held consultations with the local authorities of ${names(k).cn}.`,
  (k) => {
    const { kz, cn } = names(k);
    return `Regular freight train services on the ${kz}–${cn} route will start ${k.dates.future()}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())}, universities of ${kz} and ${cn} signed an agreement on student exchange.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `The number of tourists travelling from ${cn} to ${kz} is expected to grow by ${k.percent()} percent ${k.dates.future()}.`;
  },
  (k) => `${cap(k.dates.past())}, Chinese Ambassador ${k.inventedPerson(true).en} met with the Akim of ${names(k).kz}.`,
  (k) => `${cap(k.dates.past())}, an opening ceremony for the ${names(k).cn} business centre took place in ${names(k).kz}.`,
  (k) => `In addition, a delegation from ${names(k).kz} will travel to ${k.cnRegion().names.en} ${k.dates.future()}.`,
  (k) =>
    `Deputy Akim of ${names(k).kz} ${k.inventedPerson(false).en} said the total cost of the project is ${k.count()} million dollars.`,
];

export const EN_TITLES: readonly Template[] = [
  (k) => `${names(k).kz} and ${names(k).cn} strengthen cooperation`,
  (k) => `Ties between Kazakh and Chinese cities discussed in ${names(k).cn}`,
  (k) => `${names(k).kz}–${names(k).cn}: a new flight to open`,
  (k) => `${names(k).kz} delegation visits ${names(k).cn}`,
];
