/**
 * Just enough Russian declension to write place names into sentences: nouns by their ending,
 * adjectives of region names («Акмолинская область» → «Акмолинской области»). Names Russian
 * leaves undeclined (Алматы, Урумчи, Хух-Хото) and multi-word names stay as they are.
 */

export type RuCase = 'genitive' | 'prepositional' | 'accusative' | 'instrumental';

const HUSHING = /[гкхжшчщ]$/;
const SIBILANT = /[жшчщц]$/;

function declineNoun(word: string, grammaticalCase: RuCase): string {
  const stem = word.slice(0, -1);
  if (word.toLowerCase() === 'область') {
    return { genitive: `${stem}и`, prepositional: `${stem}и`, accusative: word, instrumental: `${word}ю` }[grammaticalCase];
  }
  if (word.endsWith('а')) {
    const genitive = HUSHING.test(stem) ? `${stem}и` : `${stem}ы`;
    const instrumental = SIBILANT.test(stem) ? `${stem}ей` : `${stem}ой`;
    return { genitive, prepositional: `${stem}е`, accusative: `${stem}у`, instrumental }[grammaticalCase];
  }
  if (word.endsWith('я')) {
    const prepositional = word.endsWith('ия') ? `${stem}и` : `${stem}е`;
    return { genitive: `${stem}и`, prepositional, accusative: `${stem}ю`, instrumental: `${stem}ей` }[grammaticalCase];
  }
  if (word.endsWith('й')) {
    return { genitive: `${stem}я`, prepositional: `${stem}е`, accusative: word, instrumental: `${stem}ем` }[grammaticalCase];
  }
  if (/[бвгдзклмнпрстфхцчшщж]$/.test(word)) {
    const instrumental = SIBILANT.test(word) ? `${word}ем` : `${word}ом`;
    return { genitive: `${word}а`, prepositional: `${word}е`, accusative: word, instrumental }[grammaticalCase];
  }
  return word;
}

function declineAdjective(word: string, grammaticalCase: RuCase): string | null {
  const feminine = /ая$/.exec(word);
  if (feminine) {
    const stem = word.slice(0, -2);
    return grammaticalCase === 'accusative' ? `${stem}ую` : `${stem}ой`;
  }
  return null;
}

export function ruCase(name: string, grammaticalCase: RuCase): string {
  const words = name.split(' ');
  if (words.length === 1) return declineNoun(name, grammaticalCase);
  // «Акмолинская область», «Область Абай»: the adjective and «область» decline, a name in apposition does not.
  if (!words.some((word) => word.toLowerCase() === 'область')) return name;
  return words
    .map((word) => {
      if (word.toLowerCase() === 'область') return declineNoun(word, grammaticalCase);
      return declineAdjective(word, grammaticalCase) ?? word;
    })
    .join(' ');
}
