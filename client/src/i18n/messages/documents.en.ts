import type { documentsZh } from './documents.zh';

/** English — 执法文书 (documents feature). Every key of the Chinese part (the type checks it). */
export const documentsEn: Record<keyof typeof documentsZh, string> = {
  'writ.heading': 'Enforcement documents',
  'writ.ofEnterprise': 'Enforcement documents of this enterprise',
  'writ.none': 'No documents yet',
  'writ.issue': 'Issue {title}',
  'writ.provisional': 'Provisional no. {no} (no official number yet)',
  'writ.notFound': 'Document not found',
  'writ.print': 'Print',
  'writ.numbered': 'Official number assigned',
  'writ.waitingForNumber': 'No official number yet: the server assigns it when this device syncs',
  'outbox.collection.writs': 'Enforcement document',
  'writ.facilities': 'Facilities or equipment to stop using',
  'writ.ownCertNo': 'Your enforcement certificate no.',
  'writ.secondOfficer': 'Second enforcement officer',
  'writ.secondCertNo': 'Second officer’s certificate no.',
};
