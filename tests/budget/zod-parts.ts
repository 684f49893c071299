/**
 * Parts of zod the app never uses, by source file. When a chunk holds one of them, zod was
 * not tree-shaken: something kept its whole namespace alive (a dynamic `import()` of
 * src/lib/zod.ts did, README decision 32), and every answer waits on four times the code.
 */
const UNUSED_ZOD_PARTS: { what: string; source: RegExp }[] = [
  // The answers' messages are English; zod classic registers `en` itself.
  {
    what: 'a locale other than English',
    source: /node_modules\/zod\/v4\/locales\/(?!en\.js$)[^/]+$/,
  },
  // Jitless (the CSP forbids eval): the compiler that writes parsers with `new Function`.
  { what: 'the JIT compiler', source: /node_modules\/zod\/v4\/core\/compile\.js$/ },
  // The app writes no schema from JSON Schema.
  {
    what: 'the JSON Schema reader',
    source: /node_modules\/zod\/v4\/classic\/from-json-schema\.js$/,
  },
];

export interface ZodPartFinding {
  file: string;
  what: string;
  source: string;
}

/** Every unused part of zod found in the chunks' source maps. */
export function unusedZodParts(
  maps: readonly { file: string; sources: readonly string[] }[],
): ZodPartFinding[] {
  const found: ZodPartFinding[] = [];
  for (const map of maps) {
    for (const source of map.sources) {
      const part = UNUSED_ZOD_PARTS.find((p) => p.source.test(source));
      if (part) found.push({ file: map.file.replace(/\.map$/, ''), what: part.what, source });
    }
  }
  return found;
}
