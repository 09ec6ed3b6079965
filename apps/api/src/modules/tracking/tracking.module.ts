import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module.js';
import { CompletionReassessmentListener, ReassessmentListener } from './reassessment.listener.js';
import { TrackingRepository } from './tracking.repository.js';
import { TrackingResolver } from './tracking.resolver.js';
import { TrackingService } from './tracking.service.js';

/**
 * Competency tracking (issue 7, part B): re-assessment, trainer evidence, each person's history,
 * gap closure, completion dashboards and the funnel. A stored self re-assessment re-evaluates the
 * completion rule through `ReassessmentListener` (AttendanceModule's CompletionService).
 */
@Module({
  imports: [AttendanceModule],
  providers: [TrackingRepository, TrackingService, TrackingResolver, { provide: ReassessmentListener, useClass: CompletionReassessmentListener }],
  exports: [TrackingService],
})
export class TrackingModule {}
