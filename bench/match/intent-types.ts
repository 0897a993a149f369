// A latent "deal intent": one real-world need and the offer that would satisfy it, written by hand
// in English, 繁體 and 简体. The evaluation renders each intent as several listings; relevance comes
// from which intent a listing was rendered from, never from the engine's own features.

export interface SideText {
  en: [title: string, description: string];
  'zh-Hant': [title: string, description: string];
  'zh-Hans': [title: string, description: string];
}

export interface Intent {
  id: string;
  /** The need's category; the offer's is `offerCategory` or the same. */
  category: string;
  offerCategory?: string;
  /** The need's sectors (first = primary); the offer's are `offerSectors` or the same. */
  sectors: string[];
  offerSectors?: string[];
  need: { home: string; to: string[]; size?: string; stage?: string; certs?: string[] };
  /** Offer-side organisations' home regions (one per rendered offer, cycled) and served regions. */
  offer: { homes: string[]; regions: string[]; certs?: string[] };
  needText: SideText;
  offerText: SideText;
}

export function side(enTitle: string, enBody: string, hantTitle: string, hantBody: string, hansTitle: string, hansBody: string): SideText {
  return { en: [enTitle, enBody], 'zh-Hant': [hantTitle, hantBody], 'zh-Hans': [hansTitle, hansBody] };
}
