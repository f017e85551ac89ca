/**
 * One face of a die thrown from a drawn number: `facet(n, salt, sides)` is in `0..sides-1`, and
 * the faces of different salts are independent of each other, so that one drawn `n` decides
 * several things of a payload (the unit, the channel, the time) without `n % 5` and `n % 10`
 * deciding together. A bit mixer (murmur3's finaliser) over `n` and the salt.
 */
export function facet(n: number, salt: number, sides: number): number {
  let h = (n ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % Math.max(1, sides);
}
