export * from './gap-closure.js';
export * from './dashboards.js';
export * from './tables.js';
