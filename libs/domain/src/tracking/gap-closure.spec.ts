import { describe, expect, it } from '@jest/globals';
import { Instrument } from '@ruamsang/shared';
import { choosePostRating, gapClosure, improvedPractitioners, type ClosureObservation, type PostRating } from './gap-closure.js';
import { completionGroups, funnel } from './dashboards.js';
import { completionTable, funnelTable, gapClosureTable } from './tables.js';

const day = (d: number) => new Date(Date.UTC(2027, 0, d));
const self = (level: number, target: number | null, d: number): PostRating => ({ source: 'SELF', level, target, ratedAt: day(d) });
const trainer = (level: number, d: number): PostRating => ({ source: 'TRAINER', level, target: null, ratedAt: day(d) });
const imported = (level: number, d: number): PostRating => ({ source: 'IMPORTED', level, target: null, ratedAt: day(d) });

// Worked by hand, one competency A, Borich (primary index MWDS = mean(T − C) × mean(T)):
//   P1 pre (T5, C2); post SELF 3 (T5) on day 1, TRAINER 4 on day 2
//   P2 pre (T4, C3); post SELF 3 (T4)
//   P3 pre (T3, C1); post SELF 2 (T3) on day 1, SELF 4 (T4) on day 3
//   P4 pre (T4, C2); no post            → not paired
//   P5 no pre;       post SELF 5        → not paired
// TRAINER_ELSE_SELF: P1 → trainer 4 (T = pre T 5), P2 → 3 (T4), P3 → latest self 4 (T4)
//   n = 3; mean pre C = (2+3+1)/3 = 2; mean post C = (4+3+4)/3 = 11/3; mean change = (2+0+3)/3 = 5/3
//   share improved = 2/3 (P1, P3)
//   pre MWDS  = mean(3,1,2) × mean(5,4,3) = 2 × 4 = 8
//   post MWDS = mean(1,1,0) × mean(5,4,4) = 2/3 × 13/3 = 26/9
const observations: ClosureObservation[] = [
  { groupKey: '94', practitionerId: 'P1', competencyCode: 'A', pre: { target: 5, current: 2 }, posts: [self(3, 5, 1), trainer(4, 2)] },
  { groupKey: '94', practitionerId: 'P2', competencyCode: 'A', pre: { target: 4, current: 3 }, posts: [self(3, 4, 1)] },
  { groupKey: '95', practitionerId: 'P3', competencyCode: 'A', pre: { target: 3, current: 1 }, posts: [self(2, 3, 1), self(4, 4, 3)] },
  { groupKey: '95', practitionerId: 'P4', competencyCode: 'A', pre: { target: 4, current: 2 }, posts: [] },
  { groupKey: '95', practitionerId: 'P5', competencyCode: 'A', pre: null, posts: [self(5, 5, 1)] },
];
const all = observations.map((o) => ({ ...o, groupKey: 'ALL' }));
const base = { instrument: Instrument.BORICH, competencyCodes: ['A', 'B'], rule: 'TRAINER_ELSE_SELF' as const };

describe('choosePostRating', () => {
  it('prefers the latest trainer rating, then the latest self rating, then imported', () => {
    expect(choosePostRating([self(3, 5, 1), trainer(4, 2), trainer(2, 1)], 'TRAINER_ELSE_SELF')).toEqual(trainer(4, 2));
    expect(choosePostRating([self(3, 5, 1), self(5, 5, 4), imported(2, 9)], 'TRAINER_ELSE_SELF')).toEqual(self(5, 5, 4));
    expect(choosePostRating([imported(2, 9)], 'TRAINER_ELSE_SELF')).toEqual(imported(2, 9));
    expect(choosePostRating([self(3, 5, 1), trainer(4, 2)], 'SELF')).toEqual(self(3, 5, 1));
    expect(choosePostRating([self(3, 5, 1)], 'TRAINER')).toBeNull();
    expect(choosePostRating([self(3, 5, 1), trainer(4, 2), imported(1, 3)], 'LATEST')).toEqual(imported(1, 3));
  });
  it('on equal dates takes the one stored later', () => {
    expect(choosePostRating([self(2, 3, 1), self(4, 3, 1)], 'SELF')?.level).toBe(4);
  });
});

describe('gapClosure', () => {
  it('matches the hand-worked figures over paired practitioners only', () => {
    const closure = gapClosure({ ...base, minGroupSize: 3, groups: [{ key: 'ALL', label: 'all' }], observations: all });
    expect(closure.primaryIndex).toBe('mwds');
    expect(closure.groups).toHaveLength(1);
    const g = closure.groups[0]!;
    expect(g.respondents).toBe(3);
    expect(g.suppressed).toBe(false);
    const a = g.figures[0]!;
    expect(a.n).toBe(3);
    expect(a.meanPreCurrent).toBe(2);
    expect(a.meanPostCurrent).toBeCloseTo(11 / 3, 12);
    expect(a.meanChange).toBeCloseTo(5 / 3, 12);
    expect(a.shareImproved).toBeCloseTo(2 / 3, 12);
    expect(a.preIndex).toBe(8);
    expect(a.postIndex).toBeCloseTo(26 / 9, 12);
    // B was rated by nobody: listed, with no figure.
    expect(g.figures[1]).toMatchObject({ competencyCode: 'B', n: 0, meanChange: null, preIndex: null });
  });

  it('follows the source rule', () => {
    const selfOnly = gapClosure({ ...base, rule: 'SELF', minGroupSize: 1, groups: [{ key: 'ALL', label: 'all' }], observations: all }).groups[0]!.figures[0]!;
    // P1 → self 3: post C = (3+3+4)/3 = 10/3
    expect(selfOnly.meanPostCurrent).toBeCloseTo(10 / 3, 12);
    const trainerOnly = gapClosure({ ...base, rule: 'TRAINER', minGroupSize: 1, groups: [{ key: 'ALL', label: 'all' }], observations: all }).groups[0]!;
    expect(trainerOnly.respondents).toBe(1);
    expect(trainerOnly.figures[0]).toMatchObject({ n: 1, meanPreCurrent: 2, meanPostCurrent: 4, meanChange: 2, shareImproved: 1 });
  });

  it('suppresses a group below k exactly like the gap analysis: its size and nothing else', () => {
    const closure = gapClosure({ ...base, minGroupSize: 2, groups: [{ key: '94', label: 'Pattani' }, { key: '95', label: 'Yala' }, { key: '96', label: 'Narathiwat' }], observations });
    expect(closure.groups.map((g) => [g.key, g.respondents, g.suppressed])).toEqual([
      ['94', 2, false],
      ['95', 1, true],
    ]);
    const yala = closure.groups[1]!;
    expect(yala.figures.every((f) => f.n === 0 && f.meanPreCurrent === null && f.meanPostCurrent === null && f.preIndex === null && f.shareImproved === null)).toBe(true);
    // Pattani: P1 (5,2)→(5,4), P2 (4,3)→(4,3): pre MWDS = mean(3,1) × 4.5 = 9; post = mean(1,1) × 4.5 = 4.5
    expect(closure.groups[0]!.figures[0]).toMatchObject({ n: 2, meanPreCurrent: 2.5, meanPostCurrent: 3.5, meanChange: 1, shareImproved: 0.5, preIndex: 9, postIndex: 4.5 });
    const table = gapClosureTable(closure, { competencyName: (c) => `name ${c}`, suppressed: 'suppressed (n < 2)', fewerThan: '< 2' });
    expect(table.rows.filter((r) => r.groupKey === '95').every((r) => r.status === 'suppressed (n < 2)' && r.respondents === '< 2' && r.n === null && r.meanChange === null)).toBe(true);
    expect(table.rows[0]).toMatchObject({ groupKey: '94', competency: 'name A', n: 2, meanChange: 1, preIndex: 9 });
  });

  it('uses PNImodified for a PNI campaign', () => {
    const pni = gapClosure({ ...base, instrument: Instrument.PNI, minGroupSize: 1, groups: [{ key: 'ALL', label: 'all' }], observations: all }).groups[0]!.figures[0]!;
    // pre (mean T 4 − mean C 2)/2 = 1; post (13/3 − 11/3)/(11/3) = 2/11
    expect(pni.preIndex).toBe(1);
    expect(pni.postIndex).toBeCloseTo(2 / 11, 12);
  });
});

describe('improvedPractitioners', () => {
  it('counts those above their pre C on at least one competency', () => {
    expect([...improvedPractitioners(all, 'TRAINER_ELSE_SELF')].sort()).toEqual(['P1', 'P3']);
    expect([...improvedPractitioners(all, 'TRAINER')]).toEqual(['P1']);
  });
});

describe('funnel and completion', () => {
  const s = (...ids: string[]) => new Set(ids);
  it('counts each stage, shares of the previous stage, and suppresses a small funnel', () => {
    const stages = { ASSESSED: s('a', 'b', 'c', 'd'), ENROLLED: s('a', 'b', 'e'), ATTENDED: s('a', 'b'), COMPLETED: s('a'), IMPROVED: s() };
    const f = funnel(stages, 5);
    expect(f.people).toBe(5);
    expect(f.suppressed).toBe(false);
    expect(f.stages.map((x) => [x.stage, x.count, x.shareOfPrevious])).toEqual([
      ['ASSESSED', 4, null],
      ['ENROLLED', 3, 0.75],
      ['ATTENDED', 2, 2 / 3],
      ['COMPLETED', 1, 0.5],
      ['IMPROVED', 0, 0],
    ]);
    const small = funnel(stages, 6);
    expect(small.suppressed).toBe(true);
    expect(small.stages.every((x) => x.count === null && x.shareOfPrevious === null)).toBe(true);
    expect(funnelTable(small, { suppressed: 'hidden', fewerThan: '< 6', stageName: (x) => x }).rows.every((r) => r.status === 'hidden' && r.count === '< 6' && r.shareOfPrevious === null)).toBe(true);
  });
  it('gives completion rates per group, suppressed below k, and drops empty groups', () => {
    const groups = completionGroups(
      [
        { key: 'F', label: 'female', enrolled: 8, completed: 6 },
        { key: 'M', label: 'male', enrolled: 3, completed: 3 },
        { key: 'X', label: 'other', enrolled: 0, completed: 0 },
      ],
      5,
    );
    expect(groups).toEqual([
      { key: 'F', label: 'female', enrolled: 8, suppressed: false, completed: 6, completionRate: 0.75 },
      { key: 'M', label: 'male', enrolled: 3, suppressed: true, completed: null, completionRate: null },
    ]);
    expect(completionTable(groups, { suppressed: 'hidden', fewerThan: '< 5' }).rows[1]).toEqual({ groupKey: 'M', group: 'male', enrolled: '< 5', status: 'hidden', completed: null, completionRate: null });
  });
});
