import type { fieldZh } from './field.zh';

/** English — field work: check-ins on site. */
export const fieldEn: Record<keyof typeof fieldZh, string> = {
  'checkIn.onSite': 'On site · {distance} m from the enterprise',
  'checkIn.offSite': 'Off site · {distance} m from the enterprise',
  'checkIn.noPosition': 'Checked in without a position',
  'checkIn.noEnterpriseLocation': 'Enterprise has no location',
  'checkIn.reasonShown': 'reason: {reason}',
  'checkIn.offSiteTitle': 'You are not at the enterprise',
  'checkIn.noPositionTitle': 'No position',
  'checkIn.offSiteExplain': 'You are {distance} m from the enterprise (on site means within {radius} m; accuracy ±{accuracy} m). To start anyway, give the reason: supervisors will see the inspection marked off site.',
  'checkIn.noPositionExplain': 'The device has no position (common in basements and cold stores), so being on site cannot be shown. Give the reason to start, or check in again outdoors.',
  'checkIn.reason': 'Reason (required)',
  'checkIn.reasonHint': 'e.g. the gatekeeper would not let us in; checked in at the gate',
  'checkIn.startAnyway': 'Give reason and start',
  'checkIn.adoptLocation': 'This enterprise has no location yet. Use your current position (±{accuracy} m) as its location? Later check-ins are judged against it.',
  'checkIn.adoptConfirm': 'Use as location',
  'checkIn.adoptSkip': 'Not now',
  'tracks.gap': 'no position for {minutes} min ({from}–{to})',
  'tracks.offSite': 'off site',
  'tracks.dayList': 'All patrols on {day}',
  'tracks.col.time': 'From–to',
  'tracks.col.visited': 'Checked in at',
  'tracks.col.running': 'running',
  'tracks.col.none': 'no check-in',
};
