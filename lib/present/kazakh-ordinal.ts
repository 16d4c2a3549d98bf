/**
 * The Kazakh possessive ending after a number in digits, as in «12 беттің 2-сі» (the second of 12
 * pages). It follows the last sound of the number's last spoken word: -сі/-сы after a vowel, -і/-ы
 * after a consonant, front or back by the word's vowels (екі → 2-сі, алты → 6-сы, бір → 1-і, тоғыз → 9-ы).
 */

/** The last word is a unit (бір, екі, … тоғыз). */
const UNIT_ENDINGS: Readonly<Record<number, string>> = {
  1: 'і', // бір
  2: 'сі', // екі
  3: 'і', // үш
  4: 'і', // төрт
  5: 'і', // бес
  6: 'сы', // алты
  7: 'сі', // жеті
  8: 'і', // сегіз
  9: 'ы', // тоғыз
};

/** The last word is a ten (он, жиырма, … тоқсан). */
const TEN_ENDINGS: Readonly<Record<number, string>> = {
  1: 'ы', // он
  2: 'сы', // жиырма
  3: 'ы', // отыз
  4: 'ы', // қырық
  5: 'і', // елу
  6: 'ы', // алпыс
  7: 'і', // жетпіс
  8: 'і', // сексен
  9: 'ы', // тоқсан
};

/** The last word is a power of ten, largest first. */
const POWER_ENDINGS: readonly { power: number; ending: string }[] = [
  { power: 1_000_000_000, ending: 'ы' }, // миллиард
  { power: 1_000_000, ending: 'ы' }, // миллион
  { power: 1_000, ending: 'ы' }, // мың
  { power: 100, ending: 'і' }, // жүз
];

const ZERO_ENDING = 'і'; // нөл

/** The ending for a whole number (its absolute value; a fraction is cut off). */
export function kazakhOrdinalEnding(value: number): string {
  const n = Math.trunc(Math.abs(value));
  if (n === 0) return ZERO_ENDING;
  const unit = n % 10;
  if (unit !== 0) return UNIT_ENDINGS[unit] ?? ZERO_ENDING;
  const ten = Math.trunc(n / 10) % 10;
  if (ten !== 0) return TEN_ENDINGS[ten] ?? ZERO_ENDING;
  // The smallest power whose multiple is not a whole multiple of the next larger one is spoken last.
  for (let index = POWER_ENDINGS.length - 1; index >= 0; index -= 1) {
    const { power, ending } = POWER_ENDINGS[index]!;
    const larger = POWER_ENDINGS[index - 1]?.power;
    if (n % power === 0 && (larger === undefined || n % larger !== 0)) return ending;
  }
  return ZERO_ENDING;
}
