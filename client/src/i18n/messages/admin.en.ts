import type { adminZh } from './admin.zh';

/** English — administrator: first password, ledger import, accounts (issue 14). */
export const adminEn: Record<keyof typeof adminZh, string> = {
  'console.accounts.role.admin': 'Administrator',
  'password.title': 'Change your initial password first',
  'password.why': 'You signed in with an initial or reset password. Choose a new password only you know before you go on.',
  'password.current': 'Current password',
  'password.new': 'New password (8 characters or more, letters and digits)',
  'password.repeat': 'New password again',
  'password.mismatch': 'The two new passwords differ: type them again.',
  'password.submit': 'Change password and continue',
  'password.working': 'Changing…',
  'password.wrongCurrent': 'The current password is wrong: check it and try again.',
  'password.rejected': 'The new password is not acceptable: {message}',
  'password.failed': 'Could not change the password: {message}',
  'password.signOut': 'Sign out',
};
