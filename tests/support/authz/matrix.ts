import { randomUUID } from 'node:crypto';
import { expect } from '@jest/globals';
import { CURRENT_CONSENT } from '../../../apps/api/src/modules/assessments/consent.js';
import { ADMIN_PASSWORD, TEST_PASSWORD, type GraphQLResult } from '../test-app.js';

/**
 * The authorisation matrix: one entry per Query and Mutation field of apps/api/schema.gql.
 * Every entry says how to call the operation (a minimal valid document and its variables) and
 * what each actor must get. The fixture lives in Pattani (province 94): "own" province is
 * Pattani, "other" is Yala (95). `practitioner` owns the personal objects (response, votes,
 * comments); `peerPractitioner` is another practitioner of the same province.
 */
export const ACTORS = [
  'anonymous',
  'practitioner',
  'peerPractitioner',
  'otherProvincePractitioner',
  'trainer',
  'otherTrainer',
  'coordinator',
  'otherProvinceCoordinator',
  'admin',
] as const;
export type ActorKey = (typeof ACTORS)[number];
export type SignedInActor = Exclude<ActorKey, 'anonymous'>;

export type ErrorOutcome = 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND';
/** ALLOW with a further check of the answer (e.g. a list filtered to the caller's scope). */
export interface CustomCheck {
  readonly allow: (data: Record<string, any>, fixture: Fixture, actor: ActorKey) => void;
}
export type Outcome = 'ALLOW' | ErrorOutcome | CustomCheck;
export type Expectations = Record<ActorKey, Outcome>;

export interface Fixture {
  readonly tokens: Record<SignedInActor, string>;
  readonly userIds: Record<SignedInActor, string>;
  readonly frameworkId: string;
  readonly competencyCodes: string[];
  /** Open campaign in Pattani, any sector; practitioner has submitted to it. */
  readonly campaignId: string;
  /** A module authored by `trainer`. */
  readonly moduleCode: string;
  /** A curriculum of the Pattani campaign for Pattani. */
  readonly curriculumId: string;
  readonly boardId: string;
  readonly personaId: string;
  readonly icebergId: string;
  /**
   * Attendance: a curriculum of its own with a Pattani cohort taught by `trainer`, one session
   * held yesterday and today (Asia/Bangkok), `practitioner` seated and marked PRESENT both days, so
   * they hold a live certificate.
   */
  readonly attendance: {
    readonly curriculumId: string;
    readonly cohortId: string;
    readonly sessionId: string;
    readonly pastDate: string;
    readonly today: string;
    readonly certificateCode: string;
  };
  gql<T = Record<string, any>>(query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLResult<T>>;
  /** Runs a fixture-making call and fails loudly when it is refused. */
  make<T = Record<string, any>>(query: string, variables: Record<string, unknown>, as: SignedInActor): Promise<T>;
}

export interface MatrixEntry {
  /** A document whose only root field is this operation. */
  readonly document: string;
  /** Variables for one call by `actor`; may create the object the call needs (fresh each call). */
  readonly variables?: (fixture: Fixture, actor: ActorKey) => Record<string, unknown> | Promise<Record<string, unknown>>;
  readonly expect: Expectations;
  /** Reachable without a token (login, provinces, me, …). */
  readonly public?: true;
  /**
   * The current code disagrees with the intended rule for these actors, and the fix is not
   * small: the test reports the gap instead of failing — and fails once the gap is gone, so
   * the note is removed.
   */
  readonly knownGap?: { readonly actors: readonly ActorKey[]; readonly reason: string };
}

// ---- expectation helpers ----------------------------------------------------------------------

const SIGNED_IN: readonly SignedInActor[] = ACTORS.filter((a): a is SignedInActor => a !== 'anonymous');

/** Anonymous → UNAUTHENTICATED, the listed actors → ALLOW, every other signed-in actor → FORBIDDEN. */
export function allow(...actors: SignedInActor[]): Expectations {
  const result = { anonymous: 'UNAUTHENTICATED' } as Expectations;
  for (const a of SIGNED_IN) result[a] = actors.includes(a) ? 'ALLOW' : 'FORBIDDEN';
  return result;
}
export const anySignedIn = (): Expectations => allow(...SIGNED_IN);
/** Everyone who may see the Pattani campaign: its province's people, trainers, its coordinator, admins. */
export const campaignViewers = (): Expectations => allow('practitioner', 'peerPractitioner', 'trainer', 'otherTrainer', 'coordinator', 'admin');
export const publicForAll = (): Expectations => Object.fromEntries(ACTORS.map((a) => [a, 'ALLOW'])) as Expectations;
export const check = (fn: CustomCheck['allow']): CustomCheck => ({ allow: fn });

let counter = 0;
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${(counter += 1)}`;
/** A fresh module code of the required shape (2–6 letters, a dash, 2–4 digits). */
const moduleCode = (letters: string) => `${letters}-${1000 + (counter += 1)}`;

const notIn = (ids: string[], id: string) => expect(ids).not.toContain(id);
const isIn = (ids: string[], id: string) => expect(ids).toContain(id);
const outOfScope = (actor: ActorKey) => actor === 'otherProvincePractitioner' || actor === 'otherProvinceCoordinator';
/** A list query filtered to the caller's provinces: Pattani's item shows only to those who may see it. */
const scopedList = (field: string, itemOf: (f: Fixture) => string) =>
  check((data, f, actor) => {
    const value = data[field] as { id: string }[] | { items: { id: string }[] };
    const ids = (Array.isArray(value) ? value : value.items).map((i) => i.id);
    if (outOfScope(actor)) notIn(ids, itemOf(f));
    else isIn(ids, itemOf(f));
  });
const scopedListOf = (field: string, itemOf: (f: Fixture) => string): Expectations => ({
  ...anySignedIn(),
  practitioner: scopedList(field, itemOf),
  peerPractitioner: scopedList(field, itemOf),
  otherProvincePractitioner: scopedList(field, itemOf),
  trainer: scopedList(field, itemOf),
  otherTrainer: scopedList(field, itemOf),
  coordinator: scopedList(field, itemOf),
  otherProvinceCoordinator: scopedList(field, itemOf),
  admin: scopedList(field, itemOf),
});

// ---- fixture-making calls used by builders ----------------------------------------------------

const frameworkInput = (code: string) => ({
  code,
  name: { th: 'กรอบทดสอบสิทธิ์', en: 'Authz framework' },
  domains: [{ code: 'D1', name: { th: 'หมวด 1' }, competencies: [{ code: 'D1-C1', name: { th: 'สมรรถนะ 1' } }] }],
});
/** A fresh Pattani campaign invitation made by an admin, with its token. */
async function invitationBy(f: Fixture): Promise<{ id: string; token: string }> {
  const made = await f.make<{ createInvitation: { id: string; path: string } }>(
    'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id path } }',
    { i: { campaignId: f.campaignId, provinceCode: '94', expiresInDays: 7 } },
    'admin',
  );
  return { id: made.createInvitation.id, token: made.createInvitation.path.split('/').pop()! };
}
async function draftFramework(f: Fixture): Promise<string> {
  const made = await f.make<{ createFramework: { id: string } }>('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: frameworkInput(unique('AZ')) }, 'admin');
  return made.createFramework.id;
}
async function moduleBy(f: Fixture, author: SignedInActor): Promise<string> {
  const code = moduleCode('AZM');
  await f.make('mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { code } }', { i: { code, title: { th: 'โมดูล' }, hours: 3 } }, author);
  return code;
}
async function commentByPractitioner(f: Fixture): Promise<string> {
  const made = await f.make<{ addGapComment: { id: string } }>(
    'mutation($c: ID!, $k: String!) { addGapComment(campaignId: $c, competencyCode: $k, body: "a comment") { id } }',
    { c: f.campaignId, k: f.competencyCodes[0] },
    'practitioner',
  );
  return made.addGapComment.id;
}
async function victim(f: Fixture): Promise<string> {
  const made = await f.make<{ createUser: { id: string } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    { i: { email: `${unique('victim').toLowerCase()}@test.ruamsang.org`, password: 'victim-password-1', displayName: 'Victim', role: 'PRACTITIONER', provinceCode: '94' } },
    'admin',
  );
  return made.createUser.id;
}
const ratings = (f: Fixture) => f.competencyCodes.map((code) => ({ competencyCode: code, target: 4, current: 2 }));
const boardLink = (f: Fixture) => ({ i: { itemKind: 'HOPES_FEARS_BOARD', itemId: f.boardId, campaignId: f.campaignId, competencyCode: f.competencyCodes[0] } });

const AUTHORS: SignedInActor[] = ['trainer', 'otherTrainer', 'coordinator', 'otherProvinceCoordinator', 'admin'];
const FRAMEWORK_AUTHORS: SignedInActor[] = ['trainer', 'otherTrainer', 'admin'];
const PROGRAMME_MANAGERS: SignedInActor[] = ['coordinator', 'admin'];

// ---- the table --------------------------------------------------------------------------------


// ---- scheduling fixtures (made once per run, as the admin) ------------------------------------
let schedulingFixture: Promise<{ cohortId: string; sessionId: string }> | null = null;
/** A Pattani venue, the module's trainer, a Pattani cohort of the fixture curriculum, and one planned session. */
function planned(f: Fixture): Promise<{ cohortId: string; sessionId: string }> {
  schedulingFixture ??= (async () => {
    await f.make('mutation($i: SaveVenueInput!) { saveVenue(input: $i) { id } }', { i: { name: 'Matrix hall', provinceCode: '94', capacity: 40 } }, 'admin');
    await f.make('mutation($i: SaveTrainerProfileInput!) { saveTrainerProfile(input: $i) { userId } }', { i: { userId: f.userIds.trainer, homeProvinceCode: '94', moduleCodes: [f.moduleCode] } }, 'admin');
    const cohort = await f.make<{ saveCohort: { id: string } }>(
      'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }',
      { i: { name: 'Matrix cohort', curriculumId: f.curriculumId, provinceCode: '94', teachingLanguage: 'THAI', capacity: 20 } },
      'admin',
    );
    const cohortId = cohort.saveCohort.id;
    const applied = await f.make<{ applySchedule: { id: string }[] }>(
      'mutation($i: ScheduleRequestInput!) { applySchedule(input: $i) { id } }',
      { i: { cohortIds: [cohortId], from: '2027-01-04', to: '2027-03-31' } },
      'admin',
    );
    const sessionId = applied.applySchedule[0]?.id;
    if (!sessionId) throw new Error('the scheduler placed no session for the matrix cohort');
    return { cohortId, sessionId };
  })();
  return schedulingFixture;
}
const SCHEDULE_WINDOW = { from: '2027-01-04', to: '2027-03-31' };
/** Planning in Pattani: its coordinator and admins. */
const PLANNERS: SignedInActor[] = ['coordinator', 'admin'];
/** Enrolling the fixture practitioner: the practitioner, Pattani's coordinator, admins. */
const ENROLLERS: SignedInActor[] = ['practitioner', 'coordinator', 'admin'];

// ---- tracking fixtures: the planned cohort's module teaches the first competency; the practitioner holds a seat ----
let trackingFixture: Promise<{ cohortId: string }> | null = null;
function tracked(f: Fixture): Promise<{ cohortId: string }> {
  trackingFixture ??= (async () => {
    const { cohortId } = await planned(f);
    await f.make(
      'mutation($c: String!, $i: UpdateTrainingModuleInput!) { updateTrainingModule(code: $c, input: $i) { code } }',
      { c: f.moduleCode, i: { competencyTargets: [{ competencyCode: f.competencyCodes[0], targetLevel: 4 }] } },
      'admin',
    );
    await f.make('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId, practitionerId: f.userIds.practitioner } }, 'admin');
    return { cohortId };
  })();
  return trackingFixture;
}
/** Dashboards of the Pattani campaign: its coordinator and admins. */
const DASHBOARD_READERS: SignedInActor[] = ['coordinator', 'admin'];

export const MATRIX: Record<string, MatrixEntry> = {
  // ---- competency tracking ----
  myCompetencyHistory: { document: '{ myCompetencyHistory { id } }', expect: anySignedIn() },
  myReassessments: { document: '{ myReassessments { curriculumId } }', expect: anySignedIn() },
  evidenceRoster: {
    document: 'query($c: ID!) { evidenceRoster(cohortId: $c) { cohortId } }',
    variables: async (f) => ({ c: (await tracked(f)).cohortId }),
    // the cohort's trainer, Pattani's coordinator, admins
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  gapClosure: { document: 'query($c: ID!) { gapClosure(campaignId: $c) { minGroupSize } }', variables: (f) => ({ c: f.campaignId }), expect: allow(...DASHBOARD_READERS) },
  completionDashboard: {
    document: 'query($c: ID!) { completionDashboard(curriculumId: $c) { minGroupSize } }',
    variables: (f) => ({ c: f.curriculumId }),
    expect: allow(...DASHBOARD_READERS),
  },
  trainingFunnel: { document: 'query($c: ID!) { trainingFunnel(curriculumId: $c) { people } }', variables: (f) => ({ c: f.curriculumId }), expect: allow(...DASHBOARD_READERS) },
  submitReassessment: {
    document: 'mutation($i: SubmitReassessmentInput!) { submitReassessment(input: $i) { id } }',
    variables: async (f) => {
      await tracked(f);
      return { i: { curriculumId: f.curriculumId, clientSubmissionId: randomUUID(), ratings: [{ competencyCode: f.competencyCodes[0], level: 3 }] } };
    },
    // only the practitioner holding a seat, for themselves
    expect: allow('practitioner'),
  },
  addCompetencyEvidence: {
    document: 'mutation($i: AddCompetencyEvidenceInput!) { addCompetencyEvidence(input: $i) { id } }',
    variables: async (f) => ({
      i: { practitionerId: f.userIds.practitioner, cohortId: (await tracked(f)).cohortId, competencyCode: f.competencyCodes[0], level: 4, evidence: 'Observed during the field visit', clientSubmissionId: randomUUID() },
    }),
    // the trainer teaching the cohort, and admins
    expect: allow('trainer', 'admin'),
  },

  // ---- attendance, completion and certificates: the session's trainer, Pattani's coordinator, admins ----
  sessionRoster: {
    document: 'query($s: ID!, $d: String!) { sessionRoster(sessionId: $s, sessionDate: $d) { sessionId } }',
    variables: (f) => ({ s: f.attendance.sessionId, d: f.attendance.pastDate }),
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  attendanceCorrections: {
    document: 'query($s: ID!) { attendanceCorrections(sessionId: $s) { id } }',
    variables: (f) => ({ s: f.attendance.sessionId }),
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  sessionCheckInCode: {
    document: 'query($s: ID!, $d: String!) { sessionCheckInCode(sessionId: $s, sessionDate: $d) { code } }',
    variables: (f) => ({ s: f.attendance.sessionId, d: f.attendance.today }),
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  completionRule: {
    document: 'query($c: ID!) { completionRule(curriculumId: $c) { minAttendancePercent } }',
    variables: (f) => ({ c: f.attendance.curriculumId }),
    expect: anySignedIn(),
  },
  cohortProgress: {
    document: 'query($c: ID!) { cohortProgress(cohortId: $c) { practitionerId complete } }',
    variables: (f) => ({ c: f.attendance.cohortId }),
    // the cohort's trainers, Pattani's coordinator, admins
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  myCertificates: {
    document: '{ myCertificates { code } }',
    // only ever the caller's own: the holder sees theirs, everyone else none
    expect: {
      ...anySignedIn(),
      ...Object.fromEntries(
        SIGNED_IN.map((a) => [
          a,
          check((data, f) => expect((data['myCertificates'] as { code: string }[]).map((c) => c.code)).toEqual(a === 'practitioner' ? [f.attendance.certificateCode] : [])),
        ]),
      ),
    },
  },
  markAttendance: {
    document: 'mutation($i: MarkAttendanceInput!) { markAttendance(input: $i) { sessionId } }',
    variables: (f) => ({
      i: { clientBatchId: randomUUID(), sessionId: f.attendance.sessionId, sessionDate: f.attendance.pastDate, marks: [{ practitionerId: f.userIds.practitioner, status: 'PRESENT' }] },
    }),
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  correctAttendance: {
    document: 'mutation($i: CorrectAttendanceInput!) { correctAttendance(input: $i) { status } }',
    variables: async (f) => {
      // switch between PRESENT and LATE (both attended: the certificate stays)
      const roster = await f.make<{ sessionRoster: { marks: { practitionerId: string; status: string }[] } }>(
        'query($s: ID!, $d: String!) { sessionRoster(sessionId: $s, sessionDate: $d) { marks { practitionerId status } } }',
        { s: f.attendance.sessionId, d: f.attendance.pastDate },
        'admin',
      );
      const current = roster.sessionRoster.marks.find((m) => m.practitionerId === f.userIds.practitioner)?.status;
      return {
        i: { sessionId: f.attendance.sessionId, sessionDate: f.attendance.pastDate, practitionerId: f.userIds.practitioner, status: current === 'LATE' ? 'PRESENT' : 'LATE', reason: 'Matrix correction' },
      };
    },
    expect: allow('trainer', 'coordinator', 'admin'),
  },
  checkIn: {
    document: 'mutation($c: String!) { checkIn(code: $c) { alreadyMarked } }',
    variables: async (f) => {
      const code = await f.make<{ sessionCheckInCode: { code: string } }>(
        'query($s: ID!, $d: String!) { sessionCheckInCode(sessionId: $s, sessionDate: $d) { code } }',
        { s: f.attendance.sessionId, d: f.attendance.today },
        'admin',
      );
      return { c: code.sessionCheckInCode.code };
    },
    // a practitioner seated in the session's cohort, for themselves
    expect: allow('practitioner'),
  },
  setCompletionRule: {
    document: 'mutation($i: SetCompletionRuleInput!) { setCompletionRule(input: $i) { minAttendancePercent } }',
    variables: (f) => ({ i: { curriculumId: f.attendance.curriculumId, minAttendancePercent: 80, requiresPostAssessment: false } }),
    // a Pattani curriculum: any trainer (as for editing it), Pattani's coordinator, admins
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },

  // ---- scheduling and enrolment ----
  venues: { document: '{ venues { id } }', expect: anySignedIn() },
  trainerProfiles: { document: '{ trainerProfiles { userId } }', expect: anySignedIn() },
  cohorts: { document: '{ cohorts { id } }', expect: anySignedIn() },
  calendarRules: { document: '{ calendarRules(provinceCode: "94") { provinceCode } }', expect: anySignedIn() },
  trainingSessions: { document: '{ trainingSessions(provinceCode: "94") { id } }', expect: anySignedIn() },
  mySessions: { document: '{ mySessions { id } }', expect: anySignedIn() },
  myEnrolments: { document: '{ myEnrolments { id } }', expect: anySignedIn() },
  cohortSuggestions: { document: '{ cohortSuggestions { gapCovered } }', expect: anySignedIn() },
  rotateCalendarToken: { document: 'mutation { rotateCalendarToken { path } }', expect: anySignedIn() },
  saveVenue: {
    document: 'mutation($i: SaveVenueInput!) { saveVenue(input: $i) { id } }',
    variables: () => ({ i: { name: unique('Hall '), provinceCode: '94', capacity: 30 } }),
    expect: allow(...PLANNERS),
  },
  saveCalendarRules: {
    document: 'mutation($i: SaveCalendarRulesInput!) { saveCalendarRules(input: $i) { provinceCode } }',
    variables: () => ({ i: { provinceCode: '94', ramadanPolicy: 'HALF_DAYS', blackouts: [{ from: '2027-05-01', to: '2027-05-15', reason: 'rubber tapping' }] } }),
    expect: allow(...PLANNERS),
  },
  saveTrainerProfile: {
    document: 'mutation($i: SaveTrainerProfileInput!) { saveTrainerProfile(input: $i) { userId } }',
    variables: (f) => ({ i: { userId: f.userIds.trainer, homeProvinceCode: '94', moduleCodes: [f.moduleCode] } }),
    // the trainer keeps their own profile; planners of the home province keep anyone's
    expect: allow('trainer', ...PLANNERS),
  },
  saveCohort: {
    document: 'mutation($i: SaveCohortInput!) { saveCohort(input: $i) { id } }',
    variables: (f) => ({ i: { name: unique('Cohort '), curriculumId: f.curriculumId, provinceCode: '94', teachingLanguage: 'THAI', capacity: 10 } }),
    expect: allow(...PLANNERS),
  },
  proposeSchedule: {
    document: 'query($i: ScheduleRequestInput!) { proposeSchedule(input: $i) { method } }',
    variables: async (f) => ({ i: { cohortIds: [(await planned(f)).cohortId], ...SCHEDULE_WINDOW } }),
    expect: allow(...PLANNERS),
  },
  applySchedule: {
    document: 'mutation($i: ScheduleRequestInput!) { applySchedule(input: $i) { id } }',
    variables: async (f) => ({ i: { cohortIds: [(await planned(f)).cohortId], ...SCHEDULE_WINDOW } }),
    expect: allow(...PLANNERS),
  },
  publishSessions: {
    document: 'mutation($ids: [ID!]!) { publishSessions(ids: $ids) { id } }',
    variables: async (f) => {
      // applySchedule (above) may have replaced the drafts: plan afresh and publish the newest
      const cohortId = (await planned(f)).cohortId;
      const sessions = await f.make<{ trainingSessions: { id: string }[] }>('query($c: ID) { trainingSessions(cohortId: $c) { id } }', { c: cohortId }, 'admin');
      return { ids: sessions.trainingSessions.slice(0, 1).map((s) => s.id) };
    },
    expect: allow(...PLANNERS),
  },
  updateSession: {
    document: 'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id } }',
    variables: async (f) => {
      const cohortId = (await planned(f)).cohortId;
      const sessions = await f.make<{ trainingSessions: { id: string; startTime: string }[] }>('query($c: ID) { trainingSessions(cohortId: $c) { id startTime } }', { c: cohortId }, 'admin');
      const session = sessions.trainingSessions[0]!;
      return { i: { id: session.id, startTime: session.startTime } };
    },
    expect: allow(...PLANNERS),
  },
  enrol: {
    document: 'mutation($i: EnrolInput!) { enrol(input: $i) { id } }',
    variables: async (f) => ({ i: { cohortId: (await planned(f)).cohortId, practitionerId: f.userIds.practitioner } }),
    expect: allow(...ENROLLERS),
  },
  withdraw: {
    document: 'mutation($i: EnrolInput!) { withdraw(input: $i) { id } }',
    variables: async (f) => {
      const cohortId = (await planned(f)).cohortId;
      await f.make('mutation($i: EnrolInput!) { enrol(input: $i) { id } }', { i: { cohortId, practitionerId: f.userIds.practitioner } }, 'admin');
      return { i: { cohortId, practitionerId: f.userIds.practitioner } };
    },
    expect: allow(...ENROLLERS),
  },

  // ===== queries =====
  auditEvents: { document: '{ auditEvents { total } }', expect: allow('admin') },
  // Notifications (issue 18): everyone reads their own centre and settings; failed deliveries are admins'.
  myNotifications: { document: '{ myNotifications(limit: 5) { total unread items { id } } }', expect: anySignedIn() },
  myNotificationSettings: { document: '{ myNotificationSettings { preferences { kind channel enabled } lineUserId } }', expect: anySignedIn() },
  failedDeliveries: { document: '{ failedDeliveries { total } }', expect: allow('admin') },
  campaign: {
    document: 'query($id: ID!) { campaign(id: $id) { id } }',
    variables: (f) => ({ id: f.campaignId }),
    expect: campaignViewers(),
  },
  campaigns: { document: '{ campaigns { id } }', expect: scopedListOf('campaigns', (f) => f.campaignId) },
  currentConsent: { document: '{ currentConsent { version } }', expect: anySignedIn() },
  curricula: { document: '{ curricula { id } }', expect: anySignedIn() },
  curriculum: { document: 'query($id: ID!) { curriculum(id: $id) { id } }', variables: (f) => ({ id: f.curriculumId }), expect: anySignedIn() },
  exportMyData: {
    document: '{ exportMyData }',
    expect: {
      ...anySignedIn(),
      // Only ever the caller's own data.
      practitioner: check((data, f) => expect(data['exportMyData'].userId).toBe(f.userIds.practitioner)),
      peerPractitioner: check((data, f) => expect(data['exportMyData'].userId).toBe(f.userIds.peerPractitioner)),
    },
  },
  framework: { document: 'query($id: ID!) { framework(id: $id) { id } }', variables: (f) => ({ id: f.frameworkId }), expect: anySignedIn() },
  frameworks: { document: '{ frameworks { id } }', expect: anySignedIn() },
  gapAnalysis: {
    document: 'query($c: ID!) { gapAnalysis(campaignId: $c) { campaignId groups { key } } }',
    variables: (f) => ({ c: f.campaignId }),
    expect: campaignViewers(),
  },
  gapComments: {
    document: 'query($c: ID!, $k: String!) { gapComments(campaignId: $c, competencyCode: $k) { total } }',
    variables: (f) => ({ c: f.campaignId, k: f.competencyCodes[0] }),
    expect: campaignViewers(),
  },
  gapPriorities: { document: 'query($c: ID!) { gapPriorities(campaignId: $c) { campaignId } }', variables: (f) => ({ c: f.campaignId }), expect: campaignViewers() },
  gapWeights: {
    document: 'query($c: ID!) { gapWeights(campaignId: $c) { competencyCode } }',
    variables: (f) => ({ c: f.campaignId }),
    expect: campaignViewers(),
  },
  hopesFearsBoard: { document: 'query($id: ID!) { hopesFearsBoard(id: $id) { id } }', variables: (f) => ({ id: f.boardId }), expect: campaignViewers() },
  hopesFearsBoards: { document: '{ hopesFearsBoards { items { id } } }', expect: scopedListOf('hopesFearsBoards', (f) => f.boardId) },
  iceberg: { document: 'query($id: ID!) { iceberg(id: $id) { id } }', variables: (f) => ({ id: f.icebergId }), expect: campaignViewers() },
  icebergs: { document: '{ icebergs { items { id } } }', expect: scopedListOf('icebergs', (f) => f.icebergId) },
  me: {
    document: '{ me { id } }',
    public: true,
    expect: {
      ...publicForAll(),
      anonymous: check((data) => expect(data['me']).toBeNull()),
      practitioner: check((data, f) => expect(data['me'].id).toBe(f.userIds.practitioner)),
      admin: check((data, f) => expect(data['me'].id).toBe(f.userIds.admin)),
    },
  },
  moduleHistory: { document: 'query($c: String!) { moduleHistory(code: $c) { version } }', variables: (f) => ({ c: f.moduleCode }), expect: anySignedIn() },
  myAssessment: {
    document: 'query($c: ID!) { myAssessment(campaignId: $c) { id } }',
    variables: (f) => ({ c: f.campaignId }),
    expect: {
      ...anySignedIn(),
      // The practitioner sees their own response; a peer of the same province sees none of it.
      practitioner: check((data) => expect(data['myAssessment']).not.toBeNull()),
      peerPractitioner: check((data) => expect(data['myAssessment']).toBeNull()),
      coordinator: check((data) => expect(data['myAssessment']).toBeNull()),
      admin: check((data) => expect(data['myAssessment']).toBeNull()),
    },
  },
  myAssessmentDraft: { document: 'query($c: ID!) { myAssessmentDraft(campaignId: $c) { campaignId } }', variables: (f) => ({ c: f.campaignId }), expect: anySignedIn() },
  myVotes: { document: 'query($c: ID!) { myVotes(campaignId: $c) { used } }', variables: (f) => ({ c: f.campaignId }), expect: campaignViewers() },
  organisations: { document: '{ organisations { id } }', expect: anySignedIn() },
  persona: { document: 'query($id: ID!) { persona(id: $id) { id } }', variables: (f) => ({ id: f.personaId }), expect: campaignViewers() },
  personas: { document: '{ personas { items { id } } }', expect: scopedListOf('personas', (f) => f.personaId) },
  programme: { document: '{ programme { provinceCodes provinces { code nameTh } } }', public: true, expect: publicForAll() },
  provinces: { document: '{ provinces { code } }', public: true, expect: publicForAll() },
  suggestModules: {
    document: 'query($c: ID!) { suggestModules(campaignId: $c, hoursBudget: 10) { campaignId } }',
    variables: (f) => ({ c: f.campaignId }),
    expect: campaignViewers(),
  },
  trainingModule: { document: 'query($c: String!) { trainingModule(code: $c) { code } }', variables: (f) => ({ c: f.moduleCode }), expect: anySignedIn() },
  trainingModules: { document: '{ trainingModules { total } }', expect: anySignedIn() },
  users: {
    document: '{ users(limit: 100) { items { id } } }',
    expect: {
      ...allow('coordinator', 'otherProvinceCoordinator', 'admin'),
      // A coordinator lists only the people of their provinces.
      coordinator: check((data, f) => {
        const ids = (data['users'].items as { id: string }[]).map((u) => u.id);
        isIn(ids, f.userIds.practitioner);
        notIn(ids, f.userIds.otherProvincePractitioner);
      }),
      otherProvinceCoordinator: check((data, f) => {
        const ids = (data['users'].items as { id: string }[]).map((u) => u.id);
        notIn(ids, f.userIds.practitioner);
        isIn(ids, f.userIds.otherProvincePractitioner);
      }),
    },
  },

  // ===== mutations =====
  addGapComment: {
    document: 'mutation($c: ID!, $k: String!) { addGapComment(campaignId: $c, competencyCode: $k, body: "why this gap") { id } }',
    variables: (f) => ({ c: f.campaignId, k: f.competencyCodes[0] }),
    expect: campaignViewers(),
  },
  addHopesFearsCard: {
    document: 'mutation($i: AddHopesFearsCardInput!) { addHopesFearsCard(input: $i) { id } }',
    variables: (f) => ({ i: { boardId: f.boardId, kind: 'HOPE', text: 'a hope' } }),
    expect: campaignViewers(),
  },
  addModuleComment: {
    document: 'mutation($i: AddModuleCommentInput!) { addModuleComment(input: $i) { id } }',
    variables: (f) => ({ i: { moduleCode: f.moduleCode, body: 'a suggestion' } }),
    expect: anySignedIn(),
  },
  changeMyPassword: {
    // The same password again, so the fixture still signs in; the caller's own session carries on.
    document: 'mutation($c: String!) { changeMyPassword(currentPassword: $c, newPassword: $c) }',
    variables: (_f, actor) => ({ c: actor === 'admin' ? ADMIN_PASSWORD : TEST_PASSWORD }),
    expect: anySignedIn(),
  },
  changeModuleStatus: {
    // DRAFT → REVIEW of a module `trainer` wrote: its authors, coordinators and admins.
    document: 'mutation($c: String!) { changeModuleStatus(code: $c, status: REVIEW) { status } }',
    variables: async (f) => ({ c: await moduleBy(f, 'trainer') }),
    expect: allow('trainer', 'coordinator', 'otherProvinceCoordinator', 'admin'),
  },
  createCampaign: {
    document: 'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    variables: (f) => ({
      i: {
        frameworkId: f.frameworkId,
        title: 'Pattani round 2',
        instrument: 'PNI',
        provinceCodes: ['94'],
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      },
    }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  createCurriculum: {
    document: 'mutation($i: CreateCurriculumInput!) { createCurriculum(input: $i) { id } }',
    variables: (f) => ({ i: { title: 'Pattani curriculum', campaignId: f.campaignId, moduleCodes: [f.moduleCode], provinceCodes: ['94'] } }),
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  createFramework: {
    document: 'mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }',
    variables: () => ({ i: frameworkInput(unique('AZF')) }),
    // Frameworks are programme-wide, not of a province: admins and trainers author them.
    expect: allow(...FRAMEWORK_AUTHORS),
  },
  createFrameworkVersion: { document: 'mutation($id: ID!) { createFrameworkVersion(id: $id) { id } }', variables: (f) => ({ id: f.frameworkId }), expect: allow(...FRAMEWORK_AUTHORS) },
  createHopesFearsBoard: {
    document: 'mutation($i: CreateHopesFearsBoardInput!) { createHopesFearsBoard(input: $i) { id } }',
    variables: (f) => ({ i: { title: 'Hopes and fears, Pattani', provinceCode: '94', campaignId: f.campaignId } }),
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  createIceberg: {
    document: 'mutation($i: CreateIcebergInput!) { createIceberg(input: $i) { id } }',
    variables: () => ({ i: { title: 'Iceberg', event: 'e', patterns: 'p', structures: 's', mentalModels: 'm', provinceCode: '94' } }),
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  createOrganisation: {
    document: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
    variables: () => ({ i: { name: unique('Pattani group '), sector: 'COMMUNITY', provinceCode: '94' } }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  createPersona: {
    document: 'mutation($i: CreatePersonaInput!) { createPersona(input: $i) { id } }',
    variables: () => ({ i: { name: 'Fisher', description: 'A fisher in Pattani bay', group: 'FISHERFOLK', provinceCode: '94' } }),
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  createTrainingModule: {
    document: 'mutation($i: CreateTrainingModuleInput!) { createTrainingModule(input: $i) { code } }',
    variables: () => ({ i: { code: moduleCode('AZC'), title: { th: 'โมดูล' }, hours: 2 } }),
    expect: allow(...AUTHORS),
  },
  // ---- onboarding: invitation links (Pattani campaign) ----
  createInvitation: {
    document: 'mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }',
    variables: (f) => ({ i: { campaignId: f.campaignId, provinceCode: '94', expiresInDays: 7 } }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  invitations: { document: '{ invitations { id } }', expect: allow('coordinator', 'otherProvinceCoordinator', 'admin') },
  revokeInvitation: {
    document: 'mutation($id: ID!) { revokeInvitation(id: $id) { id } }',
    variables: async (f) => ({ id: (await invitationBy(f)).id }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  invitationPreview: {
    document: 'query($t: String!) { invitationPreview(token: $t) { kind } }',
    variables: async (f) => ({ t: (await invitationBy(f)).token }),
    public: true,
    expect: publicForAll(),
  },
  joinByInvitation: {
    document: 'mutation($i: JoinByInvitationInput!) { joinByInvitation(input: $i) { auth { token } } }',
    variables: async (f) => ({
      i: { token: (await invitationBy(f)).token, clientKey: randomUUID(), displayName: 'Joiner', email: `${unique('join').toLowerCase()}@test.ruamsang.org`, password: 'a-long-password-1' },
    }),
    public: true,
    expect: publicForAll(),
  },
  createUser: {
    document: 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    variables: () => ({ i: { email: `${unique('new').toLowerCase()}@test.ruamsang.org`, password: 'a-long-password-1', displayName: 'New person', role: 'PRACTITIONER', provinceCode: '94' } }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  deleteGapComment: {
    // A comment `practitioner` wrote: its author, the campaign's coordinator or an admin.
    document: 'mutation($id: ID!) { deleteGapComment(id: $id) }',
    variables: async (f) => ({ id: await commentByPractitioner(f) }),
    expect: allow('practitioner', 'coordinator', 'admin'),
  },
  eraseUser: { document: 'mutation($id: ID!) { eraseUser(id: $id) }', variables: async (f) => ({ id: await victim(f) }), expect: allow('admin') },
  markNotificationsRead: { document: 'mutation { markNotificationsRead }', expect: anySignedIn() },
  setNotificationPreferences: {
    document: 'mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(preferences: $p) { lineUserId } }',
    variables: () => ({ p: [{ kind: 'SESSION_CHANGED', channel: 'LINE', enabled: true }] }),
    expect: anySignedIn(),
  },
  linkLine: { document: 'mutation { linkLine(lineUserId: null) { lineUserId } }', expect: anySignedIn() },
  // No delivery has failed in the fixture: admins pass the check and find nothing.
  retryDelivery: { document: 'mutation($id: ID!) { retryDelivery(id: $id) { id } }', variables: () => ({ id: randomUUID() }), expect: { ...allow('admin'), admin: 'NOT_FOUND' } },
  giveConsent: { document: 'mutation($v: String!) { giveConsent(version: $v) { version } }', variables: () => ({ v: CURRENT_CONSENT.version }), expect: anySignedIn() },
  issuePasswordReset: {
    // A Pattani practitioner: Pattani's coordinator and admins look after their account.
    document: 'mutation($id: ID!) { issuePasswordReset(userId: $id) { url } }',
    variables: async (f) => ({ id: await victim(f) }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  linkWorkshopItem: {
    document: 'mutation($i: WorkshopLinkInput!) { linkWorkshopItem(input: $i) { id } }',
    variables: boardLink,
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  login: {
    document: 'mutation { login(email: "login.only@test.ruamsang.org", password: "password-for-tests") { token } }',
    public: true,
    expect: Object.fromEntries(ACTORS.map((a) => [a, check((data) => expect(typeof data['login'].token).toBe('string'))])) as Expectations,
  },
  publishFramework: {
    document: 'mutation($id: ID!) { publishFramework(id: $id) { status } }',
    variables: async (f) => ({ id: await draftFramework(f) }),
    expect: allow(...FRAMEWORK_AUTHORS),
  },
  resetPassword: {
    // Public: whoever holds a fresh link may use it once.
    document: 'mutation($t: String!) { resetPassword(token: $t, newPassword: "set-through-a-link") }',
    variables: async (f) => {
      const made = await f.make<{ issuePasswordReset: { path: string } }>('mutation($id: ID!) { issuePasswordReset(userId: $id) { path } }', { id: await victim(f) }, 'admin');
      return { t: made.issuePasswordReset.path.split('/').pop() };
    },
    public: true,
    expect: publicForAll(),
  },
  routeNeed: {
    document: 'mutation($c: ID!, $k: String!) { routeNeed(campaignId: $c, competencyCode: $k, route: POLICY) { route } }',
    variables: (f) => ({ c: f.campaignId, k: f.competencyCodes[0] }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  saveAssessmentDraft: {
    document: 'mutation($i: SaveAssessmentDraftInput!) { saveAssessmentDraft(input: $i) { campaignId } }',
    variables: (f) => ({ i: { campaignId: f.campaignId, ratings: [{ competencyCode: f.competencyCodes[0], target: 3 }] } }),
    expect: allow('practitioner', 'peerPractitioner'),
  },
  setMyVotes: {
    document: 'mutation($c: ID!, $v: [VoteInput!]!) { setMyVotes(campaignId: $c, votes: $v) { used } }',
    variables: (f) => ({ c: f.campaignId, v: [{ competencyCode: f.competencyCodes[0], votes: 1 }] }),
    expect: allow('practitioner', 'peerPractitioner', 'trainer', 'otherTrainer'),
  },
  setMyLocale: { document: 'mutation { setMyLocale(locale: "th") { preferredLocale } }', expect: anySignedIn() },
  setUserActive: {
    document: 'mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }',
    variables: async (f) => ({ id: await victim(f) }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  setPriorityWeight: {
    document: 'mutation($c: ID!) { setPriorityWeight(campaignId: $c, weight: 0.4) { weight } }',
    variables: (f) => ({ c: f.campaignId }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  submitAssessment: {
    document: 'mutation($i: SubmitAssessmentInput!) { submitAssessment(input: $i) { id } }',
    variables: (f) => ({ i: { campaignId: f.campaignId, clientSubmissionId: randomUUID(), ratings: ratings(f) } }),
    expect: allow('practitioner', 'peerPractitioner'),
  },
  unlinkWorkshopItem: {
    document: 'mutation($i: WorkshopLinkInput!) { unlinkWorkshopItem(input: $i) }',
    variables: boardLink,
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  updateCurriculum: {
    document: 'mutation($id: ID!) { updateCurriculum(id: $id, input: { title: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.curriculumId }),
    expect: allow('trainer', 'otherTrainer', 'coordinator', 'admin'),
  },
  updateFramework: {
    document: 'mutation($id: ID!) { updateFramework(id: $id, input: { name: { th: "ชื่อใหม่" } }) { id } }',
    variables: async (f) => ({ id: await draftFramework(f) }),
    expect: allow(...FRAMEWORK_AUTHORS),
  },
  updateUser: {
    document: 'mutation($id: ID!) { updateUser(id: $id, input: { displayName: "Renamed person", phone: null }) { id } }',
    variables: async (f) => ({ id: await victim(f) }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  updateTrainingModule: {
    // `trainer` wrote the module: another trainer may not edit it; coordinators and admins may.
    document: 'mutation($c: String!, $h: Float!) { updateTrainingModule(code: $c, input: { hours: $h }) { code } }',
    variables: (f) => ({ c: f.moduleCode, h: 1 + ((counter += 1) % 40) }),
    expect: allow('trainer', 'coordinator', 'otherProvinceCoordinator', 'admin'),
  },
};

// ---- plain-HTTP routes ------------------------------------------------------------------------

export interface HttpEntry {
  readonly method: 'GET' | 'POST';
  /** The route pattern as the controller declares it; `path` fills it for one call. */
  readonly route: string;
  readonly path: (fixture: Fixture) => string;
  readonly body?: (fixture: Fixture) => { contentType: string; data: string };
  readonly expect: Expectations;
  readonly knownGap?: MatrixEntry['knownGap'];
}

export const HTTP_STATUS: Record<Exclude<Outcome, CustomCheck>, number[]> = {
  ALLOW: [200, 201],
  FORBIDDEN: [403],
  UNAUTHENTICATED: [401],
  NOT_FOUND: [404],
};

export const HTTP_MATRIX: HttpEntry[] = [
  {
    method: 'POST',
    route: '/imports/assessments/:campaignId',
    path: (f) => `/imports/assessments/${f.campaignId}`,
    body: (f) => ({
      contentType: 'text/csv',
      data: `respondent_ref,province_code,district_code,sector,gender,competency_code,target,current\n${unique('REF')},94,9401,COMMUNITY,FEMALE,${f.competencyCodes[0]},4,2\n`,
    }),
    expect: allow(...PROGRAMME_MANAGERS),
  },
  { method: 'GET', route: '/exports/campaigns/:campaignId.xlsform.xlsx', path: (f) => `/exports/campaigns/${f.campaignId}.xlsform.xlsx`, expect: allow(...PROGRAMME_MANAGERS) },
  {
    method: 'POST',
    route: '/imports/people',
    // valid-rows: a coordinator of another province gets 200 with the row refused, not 422
    path: () => '/imports/people?mode=valid-rows',
    body: () => ({ contentType: 'text/csv', data: `email,display_name,province_code\n${unique('imp').toLowerCase()}@test.ruamsang.org,Imported,94\n` }),
    expect: allow('coordinator', 'otherProvinceCoordinator', 'admin'),
  },
  { method: 'GET', route: '/imports/people/template.csv', path: () => '/imports/people/template.csv', expect: publicForAll() },
  { method: 'GET', route: '/imports/people/template.xlsx', path: () => '/imports/people/template.xlsx', expect: publicForAll() },
  { method: 'GET', route: '/exports/gaps/:campaignId.csv', path: (f) => `/exports/gaps/${f.campaignId}.csv`, expect: campaignViewers() },
  { method: 'GET', route: '/exports/gaps/:campaignId.xlsx', path: (f) => `/exports/gaps/${f.campaignId}.xlsx`, expect: campaignViewers() },
  // Frameworks as files: anyone signed in reads a framework (as the `framework` query); authors import.
  { method: 'GET', route: '/exports/frameworks/:id.csv', path: (f) => `/exports/frameworks/${f.frameworkId}.csv`, expect: anySignedIn() },
  { method: 'GET', route: '/exports/frameworks/:id.xlsx', path: (f) => `/exports/frameworks/${f.frameworkId}.xlsx`, expect: anySignedIn() },
  { method: 'GET', route: '/exports/frameworks/:id.csv?format=moodle', path: (f) => `/exports/frameworks/${f.frameworkId}.csv?format=moodle`, expect: anySignedIn() },
  {
    method: 'POST',
    route: '/imports/frameworks',
    path: () => '/imports/frameworks',
    body: () => ({ contentType: 'text/csv', data: `kind,code,name_th\nFRAMEWORK,${unique('AZI')},กรอบนำเข้า\nDOMAIN,D1,ด้าน\nCOMPETENCY,C1,สมรรถนะ\n` }),
    expect: allow(...FRAMEWORK_AUTHORS),
  },
  { method: 'GET', route: '/exports/my-data.json', path: () => '/exports/my-data.json', expect: anySignedIn() },
  { method: 'GET', route: '/exports/my-data.html', path: () => '/exports/my-data.html', expect: anySignedIn() },
  { method: 'GET', route: '/health', path: () => '/health', expect: publicForAll() },
  {
    method: 'GET',
    route: '/certificates/:code.pdf',
    path: (f) => `/certificates/${f.attendance.certificateCode}.pdf`,
    // the holder, the cohort's trainer, Pattani's coordinator, admins
    expect: allow('practitioner', 'trainer', 'coordinator', 'admin'),
  },
  { method: 'GET', route: '/verify/:code', path: (f) => `/verify/${f.attendance.certificateCode}`, expect: publicForAll() },
];
