import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module.js';
import { GeographyModule } from '../geography/geography.module.js';
import { CalendarController } from './calendar.controller.js';
import { SchedulingRepository } from './scheduling.repository.js';
import { SchedulingResolver } from './scheduling.resolver.js';
import { SchedulingService } from './scheduling.service.js';

/**
 * Venues, trainers, cohorts, the scheduler, enrolment and the iCalendar feeds (issue 6).
 * Imports AttendanceModule: publishing or moving a session changes the hours completion counts;
 * GeographyModule: every place must be in the programme area.
 */
@Module({
  imports: [AttendanceModule, GeographyModule],
  providers: [SchedulingRepository, SchedulingService, SchedulingResolver],
  controllers: [CalendarController],
  exports: [SchedulingRepository, SchedulingService],
})
export class SchedulingModule {}
