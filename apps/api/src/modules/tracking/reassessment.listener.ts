import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CompletionService } from '../attendance/completion.service.js';

/**
 * Hook called inside the transaction that stores a practitioner's self re-assessment after a
 * curriculum, so the completion rule ("post-assessment submitted") is re-evaluated in the same
 * transaction.
 */
export abstract class ReassessmentListener {
  abstract selfReassessmentStored(manager: EntityManager, practitionerId: string, curriculumId: string): Promise<void>;
}

/** Re-evaluates the practitioner's completion of the curriculum (and issues or revokes its certificate). */
@Injectable()
export class CompletionReassessmentListener extends ReassessmentListener {
  constructor(private readonly completions: CompletionService) {
    super();
  }

  selfReassessmentStored(manager: EntityManager, practitionerId: string, curriculumId: string): Promise<void> {
    return this.completions.recompute(manager, practitionerId, curriculumId, practitionerId);
  }
}
