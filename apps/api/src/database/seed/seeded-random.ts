import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';

/** Deterministic random numbers for demo and benchmark data: the same seed, the same programme. */
export class SeededRandom {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return unsafeUniformIntDistribution(0, 0x3fffffff, this.rng) / 0x40000000;
  }

  normal(mean: number, sd: number): number {
    // Box–Muller; 1 − u keeps the logarithm away from 0.
    const u = 1 - this.float();
    const v = this.float();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((sum, [, w]) => sum + w, 0);
    let x = this.float() * total;
    for (const [value, weight] of choices) {
      x -= weight;
      if (x < 0) return value;
    }
    return choices[choices.length - 1]![0];
  }

  chance(p: number): boolean {
    return this.float() < p;
  }
}
