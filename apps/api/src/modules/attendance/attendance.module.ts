import { Module } from '@nestjs/common';
import { AttendanceRepository } from './attendance.repository.js';
import { AttendanceResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';
import { CertificateController } from './certificate.controller.js';
import { CertificateRenderer } from './certificate.renderer.js';
import { CompletionService } from './completion.service.js';

/**
 * Attendance per session day, QR check-in, the completion rule, completions and certificates
 * (issue 7, part A). Exports CompletionService: tracking calls it when a self re-assessment is
 * stored (the post-assessment of the rule).
 */
@Module({
  providers: [AttendanceRepository, CompletionService, AttendanceService, CertificateRenderer, AttendanceResolver],
  controllers: [CertificateController],
  exports: [CompletionService, AttendanceService],
})
export class AttendanceModule {}
