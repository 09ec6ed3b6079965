export * from './access/province-scope.js';
export * from './assessments/ratings.js';
export * from './assessments/paper-import.js';
export * from './rollups/rollup-deltas.js';
export * from './gaps/scoring.js';
export * from './priorities/dot-votes.js';
export * from './priorities/blended-priority.js';
export * from './workshop/workshop-access.js';
