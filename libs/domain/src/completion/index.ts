export * from './completion-rule.js';
export * from './certificate-code.js';
