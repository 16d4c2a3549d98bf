import { kkCase } from './inflect-kk';
import { ruCase } from './inflect-ru';
import type { Template, TemplateKit } from './template-kit';

/**
 * Sentences that report no event: geography, figures, opinions, history without a date. Real news
 * about city cooperation is mostly these; the event sentences are a few per article.
 */

function cities(kit: TemplateKit) {
  return { kz: kit.kzCity().names, cn: kit.cnCity().names };
}

const kkGen = (name: string) => kkCase(name, 'genitive');
const kkLoc = (name: string) => kkCase(name, 'locative');
const kkAbl = (name: string) => kkCase(name, 'ablative');
const ruGen = (name: string) => ruCase(name, 'genitive');
const ruPrep = (name: string) => ruCase(name, 'prepositional');

export const EN_BACKGROUND: readonly Template[] = [
  (k) => `${cities(k).kz.en} lies on one of the main transport corridors between Central Asia and western China.`,
  (k) => `According to the akimat, ${k.count()} companies with Chinese capital already operate in ${cities(k).kz.en}.`,
  (k) => `Experts note that ${cities(k).cn.en} is one of the largest logistics hubs in the west of China.`,
  () => `Local entrepreneurs see good prospects in agriculture and food processing.`,
  (k) => `The share of Chinese investment in the economy of ${k.kzRegion().names.en} is about ${k.percent()} percent.`,
  (k) => `Residents of ${cities(k).kz.en} are more and more interested in learning Chinese.`,
  (k) => `${cities(k).cn.en} is known for its textile and electronics industries.`,
  (k) => `Hundreds of students from ${cities(k).kz.en} study at universities in ${cities(k).cn.en}.`,
  () => `Both sides see tourism as one of the most promising areas of cooperation.`,
  (k) => `${k.kzRegion().names.en} is rich in natural resources and has a strong farming sector.`,
  (k) => `Goods from ${cities(k).cn.en} reach European markets through Kazakhstan in a matter of days.`,
  () => `Analysts say that demand for Kazakh wheat, honey and meat keeps growing.`,
  (k) => `The population of ${cities(k).kz.en} has grown noticeably over the past decade.`,
  (k) => `Small and medium-sized businesses of ${cities(k).kz.en} account for ${k.percent()} percent of its trade with China.`,
];

export const RU_BACKGROUND: readonly Template[] = [
  (k) => `${cities(k).kz.ru} находится на одном из главных транспортных коридоров между Центральной Азией и западом Китая.`,
  (k) => `По данным акимата, число компаний с китайским капиталом в ${ruPrep(cities(k).kz.ru)} достигло ${k.count()}.`,
  (k) => `Эксперты отмечают, что ${cities(k).cn.ru} является одним из крупнейших логистических узлов на западе Китая.`,
  () => `Местные предприниматели видят хорошие перспективы в сельском хозяйстве и переработке продукции.`,
  (k) => `Доля китайских инвестиций в экономике региона составляет около ${k.percent()} процентов.`,
  (k) => `Жители ${ruGen(cities(k).kz.ru)} всё больше интересуются изучением китайского языка.`,
  (k) => `${cities(k).cn.ru} славится текстильной и электронной промышленностью.`,
  (k) => `Сотни студентов из ${ruGen(cities(k).kz.ru)} учатся в университетах ${ruGen(cities(k).cn.ru)}.`,
  () => `Обе стороны считают туризм одним из самых перспективных направлений сотрудничества.`,
  () => `Регион богат природными ресурсами и обладает развитым аграрным сектором.`,
  (k) => `Товары из ${ruGen(cities(k).cn.ru)} доходят до европейских рынков через Казахстан за считаные дни.`,
  () => `Аналитики говорят, что спрос на казахстанскую пшеницу, мёд и мясо продолжает расти.`,
  (k) => `Население ${ruGen(cities(k).kz.ru)} заметно выросло за последнее десятилетие.`,
  (k) => `На малый и средний бизнес ${ruGen(cities(k).kz.ru)} приходится ${k.percent()} процентов его торговли с Китаем.`,
];

export const KK_BACKGROUND: readonly Template[] = [
  (k) => `${cities(k).kz.kk} Орталық Азия мен Қытайдың батысын байланыстыратын негізгі көлік дәліздерінің бірінде орналасқан.`,
  (k) => `Әкімдік деректері бойынша, ${kkLoc(cities(k).kz.kk)} қытай капиталы бар ${k.count()} компания жұмыс істейді.`,
  (k) => `Сарапшылардың айтуынша, ${cities(k).cn.kk} Қытайдың батысындағы ең ірі логистикалық тораптардың бірі саналады.`,
  () => `Жергілікті кәсіпкерлер ауыл шаруашылығы мен өнім өңдеу саласынан үлкен мүмкіндік көріп отыр.`,
  (k) => `Өңір экономикасындағы қытай инвестициясының үлесі шамамен ${k.percent()} пайызды құрайды.`,
  (k) => `${kkGen(cities(k).kz.kk)} тұрғындары қытай тілін үйренуге барған сайын көбірек қызығушылық танытуда.`,
  (k) => `${cities(k).cn.kk} тоқыма және электроника өнеркәсібімен танымал.`,
  (k) => `${kkAbl(cities(k).kz.kk)} шыққан жүздеген студент ${kkGen(cities(k).cn.kk)} университеттерінде білім алуда.`,
  () => `Екі тарап та туризмді ынтымақтастықтың ең перспективалы бағыттарының бірі деп санайды.`,
  () => `Өңір табиғи ресурстарға бай, мұнда ауыл шаруашылығы жақсы дамыған.`,
  (k) => `${kkAbl(cities(k).cn.kk)} шыққан тауарлар Қазақстан арқылы еуропа нарықтарына бірнеше күнде жетеді.`,
  () => `Сарапшылар қазақстандық бидайға, балға және етке сұраныс өсіп келе жатқанын айтады.`,
  (k) => `Соңғы он жылда ${kkGen(cities(k).kz.kk)} халқы айтарлықтай өсті.`,
  (k) => `${kkGen(cities(k).kz.kk)} шағын және орта бизнесі Қытаймен сауданың ${k.percent()} пайызын қамтамасыз етеді.`,
];
