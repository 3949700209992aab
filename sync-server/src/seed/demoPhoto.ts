import { createHash } from 'node:crypto';

/**
 * The after photo of the demo town's submitted rectification: a rectification without one is
 * refused (issue 13, item 9), and a hash with no bytes behind it would wait forever as
 * "on its way". A 1×1 JPEG, stored by main.ts when it seeds.
 */
const bytes = Buffer.from('/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=', 'base64');

export const DEMO_AFTER_PHOTO = { hash: createHash('sha256').update(bytes).digest('hex'), bytes, contentType: 'image/jpeg', uploadedBy: 'u-ent-2' };
