import { graphql } from '../../gql';

/** The attendance screens' GraphQL operations (names as in the attendance contract). */

export const MY_ATTENDANCE_SESSIONS = graphql(`
  query MyAttendanceSessions {
    mySessions {
      id
      moduleCode
      moduleTitle
      cohortName
      provinceCode
      venueName
      startTime
      endTime
      status
      dates {
        date
      }
    }
  }
`);

export const PROVINCE_ATTENDANCE_SESSIONS = graphql(`
  query ProvinceAttendanceSessions {
    trainingSessions {
      id
      moduleCode
      moduleTitle
      cohortName
      provinceCode
      venueName
      startTime
      endTime
      status
      dates {
        date
      }
    }
  }
`);

export const ATTENDANCE_ROSTER = graphql(`
  query AttendanceRoster($sessionId: ID!, $sessionDate: String!) {
    sessionRoster(sessionId: $sessionId, sessionDate: $sessionDate) {
      ...RosterFields
    }
    attendanceCorrections(sessionId: $sessionId) {
      id
      sessionDate
      practitionerName
      oldStatus
      newStatus
      reason
      correctedByName
      correctedAt
    }
  }
`);

export const ROSTER_FIELDS = graphql(`
  fragment RosterFields on SessionRoster {
    sessionId
    sessionDate
    dates
    moduleTitle
    cohortId
    cohortName
    provinceCode
    startTime
    endTime
    marks {
      practitionerId
      practitionerName
      status
      method
      markedAt
      corrected
    }
  }
`);

export const MARK_ATTENDANCE = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      ...RosterFields
    }
  }
`);

export const CORRECT_ATTENDANCE = graphql(`
  mutation CorrectAttendance($input: CorrectAttendanceInput!) {
    correctAttendance(input: $input) {
      practitionerId
      status
      method
      markedAt
      corrected
    }
  }
`);

export const SESSION_CHECK_IN_CODE = graphql(`
  query SessionCheckInCode($sessionId: ID!, $sessionDate: String!) {
    sessionCheckInCode(sessionId: $sessionId, sessionDate: $sessionDate) {
      code
      checkInPath
      qrSvg
      validOn
    }
    sessionRoster(sessionId: $sessionId, sessionDate: $sessionDate) {
      ...RosterFields
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckIn($code: String!) {
    checkIn(code: $code) {
      sessionId
      sessionDate
      moduleTitle
      cohortName
      status
      alreadyMarked
    }
  }
`);
