// Organisation names in each language a firm uses, and a unique e-mail domain for its people.
import type { Lang } from '../../shared/taxonomy/index.ts';
import { slug } from './people.ts';
import type { SeededRandom } from './random.ts';
import { placeLabel, termIn } from './text.ts';
import type { NameRecipe, Term } from './types.ts';

const NAME_LANGS: Lang[] = ['en', 'zh-Hant', 'zh-Hans'];

/** An organisation's names, the brand they were built from, and its people's e-mail domain. */
export interface OrgNaming {
  names: Partial<Record<Lang, string>>;
  brand: Term;
  domain: string;
}

/** Names not yet in `takenNames` (by English or first name) and a domain not in `takenDomains`. */
export function nameOrg(random: SeededRandom, recipe: NameRecipe, home: string, takenNames: Set<string>, takenDomains: Set<string>): OrgNaming {
  for (let attempt = 0; attempt < 50; attempt++) {
    const brand = random.pick(recipe.brands);
    const variant = random.int(0, 99);
    const names: Partial<Record<Lang, string>> = {};
    for (const lang of NAME_LANGS) {
      const patterns = (lang === 'en' ? recipe.byHome?.[home] : undefined) ?? recipe[lang];
      if (!patterns) continue;
      // The same pattern position in every language, so the names translate each other.
      const pattern = patterns[variant % patterns.length];
      names[lang] = pattern.replaceAll('{brand}', termIn(brand, lang)).replaceAll('{home}', placeLabel(home, lang));
    }
    const key = names.en ?? Object.values(names)[0] ?? '';
    if (takenNames.has(key)) continue;
    takenNames.add(key);
    return { names, brand, domain: uniqueDomain(`${slug(brand[0])}-${recipe.domain}`, takenDomains) };
  }
  throw new Error(`ran out of names for ${recipe.domain}; add brands`);
}

function uniqueDomain(base: string, taken: Set<string>): string {
  let domain = `${base}.example`;
  for (let n = 2; taken.has(domain); n++) domain = `${base}${n}.example`;
  taken.add(domain);
  return domain;
}
