import { PrefixFilter } from '../prefix-filter';
import { normalizeForMatch } from '../tokenize';
import type { Finding } from './finding';
import { comparable, type NamedPerson } from './initials';
import { isChineseName } from './person-names';
import type { Language } from '../types';
import type { TextView } from './text-view';

/**
 * Later mentions of a person the text already named: the whole name again in any case form
 * («Фан Сяо» … «Фан Сяоның»), or the surname alone. A Chinese name's surname is its first word;
 * English news uses it alone ("Duan said"), Kazakh and Russian news rarely do, so there it is not
 * looked for. A surname shared by two people links to neither.
 * `taken(index)` tells tokens already inside a mention.
 */
export function findRepeatedPersons(
  view: TextView,
  people: readonly NamedPerson[],
  taken: (index: number) => boolean,
): Finding[] {
  const bySurname = new Map<string, NamedPerson | null>();
  for (const person of people) {
    const surname = surnameOf(person.words, view.language);
    if (surname === undefined || surname.endsWith('.')) continue;
    const key = comparable(surname);
    const existing = bySurname.get(key);
    bySurname.set(key, existing === undefined || existing?.entity.key === person.entity.key ? person : null);
  }
  const filter = new PrefixFilter(
    people.flatMap((person) => person.words.flatMap((word) => [normalizeForMatch(word), comparable(word)])),
  );
  const findings: Finding[] = [];
  if (filter.size === 0) return findings;
  for (let i = 0; i < view.tokens.length; i += 1) {
    if (taken(i) || !view.mayBe(i, filter) || !view.isNameWord(i)) continue;
    const whole = wholeNameAt(view, i, people, taken);
    if (whole) {
      findings.push(whole);
      i = whole.last;
      continue;
    }
    const keys = view.lemmas(i).map(comparable);
    const person = keys.map((key) => bySurname.get(key)).find((found) => found);
    const token = view.tokens[i];
    if (!person || !token) continue;
    findings.push({ first: i, last: i, start: token.start, end: view.nameEnd(i), entity: person.entity, nameWords: person.words });
  }
  return findings;
}

function wholeNameAt(
  view: TextView,
  index: number,
  people: readonly NamedPerson[],
  taken: (index: number) => boolean,
): Finding | null {
  for (const person of people) {
    if (person.words.length < 2 || person.words.some((word) => word.endsWith('.'))) continue;
    const last = index + person.words.length - 1;
    let matches = true;
    for (let k = 0; k < person.words.length && matches; k += 1) {
      const tokenIndex = index + k;
      const word = person.words[k] ?? '';
      matches =
        tokenIndex < view.tokens.length &&
        !taken(tokenIndex) &&
        (k === 0 || view.joinedToNext(tokenIndex - 1)) &&
        view.lemmas(tokenIndex).some((lemma) => comparable(lemma) === comparable(word));
    }
    const first = view.tokens[index];
    if (matches && first) {
      return { first: index, last, start: first.start, end: view.nameEnd(last), entity: person.entity, nameWords: person.words };
    }
  }
  return null;
}

function surnameOf(words: readonly string[], language: Language): string | undefined {
  if (!isChineseName(words)) return words[words.length - 1];
  return language === 'en' ? words[0] : undefined;
}
