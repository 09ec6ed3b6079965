import { ICalAttendeeRole, ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { bangkokInstant, type ClockTime, type LocalDate } from '../calendar/local-date.js';

/** One published day of a session, as a calendar feed shows it. Times are Asia/Bangkok wall clock. */
export interface CalendarSessionDay {
  readonly sessionId: string;
  readonly date: LocalDate;
  readonly start: ClockTime;
  readonly end: ClockTime;
  /** Module title (SUMMARY). */
  readonly title: string;
  /** Venue name and place (LOCATION). */
  readonly location: string;
  readonly trainers: readonly { readonly id: string; readonly name: string; readonly email?: string }[];
  readonly description?: string;
  /** Bumped when a published day changes, so clients replace the event. */
  readonly sequence?: number;
}

export interface FeedOptions {
  /** X-WR-CALNAME, e.g. "Ruamsang — Pattani". */
  readonly name: string;
  /** Domain part of the UIDs (stable across publications). */
  readonly uidDomain?: string;
  /** DTSTAMP of every event; defaults to now. Fix it for reproducible output. */
  readonly stamp?: Date;
}

/** A session day's stable UID: the same session on the same date always gets the same one. */
export function sessionDayUid(sessionId: string, date: LocalDate, domain = 'ruamsang'): string {
  return `session-${sessionId}-${date}@${domain}`;
}

/**
 * A VCALENDAR with one VEVENT per session day (RFC 5545, via ical-generator). DTSTART/DTEND are
 * written in UTC (the Bangkok wall clock converted at +07:00), which every client shows in its
 * own zone; one ATTENDEE;ROLE=CHAIR;CN=<name> per trainer. Trainers without a shared e-mail get
 * a non-deliverable address under the reserved `.invalid` domain, so a public feed leaks none.
 */
export function buildICalendar(days: readonly CalendarSessionDay[], options: FeedOptions): string {
  const domain = options.uidDomain ?? 'ruamsang';
  const cal = new ICalCalendar({ name: options.name, prodId: { company: 'Ruamsang', product: 'schedule', language: 'TH' } });
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.sessionId.localeCompare(b.sessionId));
  for (const d of sorted) {
    cal.createEvent({
      id: sessionDayUid(d.sessionId, d.date, domain),
      sequence: d.sequence ?? 0,
      stamp: options.stamp ?? new Date(),
      start: bangkokInstant(d.date, d.start),
      end: bangkokInstant(d.date, d.end),
      summary: d.title,
      location: d.location,
      description: d.description ?? null,
      status: ICalEventStatus.CONFIRMED,
      attendees: d.trainers.map((t) => ({ name: t.name, email: t.email ?? `trainer-${t.id}@${domain}.invalid`, role: ICalAttendeeRole.CHAIR })),
    });
  }
  return cal.toString();
}

/**
 * An iTIP invitation (RFC 5546) for a person's session days: METHOD:REQUEST adds or updates the
 * events, METHOD:CANCEL removes them. The UIDs are the feeds' (sessionDayUid), and every event
 * carries the session's SEQUENCE, which rises on each change, so calendar programs replace the
 * earlier invitation instead of adding a second event.
 */
export function buildInvitation(
  days: readonly CalendarSessionDay[],
  options: FeedOptions & { readonly method: 'REQUEST' | 'CANCEL'; readonly organizer: { readonly name: string; readonly email: string }; readonly attendee?: { readonly name: string; readonly email: string } },
): string {
  const domain = options.uidDomain ?? 'ruamsang';
  const cal = new ICalCalendar({ name: options.name, method: options.method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL, prodId: { company: 'Ruamsang', product: 'schedule', language: 'TH' } });
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date) || a.sessionId.localeCompare(b.sessionId));
  for (const d of sorted) {
    cal.createEvent({
      id: sessionDayUid(d.sessionId, d.date, domain),
      sequence: d.sequence ?? 0,
      stamp: options.stamp ?? new Date(),
      start: bangkokInstant(d.date, d.start),
      end: bangkokInstant(d.date, d.end),
      summary: d.title,
      location: d.location,
      description: d.description ?? null,
      status: options.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: options.organizer,
      attendees: options.attendee ? [{ name: options.attendee.name, email: options.attendee.email, role: ICalAttendeeRole.REQ, rsvp: false }] : [],
    });
  }
  return cal.toString();
}
