// Rule generators behind `irule new`: pure functions from choices to rule text.

export * from './session-pinning.js';
