// Listing categories: each is a need on one side and an offer on the other, and names which
// categories on the other side complement it (a joint-venture need can meet an investment offer).
import { labels, type Labels } from './labels.ts';

export interface ListingCategory {
  code: string;
  labels: Labels;
  need: Labels;
  offer: Labels;
  /** Categories of the opposite kind that complement this one, beyond itself. */
  alsoMatches: string[];
  /** Categories a counterpart often files the same deal under (a chip prototyping run posted as a
   *  professional service for a technology need): weaker than `alsoMatches`, never a bar. */
  neighbours: string[];
}

export const LISTING_CATEGORIES: ListingCategory[] = [
  {
    code: 'investment',
    labels: labels('Investment', '投資', '投资'),
    need: labels('Seeking investment', '尋求投資', '寻求投资'),
    offer: labels('Offering investment', '提供投資', '提供投资'),
    alsoMatches: ['joint-venture'],
    neighbours: [],
  },
  {
    code: 'supply',
    labels: labels('Supply & manufacturing', '供應及製造', '供应及制造'),
    need: labels('Seeking a supplier', '尋找供應商', '寻找供应商'),
    offer: labels('Offering manufacturing', '提供製造', '提供制造'),
    alsoMatches: [],
    neighbours: ['professional-service', 'technology-licensing', 'joint-venture'],
  },
  {
    code: 'professional-service',
    labels: labels('Professional services', '專業服務', '专业服务'),
    need: labels('Seeking a professional service', '尋求專業服務', '寻求专业服务'),
    offer: labels('Offering a professional service', '提供專業服務', '提供专业服务'),
    alsoMatches: [],
    neighbours: ['supply', 'technology-licensing'],
  },
  {
    code: 'market-entry',
    labels: labels('Market entry & distribution', '市場進入及分銷', '市场进入及分销'),
    need: labels('Seeking market entry or distribution', '尋求市場進入或分銷', '寻求市场进入或分销'),
    offer: labels('Offering market entry or distribution', '提供市場進入或分銷', '提供市场进入或分销'),
    alsoMatches: ['professional-service'],
    neighbours: ['supply', 'joint-venture'],
  },
  {
    code: 'technology-licensing',
    labels: labels('Technology licensing', '技術授權', '技术授权'),
    need: labels('Seeking technology', '尋求技術', '寻求技术'),
    offer: labels('Offering technology licensing', '提供技術授權', '提供技术授权'),
    alsoMatches: ['joint-venture'],
    neighbours: ['professional-service', 'supply'],
  },
  {
    code: 'joint-venture',
    labels: labels('Joint venture', '合資合作', '合资合作'),
    need: labels('Seeking a joint-venture partner', '尋求合資夥伴', '寻求合资伙伴'),
    offer: labels('Offering a joint venture', '提供合資合作', '提供合资合作'),
    alsoMatches: ['investment', 'technology-licensing'],
    neighbours: ['supply', 'market-entry'],
  },
];
