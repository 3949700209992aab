import { ApiClient } from './apiClient';
import { SessionStore } from './sessionStore';

/** The composition root of what lives as long as the page: the session and the API client. */
export const sessions = new SessionStore();
export const api = new ApiClient(sessions);

// Every tab of the device shares one session in localStorage; a tab that renews it tells the
// others through the storage event, so none of them presents a refresh token already spent.
if (typeof window !== 'undefined') window.addEventListener('storage', (event) => sessions.noticeStorageEvent(event));
