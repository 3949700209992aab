import { coreZh } from './messages/core.zh';
import { documentsZh } from './messages/documents.zh';
import { consoleZh } from './messages/console.zh';
import { supervisionZh } from './messages/supervision.zh';
import { loopZh } from './messages/loop.zh';
import { originZh } from './messages/origin.zh';
import { fieldZh } from './messages/field.zh';
import { uxZh } from './messages/ux.zh';
import { adminZh } from './messages/admin.zh';
import { ledgerZh } from './messages/ledger.zh';
import { listingZh } from './messages/listing.zh';
import { caseZh } from './messages/case.zh';
import { evidenceZh } from './messages/evidence.zh';
import { placesZh } from './messages/places.zh';
import { reportZh } from './messages/report.zh';
import { rosterZh } from './messages/roster.zh';

/**
 * 简体中文: the default language of the whole UI, one part per area of the app (messages/).
 */
export const zh = { ...coreZh, ...documentsZh, ...consoleZh, ...supervisionZh, ...loopZh, ...originZh, ...fieldZh, ...uxZh, ...adminZh, ...ledgerZh, ...listingZh, ...caseZh, ...evidenceZh, ...placesZh, ...reportZh, ...rosterZh } as const;

export type MessageKey = keyof typeof zh;
