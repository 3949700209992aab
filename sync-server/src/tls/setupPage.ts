import qrcode from 'qrcode-generator';

/** What /setup shows: nothing but addresses and the public CA's fingerprint (no data, no user). */
export interface SetupInfo {
  /** Every HTTPS address of this server, the one to use first. */
  httpsUrls: string[];
  /** The local CA, when the server made its own (absent with the organisation's certificate). */
  localCa?: { fingerprint: string } | undefined;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The address as an inline SVG QR code, drawn here: the page loads no script and nothing from elsewhere. */
export function qrSvg(text: string): string {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  return code.createSvgTag({ cellSize: 6, margin: 4, scalable: true });
}

/** The steps per device; each ends at the fingerprint check, the one step that proves it is this server's CA. */
function caSteps(fingerprint: string, caUrl: string): string {
  const check = `核对证书的 SHA-256 指纹与本页一致：<code class="fp">${escapeHtml(fingerprint)}</code>`;
  return `
<h2>第一步：在设备上信任本服务器的证书</h2>
<p>本服务器使用自己的本地证书颁发机构（CA）。每台平板或电脑只需安装一次。</p>
<p><a class="button" href="${caUrl}" download="anxun-ca.crt">下载证书 anxun-ca.crt</a></p>
<p>证书指纹（SHA-256）：<br><code class="fp" data-testid="ca-fingerprint">${escapeHtml(fingerprint)}</code></p>
<section><h3>安卓平板（Android）</h3><ol>
<li>用 Chrome 打开本页，点击上方“下载证书”。</li>
<li>打开“设置 → 安全（或 安全和隐私）→ 更多安全设置 → 加密与凭据 → 安装证书 → CA 证书”，选择“仍然安装”。</li>
<li>在“下载”中选择 anxun-ca.crt。${check}（可在“信任的凭据 → 用户”中查看）。</li>
<li>完全关闭并重新打开 Chrome，再打开下面的 HTTPS 地址。</li></ol></section>
<section><h3>iPad（iPadOS）</h3><ol>
<li>用 Safari 打开本页，点击“下载证书”，选择“允许”下载描述文件。</li>
<li>打开“设置 → 通用 → VPN 与设备管理”（或设置首页的“已下载描述文件”），点击该描述文件，选择“安装”并输入设备密码。</li>
<li>打开“设置 → 通用 → 关于本机 → 证书信任设置”，为“安巡 Anxun 本地证书颁发机构”打开“完全信任”。</li>
<li>${check}（在描述文件的“更多详细信息”中）。</li></ol></section>
<section><h3>Windows 电脑</h3><ol>
<li>用 Edge 或 Chrome 下载证书，双击 anxun-ca.crt，在“详细信息”中${check}。</li>
<li>点击“安装证书 → 本地计算机 → 将所有的证书都放入下列存储 → 浏览 → 受信任的根证书颁发机构”，完成导入。</li>
<li>重新打开浏览器。（Firefox 使用自己的证书库：在“设置 → 隐私与安全 → 证书 → 查看证书 → 证书颁发机构”中导入。）</li></ol></section>
<p class="warn">只安装与上面指纹一致的证书。指纹不同，说明证书不是本服务器的，请联系管理员。</p>`;
}

function addressSection(primary: string, others: readonly string[]): string {
  return `<p>用平板扫描二维码，或在浏览器中输入地址：</p>
<p><a href="${escapeHtml(primary)}" data-testid="setup-https-url">${escapeHtml(primary)}</a></p>
<div data-testid="setup-qr">${qrSvg(primary).replace('<svg ', '<svg class="qr" role="img" aria-label="HTTPS 地址二维码" ')}</div>
${others.length > 0 ? `<p>其他地址：</p><ul>${others.map((u) => `<li><a href="${escapeHtml(u)}">${escapeHtml(u)}</a></li>`).join('')}</ul>` : ''}`;
}

/** The zh-CN page that takes a tablet from "just connected to the town's network" to the app over HTTPS. */
export function renderSetupPage(info: SetupInfo, caUrl = '/ca.crt'): string {
  const [primary, ...others] = info.httpsUrls;
  const addressStep = info.localCa ? '第二步：打开安巡' : '打开安巡';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>安巡 · 设备设置</title>
<style>
body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem;line-height:1.6;color:#1a1a1a}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin-bottom:.25rem}
code.fp{word-break:break-all;font-size:.95rem;background:#f3f5f7;padding:.1rem .3rem;border-radius:4px}
.button{display:inline-block;padding:.6rem 1.1rem;background:#1677ff;color:#fff;border-radius:6px;text-decoration:none;font-size:1.05rem}
.qr{width:min(70vw,260px);height:auto;display:block;margin:.5rem 0}.warn{color:#a61d24}.en{color:#666;font-size:.9rem}
</style></head>
<body data-testid="setup-page">
<h1>安巡 · 平板与电脑设置</h1>
<p>离线工作和拍照需要通过 HTTPS 安全连接打开安巡。按下面的步骤设置一次即可。</p>
<p class="en">Anxun needs a secure HTTPS connection for offline work. Trust this server's certificate once per device, then open the HTTPS address.</p>
${info.localCa ? caSteps(info.localCa.fingerprint, caUrl) : '<p>本服务器使用单位的正式证书，设备无需另外安装证书。</p>'}
<h2>${addressStep}</h2>
${primary ? addressSection(primary, others) : '<p>请在浏览器中输入管理员提供的 HTTPS 地址（以 https:// 开头）。</p>'}
<p>打开后登录一次，等待“已缓存，无网络时也可打开”的提示，之后即可在没有网络时工作。</p>
</body></html>`;
}
