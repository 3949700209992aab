/*
 * Prints a sample of every case document (and the 现场处理措施决定书) to A4 PDF with headless
 * Chromium, from the very components and CSS the app prints with, so the layout can be looked at
 * without a server: `npx tsx client/scripts/printWritSamples.tsx /tmp/writs` then
 * `pdftoppm -png -r 60 /tmp/writs/penaltyDecision.pdf /tmp/writs/penaltyDecision`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { CASE_WRIT_KINDS, type EnforcementCase, type Writ } from '@anxun/shared-schema';
import { CaseWritSheet } from '../src/features/documents/CaseWritSheet';
import { draftCaseWrit } from '../src/features/documents/caseWritDraft';
import { WritSheet } from '../src/features/documents/WritSheet';
import { legalBasisText } from '../src/features/documents/writWording';

const out = process.argv[2] ?? '/tmp/anxun-writs';
mkdirSync(out, { recursive: true });
const css = readFileSync(new URL('../src/features/documents/writPrint.css', import.meta.url), 'utf8');
const now = new Date('2026-12-01T02:30:00Z');
const sample: EnforcementCase = {
  id: 'case-sample', enterpriseId: 'ent-001', hazardIds: ['hz-1'], caseNo: 'A1B2-20261201-001', townCode: '320582100', townName: '杨舍镇',
  party: { name: '张家港市杨舍某机械制造有限公司', uscc: '91320582MA1X2Y3Z4N', address: '张家港市杨舍镇某路88号', legalRepresentative: '王某某', phone: '0512-5800000' },
  cause: '未采取措施消除事故隐患', facts: '粉尘涉爆除尘系统未按规定设置泄爆装置，经2026年11月10日责令限期整改，逾期仍未整改。', violatedKey: 'aqf.41.2', penaltyKey: 'aqf.102',
  status: 'notified', officers: [{ id: 'u-enforcer-1', name: '陈立新', certNo: '32058200001' }, { id: 'u-enforcer-2', name: '刘文静', certNo: '32058200002' }],
  openedBy: 'u-enforcer-1', openedAt: now.toISOString(), updatedAt: now.toISOString(), transferTo: '张家港市公安局',
};
const device = { deviceId: 'dev-a1b2', existingNos: [] as string[], issuedBy: 'u-enforcer-1', now };
const writs: Writ[] = [];
for (const kind of CASE_WRIT_KINDS) {
  const served = kind === 'serviceReceipt' ? writs.find((w) => w.kind === 'penaltyDecision') : undefined;
  const writ = draftCaseWrit(sample, {
    kind, place: '杨舍镇安全生产执法大队',
    penalty: kind === 'penaltyNotice' || kind === 'penaltyDecision' ? { fineYuan: 30000, hearing: kind === 'penaltyNotice', payTo: '张家港市财政局指定代收银行' } : undefined,
    inquiry: kind === 'inquiryRecord' ? { person: '李某', position: '安全主管', startedAt: now.toISOString(), answers: [
      { question: '你单位除尘系统是否设置泄爆装置？', answer: '没有设置，原计划11月底安装，设备未到货。' },
      { question: '收到责令限期整改指令书后采取了哪些措施？', answer: '已联系厂家订货，暂未停用该除尘系统。' },
    ] } : undefined,
    served,
  }, device);
  device.existingNos.push(writ.provisionalNo);
  writs.push(kind === 'penaltyDecision' ? { ...writ, officialNo: '杨舍应急罚决〔2026〕1号' } : writ);
}
const measures: Writ = {
  ...(writs[0] as Writ), id: 'writ-measures', kind: 'onsiteMeasures', caseId: undefined, officialNo: '杨舍应急现决〔2026〕3号', findings: '现场检查发现粉尘涉爆除尘系统未设泄爆装置。',
  items: [{ hazardId: 'hz-1', title: '除尘系统未设泄爆装置', description: '布袋除尘器箱体无泄爆口', location: '抛光车间', level: 'major', basis: '应急管理部令第10号 第十一条第（三）项', measures: '立即停用，加装泄爆装置', photosBefore: [] }],
  decision: { measures: ['withdrawWorkers', 'stopFacilities'], facilities: '抛光车间1号布袋除尘器' },
};
measures.legalBasis = legalBasisText('onsiteMeasures', { townCode: '320582100', itemBases: ['应急管理部令第10号 第十一条第（三）项'], decision: measures.decision });

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' });
const page = await browser.newPage();
for (const writ of [...writs, measures]) {
  const sheet = writ.caseId ? createElement(CaseWritSheet, { writ }) : createElement(WritSheet, { writ });
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>${renderToStaticMarkup(sheet)}</body></html>`;
  writeFileSync(join(out, `${writ.kind}.html`), html);
  await page.setContent(html);
  await page.pdf({ path: join(out, `${writ.kind}.pdf`), format: 'A4', preferCSSPageSize: true, printBackground: true });
  console.info(join(out, `${writ.kind}.pdf`));
}
await browser.close();
