import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * Hook called inside the transaction that stores a practitioner's self re-assessment after a
 * curriculum, so the completion rule ("post-assessment submitted") can be re-evaluated in the
 * same transaction. Replace the provider in TrackingModule with one that calls
 * `CompletionService.recompute(manager, practitionerId, curriculumId)`.
 */
export abstract class ReassessmentListener {
  abstract selfReassessmentStored(manager: EntityManager, practitionerId: string, curriculumId: string): Promise<void>;
}

/** The default until the completion rule is wired in: nothing else needs to know. */
@Injectable()
export class NoReassessmentListener extends ReassessmentListener {
  selfReassessmentStored(): Promise<void> {
    return Promise.resolve();
  }
}
