// Turns an ESM-only dependency's files (jose) into CommonJS for jest's module loader, keeping
// standard class fields (our tsconfig turns them off for Nest's decorators; jose's errors need them).
const ts = require('typescript');

const options = { allowJs: true, module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, useDefineForClassFields: true, sourceMap: false };

module.exports = {
  process(source, path) {
    return { code: ts.transpileModule(source, { compilerOptions: options, fileName: path }).outputText };
  },
  getCacheKey(source, path) {
    return require('node:crypto').createHash('sha256').update(`${ts.version}\0${path}\0${source}`).digest('hex');
  },
};
