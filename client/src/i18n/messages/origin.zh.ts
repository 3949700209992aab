/** 简体中文 — The page shown instead of the app on an address that is not a secure context. */
export const originZh = {
  'insecure.title': '请用 HTTPS 安全地址打开安巡',
  'insecure.why': '离线功能和照片需要 HTTPS 安全连接。当前地址 {address} 不是安全连接，浏览器不允许安巡在本设备保存离线数据、登录和处理照片，所以这里不显示登录页面。',
  'insecure.what': '请点击下面的 HTTPS 地址重新打开，并把它添加到主屏幕。',
  'insecure.link': '打开 {address}',
  'insecure.admin': '如果打不开，或浏览器提示证书不受信任，请向本镇安巡系统管理员索取准确地址（可能带端口号）和在平板上信任证书的方法。',
} as const;
