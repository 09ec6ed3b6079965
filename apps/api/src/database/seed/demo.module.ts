import { Module } from '@nestjs/common';
import { AccountsModule } from '../../modules/accounts/accounts.module.js';
import { AssessmentsModule } from '../../modules/assessments/assessments.module.js';
import { CurriculaModule } from '../../modules/curricula/curricula.module.js';
import { FrameworksModule } from '../../modules/frameworks/frameworks.module.js';
import { GapsModule } from '../../modules/gaps/gaps.module.js';
import { GeographyModule } from '../../modules/geography/geography.module.js';
import { AttendanceModule } from '../../modules/attendance/attendance.module.js';
import { SchedulingModule } from '../../modules/scheduling/scheduling.module.js';
import { TrackingModule } from '../../modules/tracking/tracking.module.js';
import { DemoAttendanceSeeder } from './demo-attendance.js';
import { DemoScheduleSeeder } from './demo-schedule.js';
import { DemoSeeder } from './demo.seeder.js';

@Module({
  imports: [AccountsModule, GeographyModule, FrameworksModule, AssessmentsModule, GapsModule, CurriculaModule, SchedulingModule, AttendanceModule, TrackingModule],
  providers: [DemoSeeder, DemoScheduleSeeder, DemoAttendanceSeeder],
  exports: [DemoSeeder, DemoScheduleSeeder, DemoAttendanceSeeder],
})
export class DemoModule {}
