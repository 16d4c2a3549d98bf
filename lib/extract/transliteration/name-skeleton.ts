/**
 * Spellings of one name in Latin letters that English-language news, Kazakh Latin and our own
 * transliteration produce, folded to one skeleton: Tokayev = Tokaev, Yerlan = Erlan, Aytmukhambetov =
 * Aitmukhambetov, Japarov = Zhaparov, Qasym = Kassym = Kasym, Berdimuhamedow = Berdymukhamedov,
 * Chunlin = Chunling (Kazakh spellings drop the soft sign of Palladius -нь).
 *
 * Letter groups are replaced first (longest first, left to right), then single letters; «y»
 * before a vowel is dropped (the «й» of Yerlan, Tokayev that spellings leave out) and is «i»
 * elsewhere; doubled letters collapse; anything but a-z is dropped.
 */
export const LATIN_LETTER_GROUP_FOLDS: Readonly<Record<string, string>> = {
  dzh: 'zh',
  kh: 'h',
  ng: 'n',
};

export const LATIN_LETTER_FOLDS: Readonly<Record<string, string>> = {
  j: 'zh',
  q: 'k',
  w: 'v',
  ş: 'sh',
  ç: 'ch',
  ı: 'i',
  ä: 'a',
  á: 'a',
  à: 'a',
  â: 'a',
  é: 'e',
  è: 'e',
  ë: 'e',
  ê: 'e',
  í: 'i',
  ï: 'i',
  ö: 'o',
  ó: 'o',
  ô: 'o',
  ü: 'u',
  ú: 'u',
  û: 'u',
  ğ: 'g',
  ñ: 'n',
  ņ: 'n',
};

const GROUPS = Object.entries(LATIN_LETTER_GROUP_FOLDS).sort((a, b) => b[0].length - a[0].length);
const GROUP_STARTS = new Set(GROUPS.map(([from]) => from.charAt(0)));
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** The skeleton of a name written in Latin letters, words joined without spaces. One pass. */
export function latinNameSkeleton(latin: string): string {
  const text = latin.toLowerCase();
  let skeleton = '';
  const push = (letters: string) => {
    for (const letter of letters) if (letter !== skeleton.charAt(skeleton.length - 1)) skeleton += letter;
  };
  let i = 0;
  while (i < text.length) {
    const group = GROUP_STARTS.has(text.charAt(i)) ? GROUPS.find(([from]) => text.startsWith(from, i)) : undefined;
    if (group) {
      push(group[1]);
      i += group[0].length;
      continue;
    }
    const char = text.charAt(i);
    i += 1;
    if (char === 'y') {
      if (!VOWELS.has(foldedLetter(text.charAt(i)))) push('i');
      continue;
    }
    const folded = foldedLetter(char);
    if (folded !== '') push(folded);
  }
  return skeleton;
}

function foldedLetter(char: string): string {
  if (char >= 'a' && char <= 'z') return LATIN_LETTER_FOLDS[char] ?? char;
  return LATIN_LETTER_FOLDS[char] ?? '';
}
