export * from './prerequisites.js';
export * from './coverage.js';
export * from './module-workflow.js';
