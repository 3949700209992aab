import { ApiClient } from './apiClient';
import { SessionStore } from './sessionStore';

/** The composition root of what lives as long as the page: the session and the API client. */
export const sessions = new SessionStore();
export const api = new ApiClient(sessions);
