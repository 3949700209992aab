/**
 * Who issues, reviews and hears a writ, per area — data, not literals in the wording. A town acts
 * as a 镇人民政府 (安全生产法 第九条第二款); an administrative review of a town's act lies with the
 * county-level government above it, and the court is the local basic court. Entries not checked
 * against the local 集中管辖 arrangement carry status 待核 and print with （待核）.
 */
export interface CityAuthority {
  /** 应急 (never 安监 since the 2018 reform): the prefix of every writ number of the city. */
  numberPrefix: string;
  reviewBody: string;
  court: string;
  courtStatus: 'verified' | '待核';
}

const CITIES: Record<string, CityAuthority> = {
  // 张家港市 (county-level, under 苏州): Jiangsu concentrates some administrative cases in designated
  // courts; whether cases against a town of 张家港 go to 张家港市人民法院 is not checked.
  '320582': { numberPrefix: '应急', reviewBody: '张家港市人民政府', court: '张家港市人民法院', courtStatus: '待核' },
};

/** A town's 代字 where it differs from its short name (杨舍镇 → 杨舍 needs no entry). */
const TOWN_AGENCY_CODES: Record<string, string> = {};

const UNKNOWN_CITY: CityAuthority = { numberPrefix: '应急', reviewBody: '上一级人民政府（待核）', court: '有管辖权的人民法院（待核）', courtStatus: '待核' };

export function cityAuthority(townCode: string): CityAuthority {
  return CITIES[townCode.slice(0, 6)] ?? UNKNOWN_CITY;
}

/** The agency's 代字 in writ numbers: 杨舍镇 → 杨舍, unless the table names another. */
export function agencyCode(townCode: string, townName: string): string {
  return TOWN_AGENCY_CODES[townCode] ?? (townName.replace(/(镇|乡|街道|办事处)$/, '') || townName);
}

/** The court as printed: with （待核） until the local jurisdiction is checked. */
export function courtAsPrinted(townCode: string): string {
  const city = cityAuthority(townCode);
  return city.courtStatus === '待核' && !city.court.endsWith('（待核）') ? `${city.court}（待核）` : city.court;
}
