import type { MigrationInterface } from 'typeorm';
import { Foundation1795491464226 } from './1795491464226-Foundation.js';
import { Assessments1795492410269 } from './1795492410269-Assessments.js';
import { Curricula1795512337718 } from './1795512337718-Curricula.js';

/** In order. Never edit a migration that has shipped: add a new one. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [Foundation1795491464226, Assessments1795492410269, Curricula1795512337718];
