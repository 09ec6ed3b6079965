export * from './roles.js';
export * from './people.js';
export * from './locales.js';
export * from './instruments.js';
export * from './curricula.js';
export * from './phone.js';
export * from './client-keys.js';
export * from './notifications.js';
