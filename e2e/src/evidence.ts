/**
 * The evidence the server demands of documents a journey pushes straight to the API (issue 13,
 * items 8 and 9): hashes of photos never uploaded (they show as on their way) and signatures.
 */
export const SITE_PHOTO = 'e5'.repeat(32);
export const AFTER_PHOTO = 'e6'.repeat(32);

/** The inspector's signature and the principal's recorded refusal, as a finished inspection needs. */
export function signatures(officerName: string, at: string): object[] {
  return [
    { signerName: officerName, signerRole: 'officer', image: 'data:image/png;base64,iVBORw0KGgo=', refused: false, at },
    { signerName: '黄志强', signerRole: 'enterpriseRepresentative', refused: true, witness: '李海燕', refusalReason: '对检查结论有异议', at },
  ];
}
