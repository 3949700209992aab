import { LIBRARY } from './checklists/index';

/** The demo town's checklist templates: the whole library (checklists/). */
export const DEMO_TEMPLATES = LIBRARY;
