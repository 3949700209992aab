import { describe, expect, it } from 'vitest';
import { Enterprise } from '@anxun/shared-schema';
import { z } from 'zod';
import { issueMessage, issuesByField } from './issueMessage';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected a failure');
  return result.error.issues;
};
const firstIssue = (schema: z.ZodType, value: unknown) => {
  const [issue] = issuesOf(schema, value);
  if (!issue) throw new Error('expected an issue');
  return issue;
};

describe('issueMessage', () => {
  it('calls an empty required text "required" and names the limits of numbers and long text', () => {
    expect(issueMessage(firstIssue(z.string().trim().min(1), '  '))).toEqual({ key: 'issue.required', params: {} });
    expect(issueMessage(firstIssue(z.string().max(200), 'x'.repeat(201)))).toEqual({ key: 'issue.tooLong', params: { max: 200 } });
    expect(issueMessage(firstIssue(z.number().int().min(0), -1))).toEqual({ key: 'issue.min', params: { min: 0 } });
    expect(issueMessage(firstIssue(z.number().max(10), 11))).toEqual({ key: 'issue.max', params: { max: 10 } });
  });

  it('asks for a whole number when the headcount box holds no number', () => {
    expect(issueMessage(firstIssue(z.number().int(), Number.NaN)).key).toBe('issue.integer');
    expect(issueMessage(firstIssue(z.number().int(), 1.5)).key).toBe('issue.integer');
  });

  it('reports a malformed phone as a format problem', () => {
    expect(issueMessage(firstIssue(z.string().regex(/^[0-9]+$/), 'abc')).key).toBe('issue.format');
  });
});

describe('issuesByField', () => {
  it('keys the issues of an enterprise by field path, nested people included', () => {
    const fields = issuesByField(issuesOf(Enterprise.pick({ name: true, headcount: true, people: true }), {
      name: '', headcount: -3, people: [{ id: 'p1', role: 'principal', name: '张三', phone: '电话' }],
    }));
    expect([...fields.keys()].sort()).toEqual(['headcount', 'name', 'people.0.phone']);
    expect(fields.get('people.0.phone')?.key).toBe('issue.format');
  });
});
