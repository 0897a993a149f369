// People who sign in for the generated organisations: names by culture, with an e-mail local part.
import type { SeededRandom } from './random.ts';
import type { Culture } from './types.ts';

interface NamePool {
  given: string[];
  family: string[];
  /** How the display name is put together. */
  format: (given: string, family: string) => string;
}

const WESTERN_ORDER = (given: string, family: string) => `${given} ${family}`;

const POOLS: Record<Culture, NamePool[]> = {
  hk: [{
    given: ['Winnie', 'Kelvin', 'Vivian', 'Raymond', 'Karen', 'Alvin', 'Joyce', 'Eric', 'Cherry', 'Dickson', 'Mandy', 'Ivan', 'Phoebe', 'Terence', 'Gigi', 'Samuel', 'Candy', 'Wilson'],
    family: ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Leung', 'Ho', 'Ng', 'Tsang', 'Lam', 'Yip', 'Tang', 'Fung', 'Choi', 'Mak', 'Poon', 'Yeung', 'Chow'],
    format: WESTERN_ORDER,
  }],
  mainland: [{
    given: ['伟|Wei', '芳|Fang', '建国|Jianguo', '晓明|Xiaoming', '静|Jing', '磊|Lei', '洋|Yang', '慧|Hui', '海涛|Haitao', '敏|Min', '志强|Zhiqiang', '雪|Xue', '军|Jun', '燕|Yan', '鹏|Peng', '丽娜|Lina', '子涵|Zihan', '浩然|Haoran'],
    family: ['王|Wang', '李|Li', '张|Zhang', '刘|Liu', '陈|Chen', '杨|Yang', '赵|Zhao', '黄|Huang', '周|Zhou', '吴|Wu', '徐|Xu', '孙|Sun', '胡|Hu', '朱|Zhu', '高|Gao', '林|Lin', '郭|Guo', '罗|Luo'],
    format: (given, family) => `${family}${given}`,
  }],
  western: [{
    given: ['Anna', 'Lukas', 'Sophie', 'Thomas', 'Claire', 'Pieter', 'Emma', 'Julien', 'Hannah', 'Marco', 'Olivia', 'James', 'Charlotte', 'Felix', 'Laura', 'Daniel'],
    family: ['Schmidt', 'Dubois', 'de Vries', 'Rossi', 'Taylor', 'Fischer', 'Martin', 'Jansen', 'Becker', 'Laurent', 'Novak', 'Kowalski', 'Smith', 'Weber', 'Bernard', 'Visser'],
    format: WESTERN_ORDER,
  }],
  asean: [
    { given: ['Wei Ming', 'Hui Shan', 'Jia Hui', 'Kok Leong'], family: ['Tan', 'Lim', 'Ong', 'Goh'], format: WESTERN_ORDER },
    { given: ['Aisyah', 'Rizal', 'Faiz', 'Nurul'], family: ['Rahman', 'Hakim', 'Ismail', 'Abdullah'], format: WESTERN_ORDER },
    { given: ['Thi Lan', 'Minh Duc', 'Quoc Bao', 'Thu Ha'], family: ['Nguyen', 'Tran', 'Pham', 'Le'], format: (given, family) => `${family} ${given}` },
    { given: ['Somchai', 'Kittipong', 'Siriporn', 'Anong'], family: ['Phongsak', 'Srisuk', 'Wongsawat', 'Chaiyaporn'], format: WESTERN_ORDER },
    { given: ['Budi', 'Dewi', 'Agus', 'Sri'], family: ['Santoso', 'Lestari', 'Wijaya', 'Hartono'], format: WESTERN_ORDER },
    { given: ['Arjun', 'Priya', 'Ravi', 'Kavitha'], family: ['Menon', 'Nair', 'Pillai', 'Raman'], format: WESTERN_ORDER },
  ],
  gulf: [
    {
      given: ['Omar', 'Fatima', 'Khalid', 'Noura', 'Ahmed', 'Layla', 'Yousef', 'Mariam', 'Rashid', 'Sara'],
      family: ['Al-Mansouri', 'Al-Hashimi', 'Al-Qahtani', 'Al-Suwaidi', 'Hassan', 'Al-Farsi', 'Al-Otaibi', 'Al-Zahrani', 'Al-Nuaimi', 'Haddad'],
      format: WESTERN_ORDER,
    },
  ],
  'japan-korea': [
    { given: ['Kenji', 'Yuki', 'Hiroshi', 'Takumi', 'Aiko'], family: ['Sato', 'Tanaka', 'Yamamoto', 'Suzuki', 'Watanabe'], format: WESTERN_ORDER },
    { given: ['Min-jun', 'Ji-woo', 'Seo-yeon', 'Hana', 'Do-hyun'], family: ['Kim', 'Park', 'Lee', 'Choi', 'Jung'], format: WESTERN_ORDER },
  ],
};

/** "张|Zhang" → display and romanised parts; plain names romanise to themselves. */
function parts(entry: string): [display: string, roman: string] {
  const [display, roman] = entry.split('|');
  return [display, roman ?? display];
}

/** ASCII letters and digits only, for e-mail local parts and domains. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A person of the culture, with an e-mail local part not in `taken`. */
export function makePerson(random: SeededRandom, culture: Culture, taken: Set<string>): { name: string; local: string } {
  const pool = random.pick(POOLS[culture]);
  for (let attempt = 0; ; attempt++) {
    const [given, givenRoman] = parts(random.pick(pool.given));
    const [family, familyRoman] = parts(random.pick(pool.family));
    const base = `${slug(givenRoman).replace(/-/g, '')}.${slug(familyRoman).replace(/-/g, '')}`;
    const local = attempt < 5 ? base : `${base}${attempt}`;
    if (taken.has(local)) continue;
    taken.add(local);
    return { name: pool.format(given, family), local };
  }
}
