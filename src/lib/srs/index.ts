/**
 * Spaced repetition with FSRS: the pure parts (records, scheduling, queue, statistics,
 * settings form) and the UI strings. Storage I/O lives in `progress.ts` and the managers and
 * sessions, imported by path.
 */
export * from './day';
export * from './derive';
export * from './intervals';
export * from './leech';
export * from './queue';
export * from './records';
export * from './scheduler';
export * from './settings';
export * from './summary';
export * from './stats';
export { srsText } from './strings';
