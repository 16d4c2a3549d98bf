import { kkAnd, kkCase } from './inflect-kk';
import { capitalize as cap, EXPO_NAMES, FORUM_NAMES, type Template, type TemplateKit } from './template-kit';

/** Kazakh sentences about city cooperation; names take their case endings where the sentence needs them. */

const gen = (name: string) => kkCase(name, 'genitive');
const dat = (name: string) => kkCase(name, 'dative');
const loc = (name: string) => kkCase(name, 'locative');
const abl = (name: string) => kkCase(name, 'ablative');

const TOPICS = [
  'сауда-экономикалық байланыстарды нығайтудың',
  'мәдени-гуманитарлық алмасуды кеңейтудің',
  'көлік-логистикалық ынтымақтастықтың',
  'туристік әлеуетті дамытудың',
];

function names(kit: TemplateKit) {
  return { kz: kit.kzCity().names.kk, cn: kit.cnCity().names.kk };
}

function official(kit: TemplateKit, chinese: boolean): string {
  const person = chinese ? kit.chineseOfficial() : kit.kazakhOfficial();
  return `${person.role.kk} ${person.names.kk}`;
}

export const KK_TEMPLATES: readonly Template[] = [
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} ${loc(kz)} ${kz} қаласының әкімдігі мен ${gen(cn)} делегациясы арасында кездесу өтті.`;
  },
  (k) => `${official(k, true)} ${k.dates.future()} ${dat(names(k).kz)} ресми сапармен барады.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${kkAnd(kz)} ${cn} ${k.dates.sinceYear()} бауырлас қалалар болып табылады.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `Тараптар ${kkAnd(kz)} ${cn} арасында бауырлас қалалар байланысын орнату туралы келісімге ${k.dates.future()} қол қоюды жоспарлап отыр.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} ${abl(kz)} ${dat(cn)} тұңғыш тікелей әуе рейсі ашылады.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} ${k.airline().names.kk} әуе компаниясы ${kz} – ${cn} бағыты бойынша жаңа рейсті іске қосты.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} ${kz} қаласының әкімдігі мен ${cn} қаласының үкіметі сауда-экономикалық ынтымақтастық туралы меморандумға қол қойды.`;
  },
  (k) =>
    `${cap(k.dates.dayRange())} ${loc(names(k).cn)} «${k.random.pick(FORUM_NAMES).kk}» халықаралық инвестициялық форумы өтеді.`,
  (k) => {
    const { kz, cn } = names(k);
    return `Кездесуде ${k.dates.yearRange()} ${kkAnd(kz)} ${cn} арасындағы ынтымақтастықтың жол картасы талқыланды.`;
  },
  (k) => `Еске сала кетейік, ${k.dates.future()} Қазақстанда республикалық референдум өтеді.`,
  (k) => `${cap(k.dates.past())} ${loc(names(k).cn)} Қазақстанның сауда үйі салтанатты түрде ашылды.`,
  (k) => `${cap(k.dates.past())} ${loc(names(k).kz)} Қазақстан-Қытай бизнес-форумы өтті, оған ${k.count()} компания қатысты.`,
  (k) =>
    `${cap(k.dates.past())} ${kkAnd(official(k, false))} ${gen(names(k).cn)} вице-мэрі ${k.inventedPerson(true).kk} кездесті.`,
  (k) =>
    `${kkAnd(k.kzRegion().names.kk)} ${k.cnRegion().names.kk} арасындағы өңірлік ынтымақтастық ${k.dates.past()} жаңа деңгейге көтерілді.`,
  (k) => `${cap(k.dates.past())} ${official(k, true)} ${dat(names(k).kz)} жұмыс сапарымен келді.`,
  (k) => `${official(k, false)} екі ел арасындағы ${k.random.pick(TOPICS)} маңызды екенін атап өтті.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} ${loc(kz)} ${cn} мәдениеті күндерін өткізу жоспарлануда.`;
  },
  (k) =>
    `${cap(k.dates.dayRange())} ${loc(names(k).cn)} «${k.random.pick(EXPO_NAMES).kk}» көрмесі өтеді, оған қазақстандық ${k.count()} компания қатысады.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} ${kkAnd(kz)} ${cn} арасындағы тауар айналымы ${k.percent()} пайызға өсті.`;
  },
  (k) => `Тараптар ${k.dates.yearRange()} іс-қимыл жоспарын бекітуге уағдаласты.`,
  (k) => `${k.organization().names.kk} өкілдері ${k.dates.past()} ${loc(names(k).cn)} жергілікті билік басшыларымен кездесті.`,
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} ${kz} – ${cn} бағыты бойынша жүк пойыздарының тұрақты қатынасы басталады.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.past())} ${cn} университеті мен ${kz} университеті студенттер алмасу туралы келісімге қол қойды.`;
  },
  (k) => {
    const { kz, cn } = names(k);
    return `${cap(k.dates.future())} ${abl(cn)} ${dat(kz)} келетін туристер саны ${k.percent()} пайызға артады деп күтілуде.`;
  },
  (k) =>
    `${cap(k.dates.past())} Қытайдың Қазақстандағы елшісі ${k.inventedPerson(true).kk} ${names(k).kz} қаласының әкімімен кездесті.`,
  (k) => `${cap(k.dates.past())} ${loc(names(k).kz)} ${names(k).cn} іскерлік орталығының ашылу рәсімі өтті.`,
  (k) => `Сонымен қатар ${k.dates.future()} ${gen(names(k).kz)} делегациясы ${dat(k.cnRegion().names.kk)} іссапармен барады.`,
  (k) => `${names(k).kz} қаласы әкімінің орынбасары ${k.inventedPerson(false).kk} жобаның жалпы құны ${k.count()} миллион долларды құрайтынын айтты.`,
];

export const KK_TITLES: readonly Template[] = [
  (k) => `${kkAnd(names(k).kz)} ${names(k).cn} ынтымақтастықты нығайтады`,
  (k) => `${loc(names(k).cn)} Қазақстан мен Қытай қалалары арасындағы байланыстар талқыланды`,
  (k) => `${names(k).kz} – ${names(k).cn}: жаңа әуе рейсі ашылады`,
  (k) => `${gen(names(k).kz)} делегациясы ${dat(names(k).cn)} барды`,
];
