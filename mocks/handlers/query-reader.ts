import type { InvalidParam } from '../../src/api/contract/filter-params.ts';

/**
 * Reads the endpoint-specific query parameters (interval, limit, cellSize…) and collects a
 * problem for each bad one instead of stopping at the first, so a 400 names every offending
 * parameter at once, together with the filter problems from `parseFilters`.
 */
export class QueryReader {
  constructor(
    private readonly params: URLSearchParams,
    readonly problems: InvalidParam[] = [],
  ) {}

  private raw(name: string): string | null {
    const v = this.params.get(name);
    return v === null || v.trim() === '' ? null : v.trim();
  }

  private missing(name: string): null {
    this.problems.push({ name, reason: 'required' });
    return null;
  }

  /** One of `allowed`; null when absent (and a problem when required). */
  choice<T extends string>(name: string, allowed: readonly T[], required = false): T | null {
    const v = this.raw(name);
    if (v === null) return required ? this.missing(name) : null;
    const found = allowed.find((a) => a === v);
    if (found === undefined) {
      this.problems.push({
        name,
        reason: `"${v.slice(0, 40)}" is not one of ${allowed.join(', ')}`,
      });
      return null;
    }
    return found;
  }

  /** A whole number in [min, max], written as plain digits. */
  integer(name: string, min: number, max: number, required = false): number | null {
    const v = this.raw(name);
    if (v === null) return required ? this.missing(name) : null;
    const n = /^\d{1,9}$/.test(v) ? Number(v) : Number.NaN;
    if (!(n >= min && n <= max)) {
      this.problems.push({ name, reason: `expected a whole number from ${min} to ${max}` });
      return null;
    }
    return n;
  }

  /** A number from a fixed set (cell sizes): compared as numbers, so "1.0" is 1. */
  numberIn(name: string, allowed: readonly number[], required = false): number | null {
    const v = this.raw(name);
    if (v === null) return required ? this.missing(name) : null;
    const n = Number(v);
    if (!allowed.includes(n)) {
      this.problems.push({ name, reason: `expected one of ${allowed.join(', ')}` });
      return null;
    }
    return n;
  }

  /** Free text; absent or blank is null. */
  text(name: string, maxLength: number): string | null {
    const v = this.raw(name);
    if (v === null) return null;
    if (v.length > maxLength) {
      this.problems.push({ name, reason: `longer than ${maxLength} characters` });
      return null;
    }
    return v;
  }

  /** A value parsed by `parse` (null from it means invalid). */
  parsed<T>(
    name: string,
    parse: (raw: string) => T | null,
    reason: string,
    required = false,
  ): T | null {
    const v = this.raw(name);
    if (v === null) return required ? this.missing(name) : null;
    const out = parse(v);
    if (out === null) this.problems.push({ name, reason });
    return out;
  }

  /** A comma-separated list of `allowed` values (repeats add), in the order given, without duplicates. */
  list<T extends string>(name: string, allowed: readonly T[]): T[] | null {
    const out: T[] = [];
    const bad: string[] = [];
    for (const part of this.params.getAll(name).flatMap((v) => v.split(','))) {
      const v = part.trim();
      if (v === '') continue;
      const found = allowed.find((a) => a === v);
      if (found === undefined) bad.push(v.slice(0, 40));
      else if (!out.includes(found)) out.push(found);
    }
    if (bad.length) this.problems.push({ name, reason: `unknown: ${bad.join(', ')}` });
    return out.length ? out : null;
  }
}
