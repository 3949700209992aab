import { describe, expect, it } from 'vitest';
import { PullRequest, PushRequest } from '@anxun/shared-schema';
import { PULL_BATCH_SIZE, PUSH_BATCH_SIZE } from './replicateCollection';

describe('replication batch sizes', () => {
  it('pull pages of 1,000, which the server accepts', () => {
    expect(PULL_BATCH_SIZE).toBe(1_000);
    expect(PullRequest.safeParse({ checkpoint: null, limit: PULL_BATCH_SIZE }).success).toBe(true);
  });

  it('push no more rows at once than the server accepts', () => {
    const row = { assumedMasterState: null, newDocumentState: { id: 'h-1', _deleted: false } };
    expect(PushRequest.safeParse(Array.from({ length: PUSH_BATCH_SIZE }, () => row)).success).toBe(true);
  });
});
