import { Module } from '@nestjs/common';
import { NoReassessmentListener, ReassessmentListener } from './reassessment.listener.js';
import { TrackingRepository } from './tracking.repository.js';
import { TrackingResolver } from './tracking.resolver.js';
import { TrackingService } from './tracking.service.js';

/**
 * Competency tracking (issue 7, part B): re-assessment, trainer evidence, each person's history,
 * gap closure, completion dashboards and the funnel. `ReassessmentListener` is the hook the
 * completion rule plugs into (replace NoReassessmentListener).
 */
@Module({
  providers: [TrackingRepository, TrackingService, TrackingResolver, { provide: ReassessmentListener, useClass: NoReassessmentListener }],
  exports: [TrackingService],
})
export class TrackingModule {}
