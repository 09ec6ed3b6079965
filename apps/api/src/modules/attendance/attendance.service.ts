import { Injectable } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import type { Locale } from '@ruamsang/shared';
import type { CorrectAttendanceInput, MarkAttendanceInput, SetCompletionRuleInput } from './dto/attendance.input.js';
import type { AttendanceCorrection, AttendanceMark, Certificate, CheckInCode, CheckInResult, CompletionProgress, CompletionRule, SessionRoster } from './models/attendance.model.js';

@Injectable()
export class AttendanceService {
  roster(_actor: Actor, _sessionId: string, _sessionDate: string, _locale: Locale): Promise<SessionRoster> {
    return Promise.reject(new Error('in progress'));
  }
  corrections(_actor: Actor, _sessionId: string): Promise<AttendanceCorrection[]> {
    return Promise.reject(new Error('in progress'));
  }
  checkInCode(_actor: Actor, _sessionId: string, _sessionDate: string, _origin: string): Promise<CheckInCode> {
    return Promise.reject(new Error('in progress'));
  }
  completionRule(curriculumId: string): Promise<CompletionRule> {
    return Promise.resolve({ curriculumId, minAttendancePercent: 80, requiresPostAssessment: false });
  }
  cohortProgress(_actor: Actor, _cohortId: string): Promise<CompletionProgress[]> {
    return Promise.reject(new Error('in progress'));
  }
  myCertificates(_actor: Actor): Promise<Certificate[]> {
    return Promise.resolve([]);
  }
  markAttendance(_actor: Actor, _input: MarkAttendanceInput, _locale: Locale): Promise<SessionRoster> {
    return Promise.reject(new Error('in progress'));
  }
  correctAttendance(_actor: Actor, _input: CorrectAttendanceInput): Promise<AttendanceMark> {
    return Promise.reject(new Error('in progress'));
  }
  checkIn(_actor: Actor, _code: string, _locale: Locale): Promise<CheckInResult> {
    return Promise.reject(new Error('in progress'));
  }
  setCompletionRule(_actor: Actor, input: SetCompletionRuleInput): Promise<CompletionRule> {
    return Promise.resolve(input);
  }
}
