import { ruCase } from './inflect-ru';
import { capitalize as cap, EXPO_NAMES, FORUM_NAMES, type Template, type TemplateKit } from './template-kit';

/** Russian sentences about city cooperation; city names decline where Russian declines them. */

const gen = (name: string) => ruCase(name, 'genitive');
const prep = (name: string) => ruCase(name, 'prepositional');
const acc = (name: string) => ruCase(name, 'accusative');
const instr = (name: string) => ruCase(name, 'instrumental');

const TOPICS = [
  'укрепления торгово-экономических связей',
  'развития культурно-гуманитарного обмена',
  'транспортно-логистического взаимодействия',
  'раскрытия туристического потенциала',
];

function names(kit: TemplateKit) {
  return { kz: kit.kzCity().names.ru, cn: kit.cnCity().names.ru };
}

function official(kit: TemplateKit, chinese: boolean): string {
  const person = chinese ? kit.chineseOfficial() : kit.kazakhOfficial();
  return `${person.role.ru} ${person.names.ru}`;
}

export const RU_TEMPLATES: readonly Template[] = [
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} в ${prep(kz)} состоялась встреча акима города ${kz} и делегации города ${cn}.`;
  },
  (k) => `${official(k, true)} ${k.dates.future()} посетит ${acc(names(k).kz)} с официальным визитом.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${kz} и ${cn} являются городами-побратимами ${k.dates.sinceYear()}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `Стороны планируют ${k.dates.future()} подписать соглашение об установлении побратимских связей между ${instr(kz)} и ${instr(cn)}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} из ${gen(kz)} в ${acc(cn)} будет запущен первый прямой авиарейс.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} авиакомпания ${k.airline().names.ru} открыла новый рейс по маршруту ${kz} – ${cn}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} акимат города ${kz} и правительство города ${cn} подписали меморандум о торгово-экономическом сотрудничестве.`;
  },
  (k) => `${cap(k.dates.dayRange())} в ${prep(names(k).cn)} пройдёт международный инвестиционный форум «${k.random.pick(FORUM_NAMES).ru}».`,
  (k) => {
    const { kz, cn } = names(k);
    return `На встрече обсуждался план сотрудничества между ${instr(kz)} и ${instr(cn)} ${k.dates.yearRange()}.`;
  },
  (k) => `Напомним, что ${k.dates.future()} в Казахстане пройдёт республиканский референдум.`,
  (k) => `${cap(k.dates.past())} в ${prep(names(k).cn)} торжественно открылся Торговый дом Казахстана.`,
  (k) =>
    `${cap(k.dates.past())} в ${prep(names(k).kz)} прошёл казахстанско-китайский бизнес-форум, в котором приняли участие представители более чем ${k.count()} компаний.`,
  (k) =>
    `${cap(k.dates.past())} ${official(k, false)} и вице-мэр города ${names(k).cn} ${k.inventedPerson(true).ru} обсудили вопросы расширения сотрудничества.`,
  (k) =>
    `Региональное сотрудничество между ${instr(k.kzRegion().names.ru)} и провинцией ${k.cnRegion().names.ru} ${k.dates.past()} вышло на новый уровень.`,
  (k) => `${cap(k.dates.past())} ${official(k, true)} прибыл в ${acc(names(k).kz)} с рабочим визитом.`,
  (k) => `${official(k, false)} подчеркнул важность ${k.random.pick(TOPICS)} между двумя странами.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} в ${prep(kz)} планируется провести Дни культуры города ${cn}.`;
  },
  (k) =>
    `${cap(k.dates.dayRange())} в ${prep(names(k).cn)} пройдёт выставка «${k.random.pick(EXPO_NAMES).ru}», в которой примут участие более ${k.count()} казахстанских компаний.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} товарооборот между ${instr(kz)} и ${instr(cn)} вырос на ${k.percent()}%.`;
  },
  (k) => `Стороны договорились утвердить дорожную карту ${k.dates.yearRange()}.`,
  (k) =>
    `${cap(k.dates.past())} ${k.organization().names.ru} и местные власти ${gen(names(k).cn)} провели консультации по вопросам инвестиций.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} начнётся регулярное грузовое железнодорожное сообщение по маршруту ${kz} – ${cn}.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} университеты ${gen(kz)} и ${gen(cn)} подписали соглашение о студенческом обмене.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `Ожидается, что ${k.dates.future()} число туристов из ${gen(cn)} в ${acc(kz)} вырастет на ${k.percent()}%.`;
  },
  (k) => `${cap(k.dates.past())} посол Китая в Казахстане ${k.inventedPerson(true).ru} встретился с акимом города ${names(k).kz}.`,
  (k) => `${cap(k.dates.past())} в ${prep(names(k).kz)} прошла церемония открытия бизнес-центра города ${names(k).cn}.`,
  (k) => `Кроме того, ${k.dates.future()} делегация города ${names(k).kz} отправится в командировку в провинцию ${k.cnRegion().names.ru}.`,
  (k) =>
    `Заместитель акима города ${names(k).kz} ${k.inventedPerson(false).ru} сообщил, что общая стоимость проекта составляет более ${k.count()} млн долларов.`,
];

export const RU_TITLES: readonly Template[] = [
  (k) => `${names(k).kz} и ${names(k).cn} укрепляют сотрудничество`,
  (k) => `В ${prep(names(k).cn)} обсудили связи между городами Казахстана и Китая`,
  (k) => `${names(k).kz} – ${names(k).cn}: откроется новый авиарейс`,
  (k) => `Делегация ${gen(names(k).kz)} посетила ${acc(names(k).cn)}`,
];
