import type { ReactNode } from 'react';
import { shanghaiDate, type Writ } from '@anxun/shared-schema';
import { chineseDate, WRIT_TITLE } from './writWording';

const LEVEL = { general: '一般', major: '重大' } as const;

/** 2026-11-30T01:30:00Z → 2026年11月30日 09时30分 (Asia/Shanghai). */
function chineseDateTime(iso: string): string {
  const time = new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16).split(':');
  return `${chineseDate(shanghaiDate(iso))} ${time[0]}时${time[1]}分`;
}

/** 现场检查记录: the officers' 执法证号 and the statement that they showed their certificates (2021 式样). */
function OfficerCredentials({ writ }: { writ: Writ }) {
  const names = writ.officers.map((o) => o.name).join('、');
  return (
    <div className="writ-body" data-testid="writ-credentials">
      <p data-testid="writ-cert-numbers">执法证号：{writ.officers.map((o) => <span key={o.id} className="writ-cert">{o.name} {o.certNo ?? <span className="writ-blank" />}</span>)}</p>
      <p data-testid="writ-show-credentials">检查人员{names}已向被检查单位出示行政执法证件，表明身份，告知检查事项，并告知被检查单位有申请回避的权利。</p>
    </div>
  );
}

/**
 * One writ as an A4 page of a Chinese government document (writPrint.css): always in Chinese,
 * because the printed copy is the legal record served on the enterprise.
 */
export function WritSheet({ writ, renderPhotos }: { writ: Writ; renderPhotos?: ((hashes: string[]) => ReactNode) | undefined }) {
  const recheck = writ.kind === 'recheckOpinion';
  const officerSignature = (name: string) => writ.signatures.find((s) => s.signerRole === 'officer' && s.signerName === name);
  const representative = writ.signatures.find((s) => s.signerRole === 'enterpriseRepresentative');
  const photoItems = writ.items.filter((i) => i.photosBefore.length > 0 || (recheck && (i.photosAfter?.length ?? 0) > 0));
  return (
    <article className="writ-sheet" data-testid="writ-sheet" data-kind={writ.kind}>
      <div className="writ-authority">{writ.townName}人民政府</div>
      <h1 className="writ-title" data-testid="writ-title">{WRIT_TITLE[writ.kind]}</h1>
      {writ.officialNo ? (
        <div className="writ-number" data-testid="writ-number">{writ.officialNo}</div>
      ) : (
        <div className="writ-number provisional" data-testid="writ-number">
          临时编号：{writ.provisionalNo}<span className="writ-unnumbered" data-testid="writ-unnumbered">（未取得正式编号，同步后由系统编定正式文号）</span>
        </div>
      )}
      {writ.kind === 'onsiteRecord' ? null : <p className="writ-addressee" data-testid="writ-addressee"><span className="writ-fill">{writ.party.name}</span>：</p>}
      <table className="writ-party">
        <tbody>
          <tr><th>被检查单位</th><td colSpan={3} data-testid="writ-party-name">{writ.party.name}</td></tr>
          <tr><th>统一社会信用代码</th><td colSpan={3}>{writ.party.uscc}</td></tr>
          <tr><th>地址</th><td colSpan={3}>{writ.party.address}</td></tr>
          <tr><th>法定代表人<br />（负责人）</th><td>{writ.party.legalRepresentative}</td><th>联系电话</th><td>{writ.party.phone ?? ''}</td></tr>
          <tr><th>{recheck ? '复查时间' : '检查时间'}</th><td colSpan={3}>{chineseDateTime(writ.inspectedAt)}</td></tr>
          <tr><th>{recheck ? '复查地点' : '检查地点'}</th><td colSpan={3}>{writ.place}</td></tr>
          <tr><th>{recheck ? '复查人员' : '检查人员'}</th><td colSpan={3} data-testid="writ-officers">{writ.officers.map((o) => o.name).join('、')}</td></tr>
        </tbody>
      </table>
      {writ.kind === 'onsiteRecord' ? <OfficerCredentials writ={writ} /> : null}
      {writ.findings ? <p className="writ-body"><b>{recheck ? '复查情况：' : '检查情况：'}</b>{writ.findings}</p> : null}
      <table className="writ-hazards" data-testid="writ-hazards">
        <thead>
          <tr>
            <th className="n">序号</th><th>隐患描述</th><th className="l">位置</th><th className="b">依据</th><th>整改要求/措施</th><th className="d">期限</th>
            {recheck ? <th className="v">复查结论</th> : null}
          </tr>
        </thead>
        <tbody>
          {writ.items.length === 0 ? <tr><td colSpan={recheck ? 7 : 6} className="empty">未发现事故隐患。</td></tr> : null}
          {writ.items.map((item, index) => (
            <tr key={item.hazardId} data-testid="writ-hazard-row">
              <td className="n">{index + 1}</td>
              <td><b>{item.title}</b>{item.level === 'major' ? <span className="writ-major">（{LEVEL.major}）</span> : null}{item.description && item.description !== item.title ? <div data-testid="writ-observation">现场情况：{item.description}</div> : null}</td>
              <td>{item.location}</td>
              <td>{item.basis}</td>
              <td>{item.measures}</td>
              <td className="d">{item.deadline ? chineseDate(item.deadline) : '—'}</td>
              {recheck ? <td className="v" data-testid="writ-verdict">{item.recheck ? `${item.recheck.passed ? '已整改，同意销号' : '未整改到位'}${item.recheck.opinion ? `：${item.recheck.opinion}` : ''}` : '待复查'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="writ-body" data-testid="writ-legal-basis">{writ.legalBasis}</p>
      {writ.deadline ? <p className="writ-body writ-deadline" data-testid="writ-deadline">整改期限：{chineseDate(writ.deadline)}前</p> : null}
      <div className="writ-signatures">
        <div className="writ-signer">
          <span className="writ-sign-label">{recheck ? '复查人员' : '检查人员'}（签名）：</span>
          {writ.officers.map((o) => {
            const signed = officerSignature(o.name);
            return <span key={o.id} className="writ-sign">{signed?.image ? <img src={signed.image} alt={o.name} /> : null}<span>{o.name}</span></span>;
          })}
        </div>
        <div className="writ-signer">
          <span className="writ-sign-label">被检查单位负责人（签名）：</span>
          {representative ? (
            <span className="writ-sign">
              {representative.image ? <img src={representative.image} alt={representative.signerName} /> : null}
              <span>{representative.refused ? `${representative.signerName}（拒绝签字，已记录在案）` : representative.signerName}</span>
            </span>
          ) : <span className="writ-blank" />}
          <span className="writ-sign-date">{representative ? chineseDate(shanghaiDate(representative.at)) : '　　年　　月　　日'}</span>
        </div>
      </div>
      <div className="writ-issuer">
        <div>{writ.townName}人民政府（印章）</div>
        <div>{chineseDate(shanghaiDate(writ.issuedAt))}</div>
      </div>
      <p className="writ-note">本文书一式两份，一份交被检查单位，一份存档。</p>
      {photoItems.length > 0 && renderPhotos ? (
        <section className="writ-photos" data-testid="writ-photos">
          <h2>附：隐患照片</h2>
          {photoItems.map((item) => (
            <div key={item.hazardId} className="writ-photo-item">
              <div className="writ-photo-caption">{writ.items.indexOf(item) + 1}. {item.title}（{item.location}）</div>
              <div className="writ-photo-row">
                <div><div className="writ-photo-label">整改前</div>{renderPhotos(item.photosBefore)}</div>
                {recheck && item.photosAfter && item.photosAfter.length > 0 ? <div><div className="writ-photo-label">整改后</div>{renderPhotos(item.photosAfter)}</div> : null}
              </div>
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}
