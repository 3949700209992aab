import type { MessageKey } from './zh';

let messages: Record<MessageKey, string> | undefined;
let loading: Promise<Record<MessageKey, string>> | undefined;

/**
 * English is the second language: its texts (about 16 kB gzipped) are a chunk of their own, loaded
 * when someone chooses English or has it saved, never by every zh-CN device's first screen. The
 * service worker precaches the chunk, so switching works offline too.
 */
export const englishMessages = (): Record<MessageKey, string> | undefined => messages;

export function loadEnglish(): Promise<Record<MessageKey, string>> {
  loading ??= import('./en').then((module) => (messages = module.en));
  return loading;
}
