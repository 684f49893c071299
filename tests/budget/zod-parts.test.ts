import { describe, expect, it } from 'vitest';
import { unusedZodParts } from './zod-parts.ts';

describe('unused parts of zod in a build', () => {
  it('finds other locales, the JIT compiler and the JSON Schema reader by source map', () => {
    const found = unusedZodParts([
      {
        file: 'assets/zod-abc.js.map',
        sources: [
          '../../../node_modules/zod/v4/core/schemas.js',
          '../../../node_modules/zod/v4/locales/en.js',
          '../../../node_modules/zod/v4/locales/he.js',
          '../../../node_modules/zod/v4/locales/pt-BR.js',
          '../../../node_modules/zod/v4/core/compile.js',
          '../../../node_modules/zod/v4/classic/from-json-schema.js',
        ],
      },
    ]);
    expect(found.map((f) => [f.file, f.what])).toEqual([
      ['assets/zod-abc.js', 'a locale other than English'],
      ['assets/zod-abc.js', 'a locale other than English'],
      ['assets/zod-abc.js', 'the JIT compiler'],
      ['assets/zod-abc.js', 'the JSON Schema reader'],
    ]);
  });

  it('finds nothing in a tree-shaken zod or in the app’s own files of the same names', () => {
    expect(
      unusedZodParts([
        {
          file: 'assets/zod-abc.js.map',
          sources: [
            '../../../node_modules/zod/v4/core/schemas.js',
            '../../../node_modules/zod/v4/locales/en.js',
            '../../../src/lib/compile.js',
            '../../../src/locales/he.js',
          ],
        },
      ]),
    ).toEqual([]);
  });
});
