import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintInEveryChunk } from '../../src/build/compile-hint-plugin.ts';

type WriteBundle = (options: { dir?: string }, bundle: Record<string, unknown>) => void;

describe('the compile hint on every chunk', () => {
  it('puts the hint on the first line of each chunk and moves its source map down a line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hint-'));
    // One generated line mapping column 6 ("answer") to line 3, column 4 of app.ts.
    writeFileSync(path.join(dir, 'app.js'), 'const answer=42;\n');
    writeFileSync(
      path.join(dir, 'app.js.map'),
      JSON.stringify({ version: 3, sources: ['app.ts'], names: [], mappings: 'MAEI' }),
    );
    writeFileSync(path.join(dir, 'style.css'), 'p{}');
    const writeBundle = compileHintInEveryChunk().writeBundle as unknown as WriteBundle;
    writeBundle.call(
      {},
      { dir },
      {
        'app.js': { type: 'chunk', fileName: 'app.js' },
        'style.css': { type: 'asset', fileName: 'style.css' },
      },
    );

    const code = readFileSync(path.join(dir, 'app.js'), 'utf8');
    expect(code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(code.split('\n')[1]).toBe('const answer=42;');
    expect(readFileSync(path.join(dir, 'style.css'), 'utf8')).toBe('p{}');
    // Each ';' in `mappings` ends a generated line: the code's mappings now start on line 2,
    // where the code now is, and nothing is mapped on the hint's line.
    const map = JSON.parse(readFileSync(path.join(dir, 'app.js.map'), 'utf8')) as {
      mappings: string;
      sources: string[];
    };
    expect(map).toMatchObject({ mappings: ';MAEI', sources: ['app.ts'] });
  });
});
