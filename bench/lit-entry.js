// Lit as our elements use it (core, decorators, directives, context), for the size table.
export * from 'lit';
export * from 'lit/decorators.js';
export * from 'lit/directives/guard.js';
export * from 'lit/directives/live.js';
export * from '@lit/context';
