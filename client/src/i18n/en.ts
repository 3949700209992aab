import { coreEn } from './messages/core.en';
import { documentsEn } from './messages/documents.en';
import { consoleEn } from './messages/console.en';
import { supervisionEn } from './messages/supervision.en';
import { loopEn } from './messages/loop.en';
import { originEn } from './messages/origin.en';
import { fieldEn } from './messages/field.en';
import { uxEn } from './messages/ux.en';
import { adminEn } from './messages/admin.en';
import { ledgerEn } from './messages/ledger.en';
import { listingEn } from './messages/listing.en';
import { caseEn } from './messages/case.en';
import { evidenceEn } from './messages/evidence.en';
import { placesEn } from './messages/places.en';
import { reportEn } from './messages/report.en';
import { rosterEn } from './messages/roster.en';
import type { MessageKey } from './zh';

/** English, the second language. Every key of zh must be here (the type and a test check it). */
export const en: Record<MessageKey, string> = { ...coreEn, ...documentsEn, ...consoleEn, ...supervisionEn, ...loopEn, ...originEn, ...fieldEn, ...uxEn, ...adminEn, ...ledgerEn, ...listingEn, ...caseEn, ...evidenceEn, ...placesEn, ...reportEn, ...rosterEn };
