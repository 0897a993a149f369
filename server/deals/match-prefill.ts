// What a deal opened from a mutual match starts with: the two listings written into the dossier
// (overview, market, financials, compliance) and its key facts, in the deal's language.
import type { DossierPrefill, ParagraphSpec } from '../../shared/deal-docs.ts';
import { codedFactText, DOSSIER_TEMPLATES } from '../../shared/deal-docs.ts';
import type { DealType } from '../../shared/schemas/deals.ts';
import { labels, type Lang } from '../../shared/taxonomy/index.ts';
import type { ListingRecord } from '../listings/index.ts';
import type { OrgRecord } from '../orgs/index.ts';

const WORDS = {
  need: labels('needs', '需要', '需要'),
  offer: labels('offers', '提供', '提供'),
  sectors: labels('Sectors:', '行業：', '行业：'),
  regions: labels('Regions:', '地區：', '地区：'),
  dealSize: labels('Deal size:', '交易規模：', '交易规模：'),
  stage: labels('Project stage:', '項目階段：', '项目阶段：'),
  certifications: labels('Certifications:', '認證：', '认证：'),
  unnamed: labels('Unnamed organisation', '未具名機構', '未具名机构'),
} as const;

export interface MatchedListings {
  need: ListingRecord;
  offer: ListingRecord;
  needOrg: OrgRecord | undefined;
  offerOrg: OrgRecord | undefined;
}

function orgName(org: OrgRecord | undefined, lang: Lang): string {
  return org?.names[lang] ?? org?.name ?? WORDS.unnamed[lang];
}

/** Paragraphs per section, each moved to the overview when the deal type has no such section. */
function placeInTemplate(type: DealType, sections: Record<string, ParagraphSpec[]>): Record<string, ParagraphSpec[]> {
  const known = new Set(DOSSIER_TEMPLATES[type].sections);
  const placed: Record<string, ParagraphSpec[]> = {};
  for (const [key, paragraphs] of Object.entries(sections)) {
    const target = known.has(key) ? key : 'overview';
    placed[target] = [...(placed[target] ?? []), ...paragraphs];
  }
  return placed;
}

export function prefillFromMatch(matched: MatchedListings, type: DealType, lang: Lang): DossierPrefill {
  const { need, offer } = matched;
  const needName = orgName(matched.needOrg, lang);
  const offerName = orgName(matched.offerOrg, lang);
  const codes: Record<string, string[]> = {
    sectors: [...new Set([...need.sectors, ...offer.sectors])],
    regions: [...new Set([...need.regions, ...offer.regions])],
    'deal-size': [need.dealSize ?? offer.dealSize ?? []].flat(),
    'project-stage': [need.stage ?? offer.stage ?? []].flat(),
  };
  const [sectors, regions, dealSize, stage] = ['sectors', 'regions', 'deal-size', 'project-stage'].map((key) => codedFactText(key, codes[key], lang));
  const certifications = [...new Set([...need.certifications, ...offer.certifications, ...(matched.offerOrg?.certifications ?? [])])].join(', ');
  const sections: Record<string, ParagraphSpec[]> = {
    overview: [
      { label: `${needName} ${WORDS.need[lang]}:`, text: need.title },
      { text: need.description },
      { label: `${offerName} ${WORDS.offer[lang]}:`, text: offer.title },
      { text: offer.description },
    ],
    market: [
      { label: WORDS.sectors[lang], text: sectors },
      { label: WORDS.regions[lang], text: regions },
    ],
    financials: [
      { label: WORDS.dealSize[lang], text: dealSize },
      { label: WORDS.stage[lang], text: stage },
    ].filter((paragraph) => paragraph.text !== ''),
    'compliance-esg': certifications ? [{ label: WORDS.certifications[lang], text: certifications }] : [],
  };
  return {
    sections: placeInTemplate(type, sections),
    keyFacts: {
      counterparties: `${needName}; ${offerName}`,
      sectors,
      regions,
      'deal-size': dealSize,
      'project-stage': stage,
      certifications,
    },
    keyFactCodes: Object.fromEntries(Object.entries(codes).filter(([, list]) => list.length > 0)),
  };
}
