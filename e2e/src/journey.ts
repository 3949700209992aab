import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startAnxunServer, type RunningServer } from './anxunServer';
import { launchChromium } from './browser';

export const PASSWORD = 'anxun2026';

/** One real server (fresh PGlite, demo town, the spec's extra env) and one Chromium (with the spec's extra flags) for the journeys of a spec file. */
export function useServerAndBrowser(browserArgs: readonly string[] = [], serverEnv: Record<string, string> = {}, options: { tlsHost?: string; browserEnv?: (server: RunningServer) => Record<string, string> } = {}): { readonly server: RunningServer; readonly browser: Browser } {
  const handles: { server?: RunningServer; browser?: Browser } = {};
  beforeAll(async () => {
    handles.server = await startAnxunServer(serverEnv, options.tlsHost === undefined ? {} : { tlsHost: options.tlsHost });
    handles.browser = await launchChromium(browserArgs, options.browserEnv?.(handles.server));
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.stop();
  });
  return {
    get server() {
      if (!handles.server) throw new Error('server not started');
      return handles.server;
    },
    get browser() {
      if (!handles.browser) throw new Error('browser not started');
      return handles.browser;
    },
  };
}
