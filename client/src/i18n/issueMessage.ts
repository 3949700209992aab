import type { z } from 'zod';
import type { MessageKey } from './zh';

export interface IssueText {
  key: MessageKey;
  params: Record<string, string | number>;
}

/**
 * A zod issue as words a grid officer understands, in either language. zod's own messages are
 * English developer text ("Too small: expected string to have >=1 characters"); the schema is
 * the contract, this is only how its verdict is shown.
 */
export function issueMessage(issue: z.core.$ZodIssue): IssueText {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'issue.required', params: {} };
      if (issue.origin === 'number') return { key: 'issue.min', params: { min: Number(issue.minimum) } };
      return { key: 'issue.invalid', params: {} };
    case 'too_big':
      if (issue.origin === 'string') return { key: 'issue.tooLong', params: { max: Number(issue.maximum) } };
      if (issue.origin === 'number') return { key: 'issue.max', params: { max: Number(issue.maximum) } };
      return { key: 'issue.invalid', params: {} };
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int' ? { key: 'issue.integer', params: {} } : { key: 'issue.required', params: {} };
    case 'invalid_format':
      return { key: 'issue.format', params: {} };
    default:
      return { key: 'issue.invalid', params: {} };
  }
}

/** The issues keyed by field path ("headcount", "people.0.phone"); the first issue of a field wins. */
export function issuesByField(issues: readonly z.core.$ZodIssue[]): Map<string, IssueText> {
  const byField = new Map<string, IssueText>();
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (!byField.has(path)) byField.set(path, issueMessage(issue));
  }
  return byField;
}
