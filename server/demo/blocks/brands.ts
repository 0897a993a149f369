// Invented brand names firms put in front of their legal names, by where the firm comes from.
import type { ListingText, Term } from '../types.ts';

/** A listing's wording in one language: titles, openers, details and asks to combine. */
export function lt(titles: string[], openers: string[], details: string[], asks: string[]): ListingText {
  return { titles, openers, details, asks };
}

export const MAINLAND_BRANDS: Term[] = [
  ['Yunfeng', '雲峰', '云峰'], ['Huaxin', '華芯', '华芯'], ['Xinghe', '星河', '星河'], ['Tianyi', '天翼', '天翼'],
  ['Ruida', '瑞達', '瑞达'], ['Haorui', '浩瑞', '浩瑞'], ['Zhongke', '中科', '中科'], ['Jiahe', '嘉禾', '嘉禾'],
  ['Hongtu', '宏圖', '宏图'], ['Lingyun', '凌雲', '凌云'], ['Qiming', '啟明', '启明'], ['Dingsheng', '鼎盛', '鼎盛'],
  ['Kaiyuan', '開元', '开元'], ['Boya', '博雅', '博雅'], ['Jinhai', '金海', '金海'], ['Yaoshi', '耀世', '耀世'],
  ['Zhiyuan', '致遠', '致远'], ['Xinrui', '新銳', '新锐'], ['Tengfei', '騰飛', '腾飞'], ['Guanghua', '光華', '光华'],
  ['Anxin', '安信', '安信'], ['Fengchi', '風馳', '风驰'], ['Lanhai', '藍海', '蓝海'], ['Zhuoyue', '卓越', '卓越'],
  ['Haixin', '海芯', '海芯'], ['Jingwei', '經緯', '经纬'], ['Yunhe', '雲合', '云合'], ['Mingde', '明德', '明德'],
  ['Hengtai', '恒泰', '恒泰'], ['Chuangxin', '創新', '创新'], ['Jixiang', '吉祥', '吉祥'], ['Huaying', '華鷹', '华鹰'],
];

export const HK_BRANDS: Term[] = [
  ['Kin Wah', '建華', '建华'], ['Tak Shing', '德成', '德成'], ['Po Wing', '寶榮', '宝荣'], ['Sun Fung', '新豐', '新丰'],
  ['Hing Lung', '興隆', '兴隆'], ['Lap Tat', '立達', '立达'], ['Chi Fung', '志豐', '志丰'], ['Man Kee', '文記', '文记'],
  ['Kwong Hing', '廣興', '广兴'], ['Lion Rock', '獅子山', '狮子山'], ['Tai Ping', '太平', '太平'], ['Apex', '峰匯', '峰汇'],
  ['Pacific Bridge', '太平洋橋', '太平洋桥'], ['Evergreen', '長青', '长青'], ['Cornerstone', '基石', '基石'], ['Bauhinia', '紫荊', '紫荆'],
  ['Harbourview', '海景', '海景'], ['Tsing Ma', '青馬', '青马'], ['Golden Crest', '金冠', '金冠'], ['Silverstrand', '銀線', '银线'],
];

export const WESTERN_BRANDS: Term[] = [
  ['Meridian', '美銳迪', '美锐迪'], ['Vireon', '維瑞昂', '维瑞昂'], ['Aquila', '雅奎拉', '雅奎拉'], ['Helvion', '赫維昂', '赫维昂'],
  ['Brightwater', '明水', '明水'], ['Northgate', '北門', '北门'], ['Kestrel', '紅隼', '红隼'], ['Lumora', '露莫拉', '露莫拉'],
  ['Maris', '瑪莉斯', '玛莉斯'], ['Orbis', '奧比斯', '奥比斯'], ['Caldera', '卡德拉', '卡德拉'], ['Tessell', '泰塞爾', '泰塞尔'],
  ['Alderwood', '榿木', '桤木'], ['Nordhavn', '北港', '北港'], ['Solenne', '索蓮', '索莲'], ['Castellan', '卡斯特蘭', '卡斯特兰'],
];

export const ASEAN_BRANDS: Term[] = [
  ['Straits', '海峽', '海峡'], ['Equator', '赤道', '赤道'], ['Nusantara', '努山塔拉', '努山塔拉'], ['Mekong', '湄公', '湄公'],
  ['Borneo', '婆羅洲', '婆罗洲'], ['Siam', '暹羅', '暹罗'], ['Golden Bay', '金灣', '金湾'], ['Orchid', '蘭花', '兰花'],
  ['Monsoon', '季風', '季风'], ['Temasek Gate', '淡馬錫門', '淡马锡门'], ['Andaman', '安達曼', '安达曼'], ['Sunda', '巽他', '巽他'],
];

export const GULF_BRANDS: Term[] = [
  ['Falcon', '獵鷹', '猎鹰'], ['Al Noor', '光明', '光明'], ['Oasis', '綠洲', '绿洲'], ['Gulf Star', '海灣之星', '海湾之星'],
  ['Desert Rose', '沙漠玫瑰', '沙漠玫瑰'], ['Pearl Coast', '珍珠海岸', '珍珠海岸'], ['Najd', '內志', '内志'], ['Dune', '沙丘', '沙丘'],
  ['Al Wafra', '豐盛', '丰盛'], ['Sadaf', '貝殼', '贝壳'],
];

export const JAPAN_KOREA_BRANDS: Term[] = [
  ['Kaizen', '改善', '改善'], ['Hanbit', '韓光', '韩光'], ['Sakura', '櫻花', '樱花'], ['Daeil', '大一', '大一'],
  ['Fujimoto', '藤本', '藤本'], ['Seohan', '西韓', '西韩'],
];
