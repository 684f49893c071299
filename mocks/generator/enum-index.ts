/** Index and bit of an enum value (enums.ts order), as the columns store them. */
export const enumIndex = <T extends string>(values: readonly T[], v: T): number =>
  values.indexOf(v);
export const enumBit = <T extends string>(values: readonly T[], v: T): number =>
  1 << values.indexOf(v);
