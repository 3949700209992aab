import { escapeHtml, qrSvg } from '../tls/setupPage';

/**
 * The A4 poster for an enterprise's gate or a notice board: a QR code of the public report page
 * and what happens to a report. Drawn on the server like /setup: no script, nothing from
 * elsewhere, the app's CSP unchanged. `place` (optional) names where it hangs.
 */
export function renderReportPoster(reportUrl: string, place: string | undefined): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>安全生产隐患举报 · 扫码举报</title>
<style>
@page{size:A4;margin:14mm}
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:182mm;margin:0 auto;padding:1rem;color:#111;text-align:center;line-height:1.6}
h1{font-size:2.4rem;margin:.5rem 0;color:#b91c1c;letter-spacing:.2rem}
.place{font-size:1.3rem;margin:0 0 .5rem}
.qr{width:min(80vw,110mm);height:auto;display:block;margin:1rem auto;border:6px solid #b91c1c;border-radius:12px;padding:4px}
.url{font-family:ui-monospace,Menlo,monospace;font-size:1rem;word-break:break-all}
ol{text-align:left;font-size:1.15rem;max-width:150mm;margin:1rem auto}
.promise{font-size:1.1rem;background:#fef2f2;border-radius:8px;padding:.5rem 1rem}
.hotline{font-size:1.2rem;font-weight:700}
@media print{.noprint{display:none}}
</style></head>
<body data-testid="report-poster">
<h1>安全生产隐患举报</h1>
${place ? `<p class="place">${escapeHtml(place)}</p>` : ''}
<p>发现安全出口堵塞、违规动火、私拉电线、危险作业无人监护等隐患，请用手机扫码举报。</p>
${qrSvg(reportUrl).replace('<svg ', '<svg class="qr" role="img" aria-label="举报页面二维码" ')}
<p class="url">${escapeHtml(reportUrl)}</p>
<ol>
<li>扫码打开举报页面，无需注册登录，可匿名举报。</li>
<li>写明发生了什么、在哪里，可拍照上传。</li>
<li>提交后记下查询码，凭码查询处理进度。</li>
</ol>
<p class="promise">举报人信息严格保密，仅负责处理的监管人员可见，不会告知被举报单位。</p>
<p class="hotline">情况紧急请拨打 119（火警）或 12350（安全生产举报投诉）</p>
<p class="noprint">请使用浏览器的"打印"功能打印本页（A4）。</p>
</body></html>`;
}
