/** Spaced repetition with FSRS: the only module that imports ts-fsrs. */
export * from './day';
export * from './intervals';
export * from './leech';
export * from './queue';
export * from './scheduler';
export * from './settings';
export * from './stats';
export { srsText } from './strings';
export * from './progress';
