import { completeUscc, type Enterprise, type EnterpriseTag, type SupervisionCategory } from '@anxun/shared-schema';
import { DEMO_GRIDS, TOWNS } from './demoPlaces';
import { seededRandom, type SeededRandom } from './random';

const WORDS = ['恒达', '华盛', '永兴', '金港', '瑞丰', '宏远', '东方', '新亚', '长江', '沙洲', '鑫源', '天成', '明辉', '博远', '中联', '佳木', '海虹', '德润', '泰和', '澳洋'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '朱', '马', '胡', '郭'];
const GIVEN = ['建国', '海燕', '志强', '丽华', '卫东', '秀英', '伟', '敏', '静', '磊', '洋', '勇', '军', '杰', '娟', '涛'];
const ROADS = ['港城大道', '沙洲西路', '人民东路', '长安南路', '暨阳中路', '华昌路', '杨舍东街', '金港大道'];

interface Kind {
  suffix: string;
  category: SupervisionCategory;
  industry: string;
  tags: EnterpriseTag[];
}

const INDUSTRIAL: Kind[] = [
  { suffix: '木业有限公司', category: 'lightIndustry', industry: '2021', tags: ['dustExplosion'] },
  { suffix: '金属制品有限公司', category: 'machinery', industry: '3360', tags: ['dustExplosion', 'confinedSpace'] },
  { suffix: '冷链物流有限公司', category: 'commerce', industry: '5951', tags: ['ammoniaRefrigeration', 'confinedSpace'] },
  { suffix: '纺织有限公司', category: 'textile', industry: '1713', tags: ['dustExplosion', 'factoryRented'] },
  { suffix: '机械制造有限公司', category: 'machinery', industry: '3432', tags: ['factoryRented'] },
  { suffix: '食品有限公司', category: 'lightIndustry', industry: '1392', tags: ['confinedSpace', 'ammoniaRefrigeration'] },
  { suffix: '新材料科技有限公司', category: 'buildingMaterials', industry: '3091', tags: ['hazchemUse', 'confinedSpace'] },
  { suffix: '冶金科技有限公司', category: 'metallurgy', industry: '3120', tags: ['metallurgyGas', 'mediumFrequencyFurnace', 'confinedSpace'] },
];

const NINE_SMALL = ['便利店', '小餐馆', '理发店', '棋牌室', '小旅馆', '五金店', '洗浴中心', '托管班'];

function person(rng: SeededRandom) {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

function phone(rng: SeededRandom) {
  return `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

function uscc(rng: SeededRandom, scale: Enterprise['scale']) {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body = '';
  for (let i = 0; i < 9; i++) body += alphabet.charAt(rng.int(0, i < 8 ? 30 : 9));
  return completeUscc(`9${scale === 'individual' ? '2' : '1'}320582${body}`);
}

/** 72 enterprises: two industrial grids and a 九小 grid in 杨舍镇, one industrial grid in 塘桥镇. */
export function demoEnterprises(): Enterprise[] {
  const rng = seededRandom(20260322);
  const plan: { gridIndex: number; count: number; nineSmall: boolean }[] = [
    { gridIndex: 0, count: 25, nineSmall: false },
    { gridIndex: 1, count: 25, nineSmall: false },
    { gridIndex: 2, count: 12, nineSmall: true },
    { gridIndex: 3, count: 10, nineSmall: false },
  ];
  const result: Enterprise[] = [];
  for (const { gridIndex, count, nineSmall } of plan) {
    const grid = DEMO_GRIDS[gridIndex];
    if (!grid) throw new Error('demo grid missing');
    const town = grid.areaCode === TOWNS.yangshe.code ? TOWNS.yangshe : TOWNS.tangqiao;
    for (let i = 0; i < count; i++) {
      const n = result.length + 1;
      const kind = rng.pick(INDUSTRIAL);
      const scale: Enterprise['scale'] = nineSmall ? 'individual' : rng.next() < 0.3 ? 'aboveSize' : 'belowSize';
      const villageIndex = rng.int(0, town.villages.length - 1);
      const name = nineSmall ? `${town.name}${rng.pick(WORDS)}${rng.pick(NINE_SMALL)}` : `张家港市${rng.pick(WORDS)}${kind.suffix}`;
      const lat = (grid.outline[0]?.lat ?? 31.86) + rng.next() * 0.02;
      const lon = (grid.outline[0]?.lon ?? 120.53) + rng.next() * 0.02;
      result.push({
        id: `ent-${String(n).padStart(3, '0')}`,
        name: `${name}${result.some((e) => e.name === name) ? `（${n}）` : ''}`,
        uscc: uscc(rng, scale),
        usccWarningAccepted: false,
        regAddress: `江苏省张家港市${town.name}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
        siteAddress: `${town.name}${town.villages[villageIndex]}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
        location: { lat: Number(lat.toFixed(5)), lon: Number(lon.toFixed(5)) },
        areaCode: `${town.code}${String(villageIndex + 1).padStart(3, '0')}`,
        townName: town.name,
        villageName: town.villages[villageIndex] ?? '',
        gridIds: [grid.id],
        industryCode: nineSmall ? '5292' : kind.industry,
        supervisionCategory: nineSmall ? 'nineSmall' : kind.category,
        lineDepartment: nineSmall ? '消防救援大队' : '应急管理局',
        scale,
        headcount: nineSmall ? rng.int(2, 15) : rng.int(12, 480),
        operatingStatus: rng.next() < 0.93 ? 'operating' : 'holidayClosed',
        riskColour: nineSmall ? rng.pick(['yellow', 'blue'] as const) : rng.pick(['red', 'orange', 'orange', 'yellow', 'yellow', 'blue'] as const),
        tags: nineSmall ? ['nineSmall'] : kind.tags,
        people: [
          { id: `p-${n}-1`, role: 'principal', name: person(rng), phone: phone(rng) },
          { id: `p-${n}-2`, role: nineSmall ? 'fireOfficer' : 'safetyOfficer', name: person(rng), phone: phone(rng) },
        ],
        boundOfficerIds: grid.officerIds.filter((o) => o.startsWith('u-officer')),
        landlord: kind.tags.includes('factoryRented') && !nineSmall ? `张家港市${rng.pick(WORDS)}实业有限公司` : '',
        notes: '',
        updatedAt: '2026-01-05T09:00:00+08:00',
      });
    }
  }
  return result;
}
