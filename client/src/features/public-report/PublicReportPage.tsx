import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../../ui/kit';
import { MAX_REPORT_PHOTOS, PublicReportSubmission, type PublicReportReceipt } from '@anxun/shared-schema';
import { useI18n } from '../../i18n/I18nProvider';
import { problemText } from '../../i18n/problemText';
import { preparePhoto, type PreparedPhoto } from '../../photos/downscale';
import { publicReportApi } from '../../sync/publicReportApi';
import { FormField } from '../../ui/FormField';
import { ReportReceiptView } from './ReportReceiptView';
import { useTowns } from './useTowns';
import './publicReport.css';

interface Location { lat: number; lon: number; accuracy?: number }
type Photo = PreparedPhoto & { url: string };

/**
 * 举报: anyone reports a hazard from a phone, without an account. Photos are downscaled and
 * hashed on the phone like the app's; they are declared with the report and sent after it,
 * bound to it by the receipt's upload token. The answer is a code to note for tracking.
 */
export function PublicReportPage() {
  const { t } = useI18n();
  const towns = useTowns();
  const [townCode, setTownCode] = useState('');
  const [description, setDescription] = useState('');
  const [address, setAddress] = useState('');
  const [location, setLocation] = useState<Location | null>(null);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [enterpriseName, setEnterpriseName] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [contactName, setContactName] = useState('');
  const [phone, setPhone] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [receipt, setReceipt] = useState<PublicReportReceipt | null>(null);

  // Preview URLs live as long as the page: revoked when it goes, not when the list changes.
  const previews = useRef<string[]>([]);
  useEffect(() => () => previews.current.forEach((url) => URL.revokeObjectURL(url)), []);
  // One town installed: it is the answer, nothing to choose.
  const town = townCode || (towns.length === 1 ? (towns[0]?.code ?? '') : '');

  const locate = () => {
    if (!navigator.geolocation) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (p) => { setLocation({ lat: p.coords.latitude, lon: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }); setLocating('idle'); },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };

  const addPhotos = async (files: FileList | null) => {
    const room = MAX_REPORT_PHOTOS - photos.length;
    const chosen = [...(files ?? [])].slice(0, room);
    const prepared: Photo[] = [];
    for (const file of chosen) {
      try {
        const photo = await preparePhoto(file);
        if (photos.some((p) => p.hash === photo.hash)) continue;
        const url = URL.createObjectURL(photo.blob);
        previews.current.push(url);
        prepared.push({ ...photo, url });
      } catch {
        setError(t('report.photoUnreadable'));
      }
    }
    setPhotos((current) => [...current, ...prepared]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const contact = { ...(contactName.trim() ? { name: contactName.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}) };
    const parsed = PublicReportSubmission.safeParse({
      townCode: town, description, address, photos: photos.map((p) => p.hash),
      ...(location ? { location } : {}), ...(enterpriseName.trim() ? { enterpriseName: enterpriseName.trim() } : {}),
      ...(Object.keys(contact).length > 0 ? { contact } : {}),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? '');
      return setError(t(field === 'description' ? 'report.needDescription' : field === 'address' ? 'report.needAddress' : field === 'townCode' ? 'report.needTown' : field === 'contact' ? 'report.badPhone' : 'problem.checkInput'));
    }
    setWorking(true);
    try {
      setReceipt(await publicReportApi.submit(parsed.data));
    } catch (e) {
      setError(problemText(e, t));
    } finally {
      setWorking(false);
    }
  };

  if (receipt) return <ReportReceiptView receipt={receipt} photos={photos} />;
  return (
    <div className="public-report">
      <form className="public-report-card" onSubmit={(e) => void submit(e)} data-testid="public-report-form">
        <h1>{t('report.title')}</h1>
        <p className="public-report-why">{t('report.why')}</p>
        <FormField label={t('report.town')}>
          <select data-testid="report-town" value={town} onChange={(e) => setTownCode(e.target.value)}>
            <option value="">{t('report.chooseTown')}</option>
            {towns.map((town) => <option key={town.code} value={town.code}>{town.name}</option>)}
          </select>
        </FormField>
        <FormField label={t('report.description')}>
          <textarea data-testid="report-description" rows={5} maxLength={2000} value={description} placeholder={t('report.descriptionHint')} onChange={(e) => setDescription(e.target.value)} />
        </FormField>
        <FormField label={t('report.address')}>
          <input data-testid="report-address" maxLength={200} value={address} placeholder={t('report.addressHint')} onChange={(e) => setAddress(e.target.value)} />
        </FormField>
        <div className="public-report-row">
          <Button size="small" onClick={locate} loading={locating === 'busy'} data-testid="report-locate">{t('report.locate')}</Button>
          <span className="public-report-note" aria-live="polite">
            {location ? t('report.located', { accuracy: location.accuracy ?? 0 }) : locating === 'failed' ? t('report.locateFailed') : t('report.locateOptional')}
          </span>
        </div>
        <FormField label={t('report.enterprise')}>
          <input data-testid="report-enterprise" maxLength={100} value={enterpriseName} placeholder={t('report.enterpriseHint')} onChange={(e) => setEnterpriseName(e.target.value)} />
        </FormField>
        <div className="form-field">
          <span className="form-label">{t('report.photos', { max: MAX_REPORT_PHOTOS })}</span>
          {/* The browser's own file button speaks the browser's language: ours says 拍照或选择照片. */}
          <label className="public-report-pick" data-disabled={photos.length >= MAX_REPORT_PHOTOS ? 'true' : undefined}>
            <input data-testid="report-photos" type="file" accept="image/*" multiple disabled={photos.length >= MAX_REPORT_PHOTOS} onChange={(e) => { void addPhotos(e.target.files); e.target.value = ''; }} />
            {t('report.pickPhotos')}
          </label>
        </div>
        {photos.length > 0 ? (
          <ul className="public-report-photos">
            {photos.map((p) => (
              <li key={p.hash}>
                <img src={p.url} alt={t('report.photoAlt')} />
                <button type="button" onClick={() => setPhotos(photos.filter((x) => x.hash !== p.hash))}>{t('report.removePhoto')}</button>
              </li>
            ))}
          </ul>
        ) : null}
        <fieldset className="public-report-contact">
          <legend>{t('report.contact')}</legend>
          <p className="public-report-note">{t('report.contactWhy')}</p>
          <FormField label={t('report.contactName')}>
            <input data-testid="report-contact-name" maxLength={40} value={contactName} autoComplete="name" onChange={(e) => setContactName(e.target.value)} />
          </FormField>
          <FormField label={t('report.contactPhone')}>
            <input data-testid="report-contact-phone" type="tel" maxLength={24} value={phone} autoComplete="tel" onChange={(e) => setPhone(e.target.value)} />
          </FormField>
        </fieldset>
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        <Button data-testid="report-submit" block color="primary" type="submit" loading={working}>{t('report.submit')}</Button>
        <p className="public-report-links">
          <a href="#/report/track">{t('report.trackLink')}</a> · <a href="#/">{t('report.toLogin')}</a>
        </p>
      </form>
    </div>
  );
}
