import { Module } from '@nestjs/common';
import { AttendanceResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';

/** Attendance per session day, QR check-in, the completion rule, completions and certificates (issue 7, part A). */
@Module({
  providers: [AttendanceService, AttendanceResolver],
  exports: [AttendanceService],
})
export class AttendanceModule {}
