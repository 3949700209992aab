import { shanghaiDate, type Writ } from '@anxun/shared-schema';
import { penaltyText } from './caseWritWording';
import { chineseDate, WRIT_TITLE } from './writWording';

/** 2026-11-30T01:30:00Z → 2026年11月30日 09时30分 (Asia/Shanghai). */
function chineseDateTime(iso: string): string {
  const time = new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16).split(':');
  return `${chineseDate(shanghaiDate(iso))} ${time[0]}时${time[1]}分`;
}

/** Blanks to fill in by hand (ideographic spaces, as the printed 式样 leave them). */
const blankDate = '\u3000\u3000年\u3000\u3000月\u3000\u3000日';
const BLANK_CERT = '\u3000'.repeat(4);

/** The officers' names with their 执法证号, blanks to fill by hand where unknown. */
function Officers({ writ, label }: { writ: Writ; label: string }) {
  return <tr><th>{label}</th><td colSpan={3} data-testid="writ-officers">{writ.officers.map((o) => <span key={o.id} className="writ-cert">{o.name}（执法证号：{o.certNo ?? <span className="writ-blank" />}）</span>)}</td></tr>;
}

/** 立案审批表 and 送达回执 are forms; the rest are letters to the party. */
function CaseFacts({ writ }: { writ: Writ }) {
  switch (writ.kind) {
    case 'caseApproval':
      return (
        <table className="writ-party" data-testid="case-approval-form">
          <tbody>
            <tr><th>案件来源</th><td colSpan={3}>{writ.findings || '抄告移交（吹哨）'}</td></tr>
            <tr><th>当事人</th><td colSpan={3}>{writ.party.name}（统一社会信用代码：{writ.party.uscc}）</td></tr>
            <tr><th>地址</th><td>{writ.party.address}</td><th>法定代表人</th><td>{writ.party.legalRepresentative}</td></tr>
            <Officers writ={writ} label="承办人" />
            <tr><th>立案依据及承办人意见</th><td colSpan={3} data-testid="writ-legal-basis">{writ.legalBasis}<div className="writ-sign-date">承办人（签名）：<span className="writ-blank" />{' '}{blankDate}</div></td></tr>
            <tr><th>审核意见</th><td colSpan={3}><div className="writ-approval-box" /><div className="writ-sign-date">审核人（签名）：<span className="writ-blank" />{' '}{blankDate}</div></td></tr>
            <tr><th>审批意见</th><td colSpan={3}><div className="writ-approval-box" /><div className="writ-sign-date">负责人（签名）：<span className="writ-blank" />{' '}{blankDate}</div></td></tr>
          </tbody>
        </table>
      );
    case 'inquiryRecord': {
      const q = writ.inquiry;
      return (
        <>
          <table className="writ-party">
            <tbody>
              <tr><th>询问时间</th><td colSpan={3}>{q ? `${chineseDateTime(q.startedAt)} 至 ${q.endedAt ? chineseDateTime(q.endedAt) : '　　时　　分'}` : ''}</td></tr>
              <tr><th>询问地点</th><td colSpan={3}>{writ.place}</td></tr>
              <tr><th>被询问人</th><td>{q?.person}</td><th>职务</th><td>{q?.position}</td></tr>
              <tr><th>工作单位</th><td colSpan={3}>{writ.party.name}</td></tr>
              <Officers writ={writ} label="询问人" />
            </tbody>
          </table>
          <p className="writ-body" data-testid="writ-legal-basis">问：{writ.legalBasis}</p>
          {q?.answers.map((a, i) => <div key={i} className="writ-body" data-testid="inquiry-answer"><p>问：{a.question}</p><p>答：{a.answer}</p></div>)}
          <p className="writ-body">被询问人核对意见：以上笔录我已看过（或已向我宣读过），与我所说的一致。</p>
        </>
      );
    }
    case 'serviceReceipt':
      return (
        <table className="writ-party" data-testid="service-receipt-form">
          <tbody>
            <tr><th>送达文书名称及文号</th><td colSpan={3} data-testid="served-document">{writ.servedDocument}</td></tr>
            <tr><th>受送达人</th><td colSpan={3}>{writ.party.name}</td></tr>
            <tr><th>送达地点</th><td colSpan={3}>{writ.place}</td></tr>
            <tr><th>送达方式</th><td colSpan={3}>直接送达</td></tr>
            <tr><th>收件人（签名）</th><td><span className="writ-blank" /></td><th>收件日期</th><td>{writ.servedAt ? chineseDate(shanghaiDate(writ.servedAt)) : blankDate}</td></tr>
            <Officers writ={writ} label="送达人" />
            <tr><th>备注</th><td colSpan={3} className="writ-small" data-testid="writ-legal-basis">{writ.legalBasis}</td></tr>
          </tbody>
        </table>
      );
    default:
      return (
        <>
          <p className="writ-addressee" data-testid="writ-addressee"><span className="writ-fill">{writ.kind === 'caseTransfer' ? '' : `${writ.party.name}：`}</span></p>
          <p className="writ-body" data-testid="writ-legal-basis">{writ.legalBasis}</p>
          {writ.penalty && writ.kind !== 'caseTransfer' ? <p className="writ-body" data-testid="writ-penalty"><b>{writ.kind === 'penaltyNotice' ? '拟作出的行政处罚：' : '行政处罚：'}</b>{penaltyText(writ.penalty)}</p> : null}
          <p className="writ-body">执法人员：{writ.officers.map((o) => `${o.name}（执法证号：${o.certNo ?? BLANK_CERT}）`).join('、')}</p>
          {writ.kind === 'penaltyNotice' ? <p className="writ-body">联系人及电话：<span className="writ-blank" />{" "}本机关地址：<span className="writ-blank" /></p> : null}
        </>
      );
  }
}

/** A case document (案件文书) as an A4 page: always Chinese, the printed copy is the legal record. */
export function CaseWritSheet({ writ }: { writ: Writ }) {
  const form = writ.kind === 'caseApproval' || writ.kind === 'serviceReceipt';
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
      <CaseFacts writ={writ} />
      {form || writ.kind === 'inquiryRecord' ? null : (
        <div className="writ-issuer">
          <div>{writ.townName}人民政府（印章）</div>
          <div>{chineseDate(shanghaiDate(writ.issuedAt))}</div>
        </div>
      )}
      {writ.kind === 'inquiryRecord' ? (
        <div className="writ-signatures">
          <div className="writ-signer"><span className="writ-sign-label">被询问人（签名）：</span><span className="writ-blank" /><span className="writ-sign-date">{blankDate}</span></div>
          <div className="writ-signer"><span className="writ-sign-label">询问人（签名）：</span>{writ.officers.map((o) => <span key={o.id} className="writ-sign"><span>{o.name}</span></span>)}</div>
        </div>
      ) : null}
      <p className="writ-note">{writ.kind === 'penaltyNotice' || writ.kind === 'penaltyDecision' ? '本文书一式两份，一份送达当事人，一份归档。' : '本文书归入案卷。'}</p>
    </article>
  );
}
