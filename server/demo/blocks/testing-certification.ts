// Testing and certification: some of Hong Kong's ~850 private testing and certification bodies,
// offering the tests exporters need, and laboratories looking for partners.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt } from './brands.ts';

const TIC_BODY: Archetype = {
  id: 'tic-body',
  weight: 11,
  homes: ['hk', 'hk', 'hk-science-park', 'hk-innopark-tai-po', 'hk-northern-metropolis', 'dongguan'],
  sectors: [['testing-certification']],
  sizes: ['sme', 'sme', 'large'],
  culture: 'hk',
  voice: 'zh-Hant',
  mix: [[['zh-Hant'], 4], [['zh-Hant', 'en'], 4], [['en'], 2]],
  names: {
    brands: HK_BRANDS,
    domain: 'lab',
    en: ['{brand} Testing & Certification Ltd', '{brand} Laboratories Ltd', '{brand} Quality Services (HK) Ltd'],
    'zh-Hant': ['{brand}檢測認證有限公司', '{brand}化驗所有限公司', '{brand}品質服務（香港）有限公司'],
  },
  capabilities: ['laboratory testing', 'product certification', 'inspection', 'factory audits', 'training'],
  certifications: ['HOKLAS', 'CNAS', 'ISO/IEC 17025', 'ILAC MRA'],
  about: {
    'zh-Hant': ['{org}是香港約850間私營檢測認證機構之一，實驗室獲HOKLAS認可，專長{field}。'],
    en: ['{org} is one of Hong Kong’s ~850 private testing and certification bodies, HOKLAS-accredited for {field}.'],
  },
  profiles: [
    { sectors: ['testing-certification', 'drones'], t: { field: ['radio, EMC and battery testing for drones and electronics', '無人機及電子產品的無線電、電磁兼容及電池檢測', '无人机及电子产品的无线电、电磁兼容及电池检测'], mark: ['CE, FCC and UKCA', 'CE、FCC及UKCA', 'CE、FCC及UKCA'] } },
    { sectors: ['testing-certification', 'toys'], t: { field: ['toy and children’s product safety', '玩具及兒童用品安全', '玩具及儿童用品安全'], mark: ['EN 71, ASTM F963 and CPC', 'EN 71、ASTM F963及CPC', 'EN 71、ASTM F963及CPC'] } },
    { sectors: ['testing-certification', 'medical-devices'], t: { field: ['medical-device testing and ISO 13485 audits', '醫療器械檢測及ISO 13485審核', '医疗器械检测及ISO 13485审核'], mark: ['CE MDR and ISO 13485', 'CE MDR及ISO 13485', 'CE MDR及ISO 13485'] } },
    { sectors: ['testing-certification', 'nev-batteries'], t: { field: ['EV battery and energy-storage safety', '電動車電池及儲能安全', '电动车电池及储能安全'], mark: ['UN38.3, IEC 62619 and UL 9540', 'UN38.3、IEC 62619及UL 9540', 'UN38.3、IEC 62619及UL 9540'] } },
    { sectors: ['testing-certification', 'watches', 'textiles'], t: { field: ['watch, textile and garment testing', '鐘錶、紡織品及成衣檢測', '钟表、纺织品及成衣检测'], mark: ['ISO 22810 water resistance and OEKO-TEX', 'ISO 22810防水及OEKO-TEX', 'ISO 22810防水及OEKO-TEX'] } },
    { sectors: ['testing-certification', 'green-finance'], t: { field: ['green-bond verification and carbon verification', '綠色債券核證及碳核查', '绿色债券核证及碳核查'], mark: ['green-bond external review and ISO 14064', '綠債外部評審及ISO 14064', '绿债外部评审及ISO 14064'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'professional-service',
      fixedRegions: ['hk'],
      regions: ['gba', 'eu', 'us', 'asean', 'middle-east', 'uk'],
      dealSizes: ['under-1m'],
      stages: ['mature'],
      certifications: ['CE', 'HOKLAS', 'ISO/IEC 17025'],
      text: {
        'zh-Hant': lt(
          ['{field}：一站式檢測認證服務', '出口{market}所需的{mark}檢測認證', '香港認可實驗室：{field}'],
          ['本公司為香港約850間私營檢測認證機構之一，實驗室獲HOKLAS認可，{n:5-20}天內出具{mark}報告。', '我們專注{field}，每年為{n:200-2000}家大灣區製造商提供檢測。'],
          ['香港報告獲國際互認，可直接用於{markets}市場准入。', '可派員到深圳、東莞工廠進行驗廠及抽樣，縮短出口週期。', '提供標準更新培訓，協助企業在設計階段避免不合格。'],
          ['歡迎「走出去」的內地企業查詢報價。', '請聯絡我們安排樣品檢測。'],
        ),
        en: lt(
          ['{field}: one-stop testing and certification', '{mark} testing for exports to {market}', 'Accredited Hong Kong lab: {field}'],
          ['One of Hong Kong’s ~850 private testing and certification bodies, HOKLAS-accredited, issuing {mark} reports in {n:5-20} days.', 'We test {field} for {n:200-2000} Greater Bay Area manufacturers a year.'],
          ['Hong Kong reports are internationally recognised and accepted for market access in {markets}.', 'We send inspectors to factories in Shenzhen and Dongguan for audits and sampling.', 'We train design teams on changing standards so products pass first time.'],
          ['Mainland companies going global are welcome to ask for a quote.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'joint-venture',
      regions: ['shenzhen', 'hk-loop', 'nansha', 'hengqin', 'vietnam', 'uae'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['growth'],
      text: {
        'zh-Hant': lt(['尋求合作夥伴在{market}設立聯合實驗室'], ['隨着客戶把產能轉移到{markets}，我們希望在當地設立聯合實驗室，提供{field}。'], ['合作方可提供場地及當地資質，我們提供技術、認可經驗及國際客戶。'], ['歡迎當地檢測機構及園區洽談。']),
        en: lt(['Partner wanted for a joint laboratory in {market}'], ['As clients move capacity to {markets}, we want a joint laboratory there for {field}.'], ['The partner brings premises and local approvals; we bring methods, accreditation experience and international clients.'], ['Local labs and industrial parks welcome.']),
      },
    },
  ],
};

export const TESTING_CERTIFICATION: Archetype[] = [TIC_BODY];
