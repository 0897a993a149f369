// The due-diligence request catalogue: sections and their items, each worded in English,
// Traditional and Simplified Chinese, written for Mainland ↔ Hong Kong ↔ overseas deals. Deal-type
// templates (templates.ts) pick from it; a key never changes once shipped, since stored items name it.
import { labels, type Labels } from '../taxonomy/labels.ts';

export interface CatalogueSection {
  labels: Labels;
  /** Item key (unique within the section) → its wording. */
  items: Record<string, Labels>;
}

export const CHECKLIST_CATALOGUE = {
  corporate: {
    labels: labels('Corporate & constitutional documents', '公司及章程文件', '公司及章程文件'),
    items: {
      registration: labels('Business registration and certificate of incorporation (or Mainland business licence)', '商業登記及公司註冊證明書（或內地營業執照）', '商业登记及公司注册证明书（或内地营业执照）'),
      articles: labels('Articles of association and any shareholders’ agreement', '公司章程及股東協議', '公司章程及股东协议'),
      ownership: labels('Shareholding chart up to the ultimate beneficial owners', '直至最終實益擁有人的股權架構圖', '直至最终实益拥有人的股权架构图'),
      registers: labels('Registers of directors and members; significant controllers register', '董事及成員登記冊；重要控制人登記冊', '董事及成员登记册；重要控制人登记册'),
      resolutions: labels('Board and shareholder resolutions approving the transaction', '批准本交易的董事會及股東決議', '批准本交易的董事会及股东决议'),
      litigation: labels('Pending or threatened litigation, arbitration and regulatory investigations', '待決或潛在的訴訟、仲裁及監管調查', '待决或潜在的诉讼、仲裁及监管调查'),
    },
  },
  financial: {
    labels: labels('Financial information', '財務資料', '财务资料'),
    items: {
      audited: labels('Audited financial statements for the last three years', '最近三年經審計財務報表', '最近三年经审计财务报表'),
      management: labels('Management accounts for the current year', '本年度管理賬目', '本年度管理账目'),
      debt: labels('Bank facilities, loans, guarantees and security interests', '銀行融資、貸款、擔保及抵押權益', '银行融资、贷款、担保及抵押权益'),
      projections: labels('Business plan and financial projections with assumptions', '業務計劃及財務預測（連假設）', '业务计划及财务预测（连假设）'),
      receivables: labels('Aged receivables and payables; related-party balances', '應收及應付賬齡分析；關聯方結餘', '应收及应付账龄分析；关联方结余'),
    },
  },
  tax: {
    labels: labels('Tax', '稅務', '税务'),
    items: {
      returns: labels('Profits tax / enterprise income tax returns and assessments, last three years', '最近三年利得稅／企業所得稅報稅表及評稅', '最近三年利得税／企业所得税报税表及评税'),
      indirect: labels('VAT and customs filings; export VAT rebates claimed', '增值稅及海關申報；已申請的出口退稅', '增值税及海关申报；已申请的出口退税'),
      incentives: labels('Tax incentives held (e.g. High and New Technology Enterprise status)', '所享稅務優惠（如高新技術企業資格）', '所享税务优惠（如高新技术企业资格）'),
      treaty: labels('Withholding tax and double taxation arrangement position', '預扣稅及避免雙重徵稅安排的適用情況', '预扣税及避免双重征税安排的适用情况'),
      disputes: labels('Open tax audits, disputes and transfer-pricing documentation', '未完結的稅務審查、爭議及轉讓定價文檔', '未完结的税务审查、争议及转让定价文档'),
    },
  },
  contracts: {
    labels: labels('Material contracts', '重大合同', '重大合同'),
    items: {
      customers: labels('Top ten customer and supplier contracts', '十大客戶及供應商合同', '十大客户及供应商合同'),
      change: labels('Change-of-control, exclusivity and non-compete clauses', '控制權變更、獨家及競業禁止條款', '控制权变更、独家及竞业禁止条款'),
      related: labels('Related-party agreements', '關聯方協議', '关联方协议'),
      insurance: labels('Insurance policies and claims history', '保險單及索償紀錄', '保险单及索偿记录'),
    },
  },
  licences: {
    labels: labels('Licences & permits', '牌照及許可', '牌照及许可'),
    items: {
      operating: labels('Operating licences and permits, with expiry dates', '經營牌照及許可（連到期日）', '经营牌照及许可（连到期日）'),
      product: labels('Product registrations and certifications (CCC, CE, FCC, UKCA)', '產品註冊及認證（CCC、CE、FCC、UKCA）', '产品注册及认证（CCC、CE、FCC、UKCA）'),
      import: labels('Import/export licences and customs registration', '進出口許可證及海關登記', '进出口许可证及海关登记'),
      environmental: labels('Environmental impact assessment and discharge permits', '環境影響評估及排污許可', '环境影响评估及排污许可'),
    },
  },
  quality: {
    labels: labels('Quality, testing & certification', '質量、檢測及認證', '质量、检测及认证'),
    items: {
      iso: labels('ISO 9001 / IATF 16949 / ISO 13485 certificates and last audit reports', 'ISO 9001／IATF 16949／ISO 13485 證書及最近審核報告', 'ISO 9001／IATF 16949／ISO 13485 证书及最近审核报告'),
      testing: labels('Test reports from an accredited laboratory (HOKLAS / CNAS)', '認可實驗所（HOKLAS／CNAS）出具的測試報告', '认可实验室（HOKLAS／CNAS）出具的测试报告'),
      capacity: labels('Production capacity, lines and utilisation; factory audit', '產能、生產線及使用率；驗廠報告', '产能、生产线及使用率；验厂报告'),
      recalls: labels('Product liability claims, recalls and warranty data', '產品責任索償、召回及保養數據', '产品责任索偿、召回及保修数据'),
    },
  },
  ip: {
    labels: labels('Intellectual property', '知識產權', '知识产权'),
    items: {
      schedule: labels('Schedule of patents, trademarks, designs and software copyrights by jurisdiction', '按司法管轄區列出的專利、商標、外觀設計及軟件著作權清單', '按司法管辖区列出的专利、商标、外观设计及软件著作权清单'),
      title: labels('Chain of title: assignments from founders, employees and contractors', '權屬鏈：創辦人、僱員及承包商的轉讓文件', '权属链：创始人、雇员及承包商的转让文件'),
      licences: labels('In- and out-licences, royalties and encumbrances', '許可引入及許出、特許權使用費及權利負擔', '许可引入及许出、特许权使用费及权利负担'),
      fto: labels('Freedom-to-operate opinion and infringement claims', '自由實施分析意見及侵權索償', '自由实施分析意见及侵权索偿'),
      opensource: labels('Open-source components and their licences', '開源組件及其許可證', '开源组件及其许可证'),
    },
  },
  regulatory: {
    labels: labels('Regulatory approvals', '監管審批', '监管审批'),
    items: {
      odi: labels('Outbound investment filings (NDRC, MOFCOM, SAFE) for the Mainland side', '內地一方的境外投資備案（發改委、商務部、外匯局）', '内地一方的境外投资备案（发改委、商务部、外汇局）'),
      fdi: labels('Foreign investment: negative list check and security review', '外商投資：負面清單核對及安全審查', '外商投资：负面清单核对及安全审查'),
      merger: labels('Merger control filings (SAMR and other jurisdictions)', '經營者集中申報（國家市場監管總局及其他司法管轄區）', '经营者集中申报（国家市场监管总局及其他司法管辖区）'),
      export: labels('Export control and sanctions screening (China Export Control Law, EAR, EU dual-use)', '出口管制及制裁篩查（《出口管制法》、EAR、歐盟兩用物項）', '出口管制及制裁筛查（《出口管制法》、EAR、欧盟两用物项）'),
      technology: labels('Technology import/export registration or licence', '技術進出口登記或許可', '技术进出口登记或许可'),
      aml: labels('KYC and anti-money-laundering checks on the counterparty', '對交易對手的客戶盡職審查及反洗錢檢查', '对交易对手的客户尽职审查及反洗钱检查'),
    },
  },
  data: {
    labels: labels('Data protection & cross-border data', '資料保障及跨境數據', '数据保护及跨境数据'),
    items: {
      inventory: labels('Inventory of personal data held and where it is stored', '所持個人資料清單及存放地點', '所持个人信息清单及存放地点'),
      pdpo: labels('PDPO compliance: privacy notices and data access requests (Hong Kong)', '《個人資料（私隱）條例》合規：私隱聲明及查閱資料要求（香港）', '《个人资料（私隐）条例》合规：私隐声明及查阅资料要求（香港）'),
      pipl: labels('PIPL compliance: consents, impact assessments, data protection officer (Mainland)', '《個人信息保護法》合規：同意、影響評估、個人信息保護負責人（內地）', '《个人信息保护法》合规：同意、影响评估、个人信息保护负责人（内地）'),
      transfer: labels('Cross-border transfer basis: GBA standard contract, CAC filing or certification', '跨境傳輸依據：大灣區標準合同、網信辦備案或認證', '跨境传输依据：大湾区标准合同、网信办备案或认证'),
      gdpr: labels('GDPR position where EU personal data is involved', '涉及歐盟個人資料時的 GDPR 合規情況', '涉及欧盟个人数据时的 GDPR 合规情况'),
      security: labels('Information security certifications and breach history', '資訊安全認證及資料外洩紀錄', '信息安全认证及数据泄露记录'),
    },
  },
  employment: {
    labels: labels('Employment', '僱傭', '雇佣'),
    items: {
      headcount: labels('Headcount by location, key employee contracts and non-competes', '按地點的員工人數、主要僱員合同及競業禁止', '按地点的员工人数、主要雇员合同及竞业禁止'),
      benefits: labels('MPF / social insurance and housing fund contributions', '強積金／社會保險及住房公積金供款', '强积金／社会保险及住房公积金缴纳'),
      incentives: labels('Share option and incentive plans', '購股權及激勵計劃', '股票期权及激励计划'),
      disputes: labels('Labour disputes, arbitration and dispatch-labour arrangements', '勞資糾紛、勞動仲裁及勞務派遣安排', '劳资纠纷、劳动仲裁及劳务派遣安排'),
      visas: labels('Work visas and talent-scheme admissions for key staff', '主要員工的工作簽證及人才計劃入境安排', '主要员工的工作签证及人才计划入境安排'),
    },
  },
  esg: {
    labels: labels('ESG & sustainability', 'ESG 及可持續發展', 'ESG 及可持续发展'),
    items: {
      report: labels('ESG or sustainability report and greenhouse-gas inventory', 'ESG 或可持續發展報告及溫室氣體清單', 'ESG 或可持续发展报告及温室气体清单'),
      framework: labels('Green or transition finance framework and second-party opinion', '綠色或轉型金融框架及第二方意見', '绿色或转型金融框架及第二方意见'),
      supply: labels('Supply-chain due diligence: forced labour and conflict minerals', '供應鏈盡職審查：強迫勞動及衝突礦產', '供应链尽职调查：强迫劳动及冲突矿产'),
      incidents: labels('Environmental, health and safety incidents', '環境、健康及安全事故', '环境、健康及安全事故'),
    },
  },
  engagement: {
    labels: labels('Engagement terms', '委託條款', '委托条款'),
    items: {
      scope: labels('Scope of work, deliverables and fee basis', '工作範圍、交付成果及收費基礎', '工作范围、交付成果及收费基础'),
      conflicts: labels('Conflict-of-interest check', '利益衝突查核', '利益冲突查核'),
      qualifications: labels('Professional qualifications and mutual recognition in each jurisdiction', '各司法管轄區的專業資格及資格互認', '各司法管辖区的专业资格及资格互认'),
      indemnity: labels('Professional indemnity insurance certificate', '專業彌償保險證明', '职业责任保险证明'),
      references: labels('Client references and comparable engagements', '客戶推薦及同類委託', '客户推荐及同类委托'),
    },
  },
  market: {
    labels: labels('Market & distribution', '市場及分銷', '市场及分销'),
    items: {
      channels: labels('Distribution and agency agreements, territories and exclusivity', '分銷及代理協議、地域及獨家權', '分销及代理协议、地域及独家权'),
      competition: labels('Competition-law review of pricing and territory restrictions', '價格及地域限制的競爭法審查', '价格及地域限制的竞争法审查'),
      labelling: labels('Labelling, language and consumer-protection requirements', '標籤、語言及消費者保障要求', '标签、语言及消费者保护要求'),
      brand: labels('Trademark registrations in the target market', '目標市場的商標註冊', '目标市场的商标注册'),
    },
  },
  lowAltitude: {
    labels: labels('Low-altitude economy (drones, eVTOL)', '低空經濟（無人機、電動垂直升降飛行器）', '低空经济（无人机、电动垂直起降飞行器）'),
    items: {
      caac: labels('CAAC operating certificate and real-name registration of civil drones', '民航局無人駕駛航空器運營合格證及實名登記', '民航局无人驾驶航空器运营合格证及实名登记'),
      cad: labels('Hong Kong CAD permissions under the Small Unmanned Aircraft Order (Cap. 448G)', '香港民航處根據《小型無人機令》（第448G章）發出的許可', '香港民航处根据《小型无人机令》（第448G章）发出的许可'),
      airworthiness: labels('Type certificate or airworthiness approval (eVTOL, heavy drones)', '型號合格證或適航批准（電動垂直升降飛行器、大型無人機）', '型号合格证或适航批准（电动垂直起降飞行器、大型无人机）'),
      radio: labels('Radio equipment approval (SRRC / OFCA) for flight control and video links', '飛控及圖傳的無線電設備核准（SRRC／通訊辦）', '飞控及图传的无线电设备核准（SRRC／通讯办）'),
      airspace: labels('Airspace and flight-route approvals for planned operations', '擬定營運的空域及航線批准', '拟定运营的空域及航线批准'),
      liability: labels('Third-party liability insurance for flight operations', '飛行作業第三者責任保險', '飞行作业第三者责任保险'),
    },
  },
} as const satisfies Record<string, CatalogueSection>;

export type ChecklistSectionKey = keyof typeof CHECKLIST_CATALOGUE;
