import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { BANGKOK_TIME_ZONE } from '../calendar/local-date.js';
import { buildICalendar, type CalendarSessionDay, sessionDayUid } from './ical.js';

const days: CalendarSessionDay[] = [
  {
    sessionId: 's-2',
    date: '2026-06-10',
    start: '13:30',
    end: '16:30',
    title: 'การตลาดออนไลน์สำหรับวิสาหกิจชุมชน',
    location: 'ศาลากลางจังหวัดปัตตานี, Pattani',
    trainers: [{ id: 't1', name: 'Aminah Salae' }],
  },
  {
    sessionId: 's-1',
    date: '2026-06-09',
    start: '09:00',
    end: '12:00',
    title: 'Food safety, part 1; basics',
    location: 'Yala Community Hall',
    trainers: [
      { id: 't1', name: 'Aminah Salae' },
      { id: 't2', name: 'Somchai Dee', email: 'somchai@example.org' },
    ],
  },
];

const bangkokClock = (d: Date): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: BANGKOK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);

function parse(text: string): ICAL.Component[] {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
}

describe('buildICalendar', () => {
  const stamp = new Date('2026-05-01T00:00:00Z');
  const text = buildICalendar(days, { name: 'Ruamsang — Pattani', stamp });

  it('parses with ical.js: one VEVENT per session day, in date order, with the right Bangkok times', () => {
    const events = parse(text).map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(2);
    const [first, second] = events as [ICAL.Event, ICAL.Event];
    expect(first.summary).toBe('Food safety, part 1; basics');
    expect(first.location).toBe('Yala Community Hall');
    // 09:00 in Bangkok (UTC+7) is 02:00 UTC.
    expect(first.startDate.toJSDate().toISOString()).toBe('2026-06-09T02:00:00.000Z');
    expect(bangkokClock(first.startDate.toJSDate())).toBe('2026-06-09, 09:00');
    expect(bangkokClock(first.endDate.toJSDate())).toBe('2026-06-09, 12:00');
    expect(second.summary).toBe('การตลาดออนไลน์สำหรับวิสาหกิจชุมชน');
    expect(second.location).toBe('ศาลากลางจังหวัดปัตตานี, Pattani');
    expect(bangkokClock(second.startDate.toJSDate())).toBe('2026-06-10, 13:30');
    expect(bangkokClock(second.endDate.toJSDate())).toBe('2026-06-10, 16:30');
  });

  it('gives stable UIDs and one ATTENDEE;ROLE=CHAIR;CN=<name> per trainer, no trainer e-mail leaked', () => {
    const [first, second] = parse(text) as [ICAL.Component, ICAL.Component];
    expect(first.getFirstPropertyValue('uid')).toBe('session-s-1-2026-06-09@ruamsang');
    expect(second.getFirstPropertyValue('uid')).toBe(sessionDayUid('s-2', '2026-06-10'));
    const attendees = first.getAllProperties('attendee');
    expect(attendees.map((a) => [a.getParameter('role'), a.getParameter('cn')])).toEqual([
      ['CHAIR', 'Aminah Salae'],
      ['CHAIR', 'Somchai Dee'],
    ]);
    expect(String(attendees[0]!.getFirstValue())).toBe('MAILTO:trainer-t1@ruamsang.invalid');
    // Same input, same feed (with a fixed DTSTAMP).
    expect(buildICalendar([...days].reverse(), { name: 'Ruamsang — Pattani', stamp })).toBe(text);
  });

  it('is an empty but valid calendar when nothing is published', () => {
    const empty = buildICalendar([], { name: 'Ruamsang — Satun', stamp });
    expect(new ICAL.Component(ICAL.parse(empty)).name).toBe('vcalendar');
    expect(parse(empty)).toEqual([]);
  });
});
