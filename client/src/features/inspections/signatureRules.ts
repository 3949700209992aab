/** The rules live in shared-schema: the server judges every pushed inspection with the same ones. */
export { completeRefusal, missingSignatures } from '@anxun/shared-schema';
