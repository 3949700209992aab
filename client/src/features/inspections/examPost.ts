import { StaffPost } from '@anxun/shared-schema';
import { STAFF_POST } from '../../i18n/labels';
import type { I18n } from '../../i18n/I18nProvider';

/** A result's post: a StaffPost since the roster, free text on results stored before it. */
export function postLabel(post: string, label: I18n['label']): string {
  const parsed = StaffPost.safeParse(post);
  return parsed.success ? label(STAFF_POST, parsed.data) : post;
}

/** The post whose questions an examinee gets: free text of an old draft counts as front-line. */
export const postOfText = (post: string): StaffPost => StaffPost.safeParse(post).data ?? 'frontline';
