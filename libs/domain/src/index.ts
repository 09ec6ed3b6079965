export * from './access/province-scope.js';
export * from './assessments/ratings.js';
export * from './assessments/paper-import.js';
export * from './rollups/rollup-deltas.js';
export * from './gaps/scoring.js';
export * from './curricula/index.js';
