// @ts-check
// Tick values for a numeric axis: about `count` multiples of 1, 2 or 5 × 10^k spanning [lo, hi].
// The Python twin (dashclient/_figure/ticks.py) performs the same floating-point operations in the
// same order, so both halves give identical numbers: powers of ten by repeated multiplication or
// division (never pow or log10, whose last bit differs between libms), and each tick computed
// alone from its integer k, as k·factor·10^e or as the exact integer k·factor divided once by 10^-e.

const ROOT_50 = Math.sqrt(50);
const ROOT_10 = Math.sqrt(10);
const ROOT_2 = Math.sqrt(2);

/** More ticks than this means the inputs are degenerate (a span of 1e300 in steps of 1e-300). */
const MAX_TICKS = 1000;

/** 10^k by repeated multiplication (k >= 0) or division (k < 0). @param {number} k */
export function pow10(k) {
  let p = 1;
  for (let i = 0; i < Math.abs(k); i++) p = k > 0 ? p * 10 : p / 10;
  return p;
}

/** The largest e with 10^e <= x, for a finite x > 0. @param {number} x */
export function exponentOf(x) {
  if (!(x > 0 && Number.isFinite(x))) throw new RangeError(`exponentOf(${x})`);
  let e = 0;
  let p = 1;
  if (x >= 1) {
    while (p * 10 <= x) {
      p *= 10;
      e += 1;
    }
  } else {
    while (p > x) {
      p /= 10;
      e -= 1;
    }
  }
  return e;
}

/**
 * Nice tick values spanning the finite numbers given (and zero with `includeZero`).
 * @param {number[]} numbers finite numbers @param {number} count about how many ticks
 * @param {boolean} includeZero
 * @returns {number[]}
 */
export function niceTicks(numbers, count, includeZero) {
  if (numbers.length === 0) return [];
  let lo = numbers[0];
  let hi = numbers[0];
  for (const n of numbers) {
    if (n < lo) lo = n;
    if (n > hi) hi = n;
  }
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  if (lo === hi) return [lo + 0];
  const raw = (hi - lo) / count;
  if (!Number.isFinite(raw) || raw === 0) return []; // a span past the largest double, or below the smallest step
  let e = exponentOf(raw);
  const ratio = e >= 0 ? raw / pow10(e) : raw * pow10(-e);
  let factor = ratio >= ROOT_50 ? 10 : ratio >= ROOT_10 ? 5 : ratio >= ROOT_2 ? 2 : 1;
  if (factor === 10) {
    factor = 1;
    e += 1;
  }
  const tick = (/** @type {number} */ k) => (e >= 0 ? k * factor * pow10(e) : (k * factor) / pow10(-e)) + 0; // + 0: no -0
  const step = tick(1);
  let first = Math.ceil(lo / step);
  while (tick(first - 1) >= lo) first -= 1;
  while (tick(first) < lo) first += 1;
  let last = Math.floor(hi / step);
  while (tick(last + 1) <= hi) last += 1;
  while (tick(last) > hi) last -= 1;
  if (!Number.isFinite(first) || !Number.isFinite(last) || last - first >= MAX_TICKS) return [];
  const ticks = [];
  for (let k = first; k <= last; k++) ticks.push(tick(k));
  return ticks;
}
