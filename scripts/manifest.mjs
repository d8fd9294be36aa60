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
 * What TypeScript knows of the element classes, from the given files: the
 * sources (`src/x/x.ts`) or the built declarations (`dist/x/x.d.ts`).
 *  - `literals(el, field)`: the string literals a property accepts
 *    (`kind: SessionKind | null` → the five kinds), else [];
 *  - `type(el, field)`: the property's type, without null or undefined;
 *  - `constant(el, name)`: the literal value of a constant the module sees
 *    (a default written as `DEFAULT_TIMEOUT` → `20000`), else the name.
 */
export function typeResolver(fileOf, elements) {
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
  const propertyType = (el, field) => {
    const file = program.getSourceFile(fileOf(el));
    const module = file && checker.getSymbolAtLocation(file);
    const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === el.name);
    if (!symbol || !field) return undefined;
    const property = checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(symbol), field);
    return property && checker.getNonNullableType(checker.getTypeOfSymbol(property));
  };
  return {
    literals(el, field) {
      const type = propertyType(el, field);
      if (!type) return [];
      const parts = type.isUnion() ? type.types : [type];
      return parts.every((t) => t.isStringLiteral()) ? parts.map((t) => t.value) : [];
    },
    type(el, field) {
      const type = propertyType(el, field);
      return type ? checker.typeToString(type) : '';
    },
    constant(el, name) {
      const file = program.getSourceFile(fileOf(el));
      if (!file || !/^[A-Za-z_$][\w$]*$/.test(name ?? '')) return name;
      let symbol = checker
        .getSymbolsInScope(file, ts.SymbolFlags.Variable | ts.SymbolFlags.Alias)
        .find((s) => s.name === name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const initializer = symbol?.valueDeclaration?.initializer;
      return initializer && (ts.isNumericLiteral(initializer) || ts.isStringLiteral(initializer))
        ? initializer.getText()
        : name;
    },
  };
}
