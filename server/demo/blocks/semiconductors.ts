// Advanced electronics and semiconductors: chip-design houses in the Loop and Shenzhen, and
// packaging / third-generation semiconductor fabs in the GBA and beyond.
import type { Archetype } from '../types.ts';
import { HK_BRANDS, lt, MAINLAND_BRANDS } from './brands.ts';

const CHIP_DESIGN: Archetype = {
  id: 'chip-design',
  weight: 8,
  homes: ['hk-loop', 'hk-loop', 'hk-science-park', 'shenzhen', 'qianhai'],
  sectors: [['chip-design', 'semiconductors'], ['chip-design', 'ai'], ['silicon-photonics', 'chip-design']],
  sizes: ['startup', 'startup', 'sme'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 3], [['zh-Hans', 'en'], 4], [['en'], 3]],
  names: {
    brands: [...MAINLAND_BRANDS, ...HK_BRANDS],
    domain: 'chip',
    en: ['{brand} Microelectronics Ltd', '{brand} Semiconductor Technology Co., Ltd.', '{brand} Silicon Design'],
    'zh-Hans': ['{brand}微电子有限公司', '{brand}半导体科技有限公司', '{brand}芯片设计（{home}）有限公司'],
  },
  capabilities: ['RTL design', 'analog/mixed-signal', 'tape-out management', 'EDA flows', 'IP cores'],
  certifications: ['ISO 9001', 'AEC-Q100'],
  about: {
    'zh-Hans': ['{org}位于{home}，专注{chip}设计，团队来自国内外头部芯片企业。'],
    en: ['{org} designs {chip} in {home}.'],
  },
  profiles: [
    { t: { chip: ['edge-AI inference chips', '邊緣AI推理晶片', '边缘AI推理芯片'] } },
    { t: { chip: ['automotive MCUs and power-management ICs', '車規級MCU及電源管理晶片', '车规级MCU及电源管理芯片'] } },
    { t: { chip: ['silicon-photonics optical transceivers', '硅光子光收發模組', '硅光光模块'] } },
    { t: { chip: ['RISC-V processor IP', 'RISC-V處理器IP', 'RISC-V处理器IP'] } },
  ],
  listings: [
    {
      kind: 'need',
      category: 'investment',
      fixedRegions: ['hk'],
      regions: ['shenzhen', 'singapore', 'uae', 'hk-loop'],
      dealSizes: ['5m-20m', '20m-100m'],
      stages: ['pilot', 'growth'],
      anonymous: 0.35,
      text: {
        'zh-Hans': lt(
          ['{chip}设计公司A轮融资', '河套{chip}项目寻求投资'],
          ['公司专注{chip}，首颗芯片已完成流片并通过{n:3-12}家客户验证。'],
          ['本轮拟融资{usd:10-50}，用于量产及第二代产品研发。', '已获香港创新科技署及深圳市相关资助，计划在香港设立研发总部。'],
          ['欢迎半导体产业基金及战略投资者联系。'],
        ),
        en: lt(
          ['Series A: {chip} design house raising {usd:10-50}'],
          ['We design {chip}; our first chip taped out and passed customer qualification.'],
          ['New capital goes to volume production and our second-generation design, with R&D headquartered in Hong Kong.'],
          ['Semiconductor funds and strategic investors welcome.'],
        ),
      },
    },
    {
      kind: 'need',
      category: 'supply',
      sectors: ['advanced-packaging', 'semiconductors'],
      regions: ['zhuhai', 'dongguan', 'jiangsu', 'malaysia', 'shenzhen'],
      dealSizes: ['1m-5m', '5m-20m'],
      stages: ['pilot', 'growth'],
      text: {
        'zh-Hans': lt(['寻找先进封装及测试合作厂（{chip}）'], ['我们的{chip}需要Chiplet及2.5D先进封装，以及晶圆级测试产能。'], ['预计首年需求{n:5-50}万颗，希望合作伙伴支持小批量工程批。'], ['欢迎封测厂联系。']),
        en: lt(['Advanced packaging and test partner wanted for {chip}'], ['Our {chip} need chiplet / 2.5D advanced packaging and wafer-level test capacity.'], ['First-year volume around {n:50-500} thousand units; engineering lots first.'], ['OSATs in the Greater Bay Area and Malaysia welcome.']),
      },
    },
    {
      kind: 'offer',
      category: 'technology-licensing',
      regions: ['hk', 'gba', 'asean', 'eu', 'japan', 'korea'],
      dealSizes: ['under-1m', '1m-5m'],
      stages: ['growth', 'mature'],
      text: {
        'zh-Hans': lt(['{chip}IP授权'], ['我们提供经过硅验证的{chip}相关IP，已授权{n:5-30}家客户。'], ['支持定制开发及联合流片，提供完整EDA设计流程支持。'], ['欢迎芯片设计公司及系统厂商洽谈授权。']),
        en: lt(['Licensing silicon-proven IP for {chip}'], ['Our silicon-proven IP for {chip} is licensed to {n:5-30} customers.'], ['Custom development and joint tape-outs available, with full EDA flow support.'], ['Chip companies and system makers, ask for our IP catalogue.']),
      },
    },
  ],
};

const FAB_PACKAGING: Archetype = {
  id: 'fab-packaging',
  weight: 5,
  homes: ['zhuhai', 'dongguan', 'jiangsu', 'guangzhou', 'hk-innopark-yuen-long'],
  sectors: [['advanced-packaging', 'semiconductors'], ['third-gen-semiconductors', 'semiconductors']],
  sizes: ['sme', 'large'],
  culture: 'mainland',
  voice: 'zh-Hans',
  mix: [[['zh-Hans'], 6], [['zh-Hans', 'en'], 4]],
  names: { brands: MAINLAND_BRANDS, domain: 'semi', en: ['{brand} Semiconductor Manufacturing Co., Ltd.'], 'zh-Hans': ['{home}{brand}半导体制造有限公司', '{brand}封测科技有限公司'] },
  capabilities: ['SiC epitaxy', 'chiplet packaging', 'wafer-level test', 'automotive qualification'],
  certifications: ['IATF 16949', 'ISO 9001', 'AEC-Q101'],
  about: { 'zh-Hans': ['{org}拥有{n:6-8}英寸产线，专注{process}。'] },
  profiles: [
    { sectors: ['third-gen-semiconductors', 'semiconductors'], t: { process: ['silicon-carbide power devices', '碳化矽功率器件', '碳化硅功率器件'] } },
    { sectors: ['third-gen-semiconductors'], t: { process: ['gallium-nitride fast-charging chips', '氮化鎵快充晶片', '氮化镓快充芯片'] } },
    { sectors: ['advanced-packaging', 'semiconductors'], t: { process: ['chiplet and 2.5D advanced packaging', 'Chiplet及2.5D先進封裝', 'Chiplet及2.5D先进封装'] } },
  ],
  listings: [
    {
      kind: 'offer',
      category: 'supply',
      regions: ['hk', 'gba', 'asean', 'eu', 'korea', 'japan'],
      dealSizes: ['1m-5m', '5m-20m', '20m-100m'],
      stages: ['mature', 'scale-up'],
      certifications: ['IATF 16949'],
      text: {
        'zh-Hans': lt(['{process}代工及封测产能开放', '提供{process}量产服务'], ['我司{process}产线月产能约{n:2000-20000}片，已通过车规认证。'], ['可承接工程批及量产订单，支持客户定制工艺。', '为新能源汽车、光伏逆变器和快充客户稳定供货。'], ['欢迎芯片设计公司及整车厂洽谈。']),
        en: lt(['Foundry and packaging capacity: {process}'], ['Our {process} line runs about {n:2000-20000} wafers a month and is automotive qualified.'], ['Engineering lots and volume orders, with custom process options.'], ['Chip designers and carmakers, ask for capacity.']),
      },
    },
    {
      kind: 'need',
      category: 'investment',
      regions: ['hk', 'middle-east', 'singapore'],
      dealSizes: ['20m-100m', 'over-100m'],
      stages: ['scale-up'],
      anonymous: 0.5,
      text: {
        'zh-Hans': lt(['第三代半导体产线扩产融资'], ['公司专注{process}，已向{n:3-10}家车企批量供货。'], ['拟融资扩建8英寸产线，计划在香港上市。'], ['欢迎产业资本及主权基金洽谈。']),
        en: lt(['Expansion capital for a {process} line'], ['We supply {process} to {n:3-10} carmakers in volume.'], ['Raising capital for an 8-inch line ahead of a Hong Kong listing.'], ['Strategic investors and sovereign funds welcome.']),
      },
    },
  ],
};

export const SEMICONDUCTORS: Archetype[] = [CHIP_DESIGN, FAB_PACKAGING];
