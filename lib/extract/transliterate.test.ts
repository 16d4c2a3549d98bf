import { describe, expect, test } from 'vitest';
import { chineseNameToPinyin, palladiusSyllables, pinyinNameToPalladius, transliterate } from './transliterate';
import { PINYIN_SYLLABLES_BY_INITIAL } from './transliteration/pinyin-syllables';

describe('transliterate: Kazakh and Russian Cyrillic to readable ASCII Latin', () => {
  test.each([
    ['Нұрлан Аққошқаров', 'Nurlan Akkoshkarov'],
    ['Нурлан Аккошкаров', 'Nurlan Akkoshkarov'],
    ['Қасым-Жомарт Тоқаев', 'Kasym-Zhomart Tokayev'],
    ['Ерлан Әбілқасымов', 'Yerlan Abilkasymov'],
    ['Өскемен', 'Oskemen'],
    ['Ақтөбе', 'Aktobe'],
    ['Шымкент', 'Shymkent'],
    ['Ұлытау облысы', 'Ulytau oblysy'],
    ['Щучинск', 'Shchuchinsk'],
    ['Юрий Ильин', 'Yuriy Ilin'],
    ['Һарун', 'Harun'],
    ['Семей', 'Semey'],
    ['ЖШС «Ақ жол»', 'ZHSHS «Ak zhol»'],
    ['Nur-Sultan 2019', 'Nur-Sultan 2019'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(transliterate(cyrillic)).toBe(latin);
  });

  test('a Kazakh and a Russian spelling of one name give one Latin name', () => {
    expect(transliterate('Әлихан Бөкейхан')).toBe(transliterate('Алихан Бокейхан'));
    expect(transliterate('Ғани Үсенов')).toBe(transliterate('Гани Усенов'));
  });
});

describe('chineseNameToPinyin: Palladius Cyrillic back to pinyin', () => {
  test.each([
    ['Гун Чжэн', 'Gong Zheng'],
    ['Фан Сяо', 'Fang Xiao'],
    ['Си Цзиньпин', 'Xi Jinping'],
    ['Ли Цян', 'Li Qiang'],
    ['Ван И', 'Wang Yi'],
    ['Хэ Лифэн', 'He Lifeng'],
    ['Чжао Лэцзи', 'Zhao Leji'],
    ['Ван Хунин', 'Wang Huning'],
    ['Хуэй Лянъюй', 'Hui Liangyu'],
    ['Люй', 'Lü'],
    ['Сиань', "Xi'an"],
    ['Гуанчжоу', 'Guangzhou'],
    // Kazakh spellings: ң is read as н
    ['Шаңхай', 'Shanghai'],
    ['Чжоу Лин', 'Zhou Ling'],
  ])('%s → %s', (cyrillic, pinyin) => {
    expect(chineseNameToPinyin(cyrillic)).toBe(pinyin);
  });

  test.each(['Нұрлан Аққошқаров', 'Урумчи', 'Токаев', 'Гун Chzhen', '', 'Касым-Жомарт'])(
    '%s is not all Palladius syllables → null',
    (text) => {
      expect(chineseNameToPinyin(text)).toBeNull();
    },
  );

  test('every pinyin syllable has a Palladius spelling that reads back to it', () => {
    for (const syllables of Object.values(PINYIN_SYLLABLES_BY_INITIAL)) {
      for (const syllable of syllables) {
        const cyrillic = pinyinNameToPalladius(syllable);
        expect(cyrillic, syllable).not.toBeNull();
        expect(palladiusSyllables(cyrillic ?? '')).toEqual([syllable]);
      }
    }
  });

  test.each([
    ['Gong Zheng', 'Гун Чжэн'],
    ['Xi Jinping', 'Си Цзиньпин'],
    ["Xi'an", 'Сиань'],
    ['Hui Liangyu', 'Хуэй Лянъюй'],
    ['Zhou Lin', 'Чжоу Линь'],
  ])('pinyinNameToPalladius %s → %s', (pinyin, cyrillic) => {
    expect(pinyinNameToPalladius(pinyin)).toBe(cyrillic);
  });

  test('pinyinNameToPalladius gives null for a name that is not pinyin', () => {
    expect(pinyinNameToPalladius('Nurlan Akkoshkarov')).toBeNull();
  });
});
