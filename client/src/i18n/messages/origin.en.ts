import type { originZh } from './origin.zh';

/** English — The page shown instead of the app on an address that is not a secure context. */
export const originEn: Record<keyof typeof originZh, string> = {
  'insecure.title': 'Open Anxun at its secure HTTPS address',
  'insecure.why': 'Offline work and photos need a secure HTTPS connection. This address, {address}, is not secure: the browser does not let Anxun keep data offline on this device, sign in or process photos, so no sign-in form is shown here.',
  'insecure.what': 'Open the app again at the HTTPS address above, then add it to the home screen.',
  'insecure.link': 'Open {address}',
  'insecure.admin': 'If it does not open, or the browser warns that the certificate is not trusted, ask your town’s Anxun administrator for the exact address (it may include a port) and how to trust the certificate on a tablet.',
};
