import { describe, expect, it } from '@jest/globals';
import { ModuleStatus, Role } from '@ruamsang/shared';
import { canEditModule, describeChange, diffModule, refuseStatusChange, type ModuleSnapshot } from './module-workflow.js';

const base: ModuleSnapshot = {
  code: 'AGR-201',
  title: { th: 'เกษตรนิเวศ', en: 'Agroecology', ms: null },
  outcomes: [{ text: { th: 'ออกแบบแปลง' }, competencyCode: 'AGR-1', targetLevel: 3 }],
  hours: 12,
  deliveryMode: 'CLASSROOM',
  teachingLanguage: 'THAI',
  prerequisiteCodes: [],
  coAuthorIds: [],
  materials: [],
  addressedGaps: [],
  personaIds: [],
  status: 'DRAFT',
};

describe('module workflow', () => {
  it('lets practitioners edit nothing and trainers only their own modules', () => {
    expect(canEditModule(Role.PRACTITIONER, true)).toBe(false);
    expect(canEditModule(Role.TRAINER, false)).toBe(false);
    expect(canEditModule(Role.TRAINER, true)).toBe(true);
    expect(canEditModule(Role.COORDINATOR, false)).toBe(true);
  });
  it('lets authors submit for review and only coordinators and admins approve', () => {
    expect(refuseStatusChange(Role.TRAINER, true, ModuleStatus.DRAFT, ModuleStatus.REVIEW)).toBeNull();
    expect(refuseStatusChange(Role.TRAINER, true, ModuleStatus.REVIEW, ModuleStatus.APPROVED)).toBe('NOT_ALLOWED_FOR_ROLE');
    expect(refuseStatusChange(Role.COORDINATOR, false, ModuleStatus.REVIEW, ModuleStatus.APPROVED)).toBeNull();
    expect(refuseStatusChange(Role.ADMIN, false, ModuleStatus.DRAFT, ModuleStatus.APPROVED)).toBe('INVALID_TRANSITION');
    expect(refuseStatusChange(Role.PRACTITIONER, false, ModuleStatus.DRAFT, ModuleStatus.REVIEW)).toBe('NOT_ALLOWED_FOR_ROLE');
    expect(refuseStatusChange(Role.TRAINER, true, ModuleStatus.APPROVED, ModuleStatus.DRAFT)).toBe('NOT_ALLOWED_FOR_ROLE');
  });
});

describe('diffModule', () => {
  it('marks the first version as created', () => {
    expect(diffModule(null, base)).toEqual([{ kind: 'CREATED' }]);
  });
  it('reads as a list of changes', () => {
    const after: ModuleSnapshot = {
      ...base,
      hours: 16,
      title: { th: 'เกษตรนิเวศ', en: 'Agroecology basics', ms: 'Asas agroekologi' },
      prerequisiteCodes: ['AGR-101'],
      outcomes: [
        { text: { th: 'ออกแบบแปลง' }, competencyCode: 'AGR-1', targetLevel: 4 },
        { text: { th: 'ทำปุ๋ยหมัก' }, competencyCode: 'AGR-2', targetLevel: 2 },
      ],
    };
    expect(diffModule(base, after).map(describeChange)).toEqual([
      'title.en Agroecology → Agroecology basics',
      'title.ms  → Asas agroekologi',
      'hours 12 → 16',
      'outcome AGR-1 level 3 → 4',
      'added outcome AGR-2 → 2',
      'added prerequisite AGR-101',
    ]);
    expect(diffModule(after, { ...after, prerequisiteCodes: [] }).map(describeChange)).toEqual(['removed prerequisite AGR-101']);
    expect(diffModule(base, base)).toEqual([]);
  });
});
