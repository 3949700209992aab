import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Button } from '../../ui/kit';
import { PUBLIC_PROGRESS, ReportCode, type PublicProgress, type PublicReportTrack } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/zh';
import { problemText } from '../../i18n/problemText';
import { publicReportApi } from '../../sync/publicReportApi';
import { FormField } from '../../ui/FormField';
import './publicReport.css';

/** The steps a report walks through; a dismissed report stops at 不予立案 instead. */
const STEPS: readonly PublicProgress[] = PUBLIC_PROGRESS.filter((p) => p !== 'dismissed');
const progressKey = (p: PublicProgress): MessageKey => `report.progress.${p}`;

/** 查询进度: the code is the only key; the answer holds the progress and a public reason, nothing else. */
export function TrackReportPage({ initialCode = '' }: { initialCode?: string }) {
  const { t, dateTime } = useI18n();
  const [code, setCode] = useState(initialCode);
  const [result, setResult] = useState<PublicReportTrack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  const failure = useCallback((e: unknown) => (typeof e === 'object' && e && 'code' in e && e.code === 'not_found' ? t('report.unknownCode') : problemText(e, t)), [t]);
  const lookUp = async (value: string) => {
    setError(null);
    setResult(null);
    const parsed = ReportCode.safeParse(value);
    if (!parsed.success) return setError(t('report.badCode'));
    setWorking(true);
    try {
      setResult(await publicReportApi.track(parsed.data));
    } catch (e) {
      setError(failure(e));
    } finally {
      setWorking(false);
    }
  };
  // The code the page was opened with (#/report/track/CODE, from the receipt) is looked up by itself.
  useEffect(() => {
    const parsed = ReportCode.safeParse(initialCode);
    if (!parsed.success) return;
    let live = true;
    publicReportApi.track(parsed.data).then((r) => live && setResult(r), (e: unknown) => live && setError(failure(e)));
    return () => { live = false; };
  }, [initialCode, failure]);

  const reached = result ? (result.progress === 'dismissed' ? -1 : STEPS.indexOf(result.progress)) : -1;
  return (
    <div className="public-report">
      <form className="public-report-card" onSubmit={(e: FormEvent) => { e.preventDefault(); void lookUp(code); }}>
        <h1>{t('report.trackTitle')}</h1>
        <FormField label={t('report.code')}>
          <input data-testid="track-code" value={code} autoCapitalize="characters" spellCheck={false} placeholder="XXXX-XXXX-XXXX" onChange={(e) => setCode(e.target.value)} />
        </FormField>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <Button data-testid="track-submit" block color="primary" type="submit" loading={working}>{t('report.trackSubmit')}</Button>
        {result ? (
          <section data-testid="track-result" data-progress={result.progress} className="public-report-track">
            <p>{t('report.receivedAt', { at: dateTime(result.receivedAt) })}</p>
            {result.progress === 'dismissed' ? (
              <p className="public-report-dismissed"><strong>{t('report.progress.dismissed')}</strong>{result.publicReason ? `：${result.publicReason}` : ''}</p>
            ) : (
              <ol className="public-report-steps">
                {STEPS.map((step, i) => <li key={step} data-done={i <= reached ? 'true' : undefined} aria-current={i === reached ? 'step' : undefined}>{t(progressKey(step))}</li>)}
              </ol>
            )}
          </section>
        ) : null}
        <p className="public-report-links"><a href="#/report">{t('report.newReport')}</a> · <a href="#/">{t('report.toLogin')}</a></p>
      </form>
    </div>
  );
}
