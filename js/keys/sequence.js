// @ts-check
// Sequences ("g i"): how far a binding has got, one keydown at a time. Pure, with the clock passed
// in, so node tests the timeout without waiting.

/** Milliseconds allowed between two chords of a sequence, unless the component says otherwise. */
export const DEFAULT_SEQUENCE_TIMEOUT = 1000;

/** What a keydown did to a binding. */
export const FIRED = "fired";
export const ADVANCED = "advanced";
export const MISSED = "missed";

/**
 * A binding's progress: `next` chord expected, and when the last one was pressed.
 * @typedef {{next: number, at: number}} Progress
 */

/** @returns {Progress} */
export const start = () => ({ next: 0, at: 0 });

/**
 * Feed one keydown to a binding's progress (mutated): the sequence fires when its last chord
 * comes within `timeout` ms of the one before; a wrong key starts over (and may itself be the
 * first chord again, so "g g i" still finds "g i").
 * @param {Progress} progress @param {number} length chords in the sequence
 * @param {(index: number) => boolean} pressed whether this keydown presses chord `index`
 * @param {number} now @param {number} timeout
 * @returns {typeof FIRED | typeof ADVANCED | typeof MISSED}
 */
export function advance(progress, length, pressed, now, timeout) {
  if (progress.next > 0 && now - progress.at > timeout) progress.next = 0;
  if (pressed(progress.next)) progress.next += 1;
  else progress.next = progress.next > 0 && pressed(0) ? 1 : 0;
  if (progress.next === 0) return MISSED;
  progress.at = now;
  if (progress.next < length) return ADVANCED;
  progress.next = 0;
  return FIRED;
}
