/**
 * Common Chinese surnames in pinyin (without tones). Two capitalised words, the first one of
 * these and the second a pinyin (or Palladius) given name of one or two syllables, make a
 * Chinese person's name without a role word beside it ("Duan Peng", «Ма Синжуй», «Лю Вэй»).
 * Compound surnames (Ouyang, Sima) are single words of two syllables.
 */
export const CHINESE_SURNAMES: readonly string[] = [
  'ai', 'an', 'bai', 'ban', 'bao', 'bi', 'bian', 'bo', 'bu', 'cai', 'cao', 'cen', 'chai', 'chang', 'chen', 'cheng',
  'chi', 'chu', 'cong', 'cui', 'dai', 'deng', 'di', 'ding', 'dong', 'dou', 'du', 'duan', 'fan', 'fang', 'fei',
  'feng', 'fu', 'gan', 'gao', 'ge', 'geng', 'gong', 'gu', 'guan', 'guo', 'han', 'hao', 'he', 'hong', 'hou', 'hu',
  'hua', 'huang', 'hui', 'huo', 'ji', 'jia', 'jiang', 'jiao', 'jin', 'jing', 'kang', 'ke', 'kong', 'kou', 'lai',
  'lan', 'lang', 'lei', 'li', 'lian', 'liang', 'liao', 'lin', 'ling', 'liu', 'long', 'lou', 'lu', 'lü', 'luan',
  'luo', 'ma', 'mao', 'mei', 'meng', 'mi', 'miao', 'min', 'mo', 'mu', 'ni', 'nie', 'ning', 'niu', 'ou', 'ouyang',
  'pan', 'pang', 'pei', 'peng', 'pu', 'qi', 'qian', 'qiao', 'qin', 'qiu', 'qu', 'quan', 'rao', 'ren', 'rong',
  'ruan', 'shan', 'shang', 'shao', 'shen', 'sheng', 'shi', 'shu', 'sima', 'song', 'su', 'sun', 'tan', 'tang',
  'tao', 'tian', 'tong', 'wan', 'wang', 'wei', 'wen', 'weng', 'wu', 'xi', 'xia', 'xiang', 'xiao', 'xie', 'xin',
  'xing', 'xiong', 'xu', 'xue', 'yan', 'yang', 'yao', 'ye', 'yi', 'yin', 'you', 'yu', 'yuan', 'yue', 'yun',
  'zang', 'zeng', 'zhai', 'zhan', 'zhang', 'zhao', 'zheng', 'zhong', 'zhou', 'zhu', 'zhuang', 'zhuge', 'zhuo',
  'zou', 'zu', 'zuo',
];
