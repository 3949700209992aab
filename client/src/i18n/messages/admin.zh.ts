/** 简体中文 — 系统管理员: first password, ledger import, accounts (issue 14). */
export const adminZh = {
  'console.accounts.role.admin': '系统管理员',
  'password.title': '请先修改初始密码',
  'password.why': '您正在使用初始密码或重置后的密码。为保证账号安全，请设置一个只有您知道的新密码后再继续。',
  'password.current': '当前密码',
  'password.new': '新密码（至少 8 位，须同时包含字母和数字）',
  'password.repeat': '再次输入新密码',
  'password.mismatch': '两次输入的新密码不一致，请重新输入。',
  'password.submit': '修改密码并继续',
  'password.working': '正在修改…',
  'password.wrongCurrent': '当前密码不正确，请检查后重试。',
  'password.rejected': '新密码不符合要求：{message}',
  'password.failed': '修改失败：{message}',
  'password.signOut': '退出登录',
} as const;
