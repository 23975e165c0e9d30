import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildErrorCodes, codeLiteralsOutsideErrorsFiles, renderErrorCodes } from '../../tools/errors/error-codes';

const ROOT = join(__dirname, '..', '..');

describe('error codes: each defined once, in an errors file, and listed in docs/errors.md (issue 12)', () => {
  const codes = buildErrorCodes(ROOT);

  it('is what `npm run errors` generates from the errors files now (regenerate it when a code or its meaning changes)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8')).toBe(renderErrorCodes(codes));
  });

  it('finds no code literal, and no code assembled at run time, outside the errors files', () => {
    expect(codeLiteralsOutsideErrorsFiles(ROOT)).toEqual([]);
  });

  it('knows the codes the API documents, state maps included', () => {
    const defined = codes.map((c) => c.code);
    expect(defined).toEqual(expect.arrayContaining(['REQUEST.VALIDATION_FAILED', 'INTAKE.COMPLAINT_IS_WITHDRAWN', 'QA.CASE_IS_CANCELLED', 'QA.PRELIMINARY_REPORT_APPROVED', 'EVENTSTORE.WRONG_EXPECTED_REVISION']));
    expect(codes.find((c) => c.code === 'INTAKE.COMPLAINT_NOT_FOUND')).toMatchObject({ status: 404, file: 'libs/intake/domain/src/errors.ts' });
  });

  describe('on a tree of its own', () => {
    let root: string;
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    beforeEach(() => {
      root = mkdtempSync(join(tmpdir(), 'errors-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('reads each code with its status and meaning, entries of a map under the map\'s comment', () => {
      write(
        'libs/x/domain/src/errors.ts',
        [
          '/** 409: the thing is in a state that refuses it. */',
          "const THING_IS: { readonly [S in 'open' | 'shut']: string } = {",
          "  open: 'X.THING_IS_OPEN',",
          "  shut: 'X.THING_IS_SHUT',",
          '};',
          'export const X = {',
          '  /** 404: no such thing. */',
          "  THING_NOT_FOUND: 'X.THING_NOT_FOUND',",
          '  THING_IS,',
          '} as const;',
          '',
        ].join('\n'),
      );
      expect(buildErrorCodes(root)).toEqual([
        { code: 'X.THING_IS_OPEN', kind: 'error', status: 409, meaning: 'the thing is in a state that refuses it.', file: 'libs/x/domain/src/errors.ts' },
        { code: 'X.THING_IS_SHUT', kind: 'error', status: 409, meaning: 'the thing is in a state that refuses it.', file: 'libs/x/domain/src/errors.ts' },
        { code: 'X.THING_NOT_FOUND', kind: 'error', status: 404, meaning: 'no such thing.', file: 'libs/x/domain/src/errors.ts' },
      ]);
    });

    it('refuses a code without a meaning and a code defined twice', () => {
      write('libs/x/src/errors.ts', "export const X = {\n  A: 'X.A',\n} as const;\n");
      expect(() => buildErrorCodes(root)).toThrow('X.A (libs/x/src/errors.ts:2) has no doc comment');
      write('libs/x/src/errors.ts', "export const X = {\n  /** a */\n  A: 'X.A',\n} as const;\n");
      write('libs/y/src/errors.ts', "/** again */\nexport const A = 'X.A';\n");
      expect(() => buildErrorCodes(root)).toThrow('X.A is defined twice');
    });

    it('finds literals and run-time codes in other sources, not in comments, specs or the errors files', () => {
      write('libs/x/src/errors.ts', "/** fine here */\nexport const A = 'X.A';\n");
      write('libs/x/src/service.ts', "// throws 'X.A' when ...\nthrow new Error('X.A');\nconst code = `X.IS_${status}`;\nconst url = 'http://x';\n");
      write('libs/x/src/service.spec.ts', "expect(code).toBe('X.A');\n");
      expect(codeLiteralsOutsideErrorsFiles(root)).toEqual(['libs/x/src/service.ts:2 X.A', 'libs/x/src/service.ts:3 X.IS_${']);
    });
  });
});
