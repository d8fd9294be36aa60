// What the build scripts read from custom-elements.json, in one place.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** Every custom element of the manifest, with the path of its module (`src/x/x.ts`). */
export function manifestElements(path = 'custom-elements.json') {
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((d) => ({ ...d, path: module.path })),
  );
}

/** A JSDoc text on one line. */
export const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();

/** Public instance fields and methods (not static, private, protected or `_x`). */
export const isPublic = (member) =>
  !member.static && !member.privacy && !member.name.startsWith('_');

/**
 * Resolves, through TypeScript, the string literals a property of an element
 * class accepts (`kind: SessionKind | null` → the five kinds), from the given
 * files: the sources (`src/x/x.ts`) or the built declarations (`dist/x/x.d.ts`).
 */
export function literalResolver(fileOf, elements) {
  const program = ts.createProgram(
    elements.map((el) => fileOf(el)),
    {
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      experimentalDecorators: true,
      allowArbitraryExtensions: true,
      resolveJsonModule: true,
    },
  );
  const checker = program.getTypeChecker();
  return (el, field) => {
    const file = program.getSourceFile(fileOf(el));
    const module = file && checker.getSymbolAtLocation(file);
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === el.name);
    if (!symbol || !field) return [];
    const property = checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(symbol), field);
    if (!property) return [];
    const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
    const parts = type.isUnion() ? type.types : [type];
    return parts.every((t) => t.isStringLiteral()) ? parts.map((t) => t.value) : [];
  };
}
