/**
 * The Palladius system (Russian Cyrillic for Mandarin) as initials × finals: a syllable's
 * Cyrillic spelling is its initial's plus its final's. Gong Zheng = Гун Чжэн, Xi Jinping =
 * Си Цзиньпин, Fang Xiao = Фан Сяо.
 */

export const PALLADIUS_INITIALS: Readonly<Record<string, string>> = {
  b: 'б',
  p: 'п',
  m: 'м',
  f: 'ф',
  d: 'д',
  t: 'т',
  n: 'н',
  l: 'л',
  g: 'г',
  k: 'к',
  h: 'х',
  j: 'цз',
  q: 'ц',
  x: 'с',
  zh: 'чж',
  ch: 'ч',
  sh: 'ш',
  r: 'ж',
  z: 'цз',
  c: 'ц',
  s: 'с',
};

/** Finals after an initial, keyed as pinyin writes them. */
export const PALLADIUS_FINALS: Readonly<Record<string, string>> = {
  a: 'а',
  ai: 'ай',
  an: 'ань',
  ang: 'ан',
  ao: 'ао',
  e: 'э',
  ei: 'эй',
  en: 'энь',
  eng: 'эн',
  o: 'о',
  ou: 'оу',
  ong: 'ун',
  i: 'и',
  ia: 'я',
  ian: 'янь',
  iang: 'ян',
  iao: 'яо',
  ie: 'е',
  in: 'инь',
  ing: 'ин',
  iong: 'юн',
  iu: 'ю',
  u: 'у',
  ua: 'уа',
  uai: 'уай',
  uan: 'уань',
  uang: 'уан',
  ui: 'уй',
  un: 'унь',
  uo: 'о',
  ü: 'юй',
  üe: 'юэ',
  üan: 'юань',
  ün: 'юнь',
};

/** After j, q, x pinyin writes ü as u. */
export const PINYIN_U_MEANS_U_UMLAUT_AFTER = new Set(['j', 'q', 'x']);

/** The «-i» after these initials is not [i]: Palladius writes ы after z c s, и after zh ch sh r. */
export const APICAL_I: Readonly<Record<string, string>> = {
  z: 'ы',
  c: 'ы',
  s: 'ы',
  zh: 'и',
  ch: 'и',
  sh: 'и',
  r: 'и',
};

/** Syllables without an initial, spelled whole. */
export const PALLADIUS_WHOLE_SYLLABLES: Readonly<Record<string, string>> = {
  a: 'а',
  ai: 'ай',
  an: 'ань',
  ang: 'ан',
  ao: 'ао',
  e: 'э',
  ei: 'эй',
  en: 'энь',
  eng: 'эн',
  er: 'эр',
  o: 'о',
  ou: 'оу',
  yi: 'и',
  ya: 'я',
  yan: 'янь',
  yang: 'ян',
  yao: 'яо',
  ye: 'е',
  yin: 'инь',
  ying: 'ин',
  yong: 'юн',
  you: 'ю',
  yu: 'юй',
  yuan: 'юань',
  yue: 'юэ',
  yun: 'юнь',
  wu: 'у',
  wa: 'ва',
  wai: 'вай',
  wan: 'вань',
  wang: 'ван',
  wei: 'вэй',
  wen: 'вэнь',
  weng: 'вэн',
  wo: 'во',
};

/** Other spellings seen in the press, read as the standard one (Гуэй = Гуй = gui). */
export const PALLADIUS_VARIANT_FINALS: Readonly<Record<string, string>> = {
  уэй: 'уй',
};

/** Syllables the Russian press spells otherwise than the table would, and how (hui = Хуэй). */
export const PALLADIUS_PREFERRED_SPELLINGS: Readonly<Record<string, string>> = {
  hui: 'хуэй',
};
