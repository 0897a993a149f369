// Starting texts for a deal room's non-disclosure agreement, per deal type and language: one short
// agreement (confidentiality, purpose, term, return of information, governing law left for the
// parties to fill in) whose purpose clause names the kind of deal. The owner edits it before
// publishing; what members accept is the published text, never this template.
import type { DealType } from './schemas/deals.ts';
import type { Lang } from './taxonomy/index.ts';

const PURPOSES: Record<DealType, Record<Lang, string>> = {
  investment: {
    en: 'a proposed investment in one of the parties, including its financial, legal and commercial due diligence',
    'zh-Hant': '對其中一方之擬議投資（包括財務、法律及商業盡職調查）',
    'zh-Hans': '对其中一方的拟议投资（包括财务、法律和商业尽职调查）',
  },
  supply: {
    en: 'a proposed supply and manufacturing arrangement between the parties',
    'zh-Hant': '各方之間擬議之供應及製造安排',
    'zh-Hans': '各方之间拟议的供应和制造安排',
  },
  'professional-service': {
    en: 'a proposed engagement for professional services between the parties',
    'zh-Hant': '各方之間擬議之專業服務委託',
    'zh-Hans': '各方之间拟议的专业服务委托',
  },
  'joint-venture': {
    en: 'a proposed joint venture or other co-operation between the parties',
    'zh-Hant': '各方之間擬議之合資或其他合作',
    'zh-Hans': '各方之间拟议的合资或其他合作',
  },
  'technology-licensing': {
    en: 'a proposed licence of technology or intellectual property between the parties',
    'zh-Hant': '各方之間擬議之技術或知識產權授權',
    'zh-Hans': '各方之间拟议的技术或知识产权许可',
  },
  'market-entry': {
    en: 'a proposed market-entry, distribution or agency arrangement between the parties',
    'zh-Hant': '各方之間擬議之市場進入、分銷或代理安排',
    'zh-Hans': '各方之间拟议的市场进入、分销或代理安排',
  },
  other: {
    en: 'the proposed transaction between the parties',
    'zh-Hant': '各方之間之擬議交易',
    'zh-Hans': '各方之间的拟议交易',
  },
};

const AGREEMENTS: Record<Lang, (purpose: string) => string> = {
  en: (purpose) => `NON-DISCLOSURE AGREEMENT

This agreement is made by each member of this deal room who accepts it (the "Recipient") for the benefit of the organisations taking part in the deal (each a "Disclosing Party").

1. Purpose. The Recipient receives information solely to evaluate and negotiate ${purpose} (the "Purpose").

2. Confidential Information. "Confidential Information" means all information disclosed in or through this deal room, in any form, including documents, data, terms under negotiation and the fact that discussions are taking place.

3. Obligations. The Recipient shall (a) keep the Confidential Information strictly confidential; (b) use it only for the Purpose; (c) disclose it only to its directors, employees and professional advisers who need to know it for the Purpose and are bound by duties of confidentiality no less protective than these; and (d) protect it with at least the care it uses for its own confidential information, and in any event reasonable care.

4. Exceptions. These obligations do not apply to information that (a) is or becomes public other than through a breach of this agreement; (b) was lawfully known to the Recipient before disclosure, free of any duty of confidence; (c) is lawfully received from a third party entitled to disclose it; or (d) is developed independently without use of the Confidential Information. The Recipient may disclose information where required by law, regulation or a competent authority, after giving the Disclosing Party prompt notice where lawful.

5. Term. This agreement applies from acceptance. The obligations of confidentiality continue for three years after the Recipient last accesses the deal room, and for as long as the information remains a trade secret.

6. Return of information. At the Disclosing Party's request, or when the Recipient stops taking part in the deal, the Recipient shall promptly return or destroy the Confidential Information and all copies, except copies it must keep by law or under a bona fide record-keeping policy, which remain subject to this agreement.

7. No licence, no obligation. No licence or other right in the Confidential Information is granted, and no party is obliged to enter into any transaction.

8. Governing law and disputes. This agreement is governed by the law of [to be agreed by the parties], and disputes arising from it shall be resolved by [the courts or arbitral institution agreed by the parties].`,
  'zh-Hant': (purpose) => `保密協議

本協議由接納本協議之本交易室成員（「接收方」）為參與本交易之各機構（各稱「披露方」）之利益而訂立。

一、目的。接收方僅為評估及磋商${purpose}（「該目的」）而接收資料。

二、保密資料。「保密資料」指於本交易室內或透過本交易室以任何形式披露之一切資料，包括文件、數據、磋商中之條款，以及各方正進行磋商之事實。

三、保密責任。接收方須：(a) 對保密資料嚴格保密；(b) 僅為該目的使用保密資料；(c) 僅向因該目的而需知悉、且負有不低於本協議之保密責任之董事、僱員及專業顧問披露保密資料；及 (d) 以不低於保護其自身保密資料之謹慎程度（且無論如何不低於合理謹慎程度）保護保密資料。

四、例外情況。上述責任不適用於以下資料：(a) 非因違反本協議而已屬或成為公眾所知者；(b) 接收方於披露前已合法知悉且不負保密責任者；(c) 接收方從有權披露之第三方合法取得者；或 (d) 未使用保密資料而獨立開發者。如法律、規例或具管轄權之機關要求披露，接收方可作出披露，惟須在法律許可之範圍內從速通知披露方。

五、期限。本協議自接納時起生效。保密責任於接收方最後一次查閱本交易室後持續三年；就仍屬商業秘密之資料而言，保密責任持續至其不再屬商業秘密為止。

六、交還資料。經披露方要求，或接收方不再參與本交易時，接收方須從速交還或銷毀保密資料及其一切副本；惟依法律或真誠之紀錄保存政策須予保留之副本除外，該等副本仍受本協議約束。

七、不授予許可及無締約義務。本協議並不授予保密資料之任何許可或其他權利，任何一方亦無義務訂立任何交易。

八、管轄法律及爭議解決。本協議受［由各方議定］之法律管轄，因本協議產生之爭議由［各方議定之法院或仲裁機構］解決。`,
  'zh-Hans': (purpose) => `保密协议

本协议由接受本协议的本交易室成员（“接收方”）为参与本交易的各机构（各称“披露方”）的利益而订立。

一、目的。接收方接收信息仅用于评估和洽谈${purpose}（“本目的”）。

二、保密信息。“保密信息”是指在本交易室内或者通过本交易室以任何形式披露的全部信息，包括文件、数据、正在谈判的条款以及各方正在进行洽谈这一事实。

三、保密义务。接收方应当：（一）对保密信息严格保密；（二）仅为本目的使用保密信息；（三）仅向因本目的需要知悉、且负有不低于本协议保密义务的董事、员工和专业顾问披露保密信息；（四）以不低于保护自身保密信息的注意程度（且在任何情况下不低于合理注意程度）保护保密信息。

四、例外情形。下列信息不适用上述义务：（一）非因违反本协议而已经或者成为公众所知的信息；（二）接收方在披露前已合法知悉且不负保密义务的信息；（三）接收方从有权披露的第三方合法获得的信息；（四）未使用保密信息而独立开发的信息。法律、法规或者有权机关要求披露的，接收方可以披露，但应当在法律允许的范围内及时通知披露方。

五、期限。本协议自接受之时起生效。保密义务在接收方最后一次访问本交易室后持续三年；对于仍属商业秘密的信息，保密义务持续至其不再构成商业秘密之时。

六、返还信息。经披露方要求，或者接收方不再参与本交易时，接收方应当及时返还或者销毁保密信息及其全部副本；但依照法律或者善意的档案保存制度须予保留的副本除外，该等副本仍受本协议约束。

七、不授予许可，无缔约义务。本协议不授予保密信息的任何许可或者其他权利，任何一方均无义务达成任何交易。

八、适用法律与争议解决。本协议适用［由各方约定］的法律，因本协议产生的争议由［各方约定的法院或者仲裁机构］解决。`,
};

/** The starting NDA text for a deal of this type, in this language. */
export function ndaTemplate(type: DealType, lang: Lang): string {
  return AGREEMENTS[lang](PURPOSES[type][lang]);
}
