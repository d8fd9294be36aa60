// custom-elements.json is generated from the elements' JSDoc: `npm run manifest`.
// It holds the public API only: the element modules (`src/<folder>/<folder>.ts`,
// e.g. src/schedule/schedule.ts), the base class they inherit attributes,
// events, CSS properties and parts from, and the entry modules (the package
// entry, the define modules). Catalogs, templates and other internals stay
// out. A new element folder that follows the convention is picked up.
import { existsSync, readdirSync } from 'node:fs';
import { typeResolver } from './scripts/manifest.mjs';

const folders = readdirSync('src', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default {
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/base/imrf-element.ts',
    ...folders.flatMap((folder) =>
      [`src/${folder}/${folder}.ts`, `src/${folder}/define.ts`].filter((path) => existsSync(path)),
    ),
  ],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  // package.json's `customElements` is written by hand: otherwise the freshness check's
  // temporary --outdir would be recorded there.
  packagejson: false,
  plugins: [
    {
      // `expandedType` beside each attribute's and field's `type`: the values
      // TypeScript resolves behind an alias (`Theme | null` → `'light' | 'dark'`),
      // else the type without null (`string` for anything richer). Storybook's
      // controls, the VS Code data and the web-types read it (`typeRef`/`typesSrc`),
      // since none of those tools resolves type aliases.
      name: 'expand-types',
      packageLinkPhase({ customElementsManifest }) {
        const elements = customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? [])
            .filter((d) => d.customElement && d.tagName)
            .map((declaration) => ({ declaration, name: declaration.name, path: module.path })),
        );
        const types = typeResolver((el) => el.path, elements);
        for (const el of elements) {
          const { attributes = [], members = [] } = el.declaration;
          for (const item of [...attributes, ...members.filter((m) => m.kind === 'field')]) {
            const values = types.literals(el, item.fieldName ?? item.name);
            const parts = (item.type?.text ?? '')
              .split('|')
              .map((part) => part.trim())
              .filter((part) => part && part !== 'null' && part !== 'undefined');
            item.expandedType = {
              text: values.length
                ? values.map((value) => `'${value}'`).join(' | ')
                : parts.length === 1 && ['boolean', 'number', 'string'].includes(parts[0])
                  ? parts[0]
                  : 'string',
            };
          }
        }
      },
    },
    {
      // Private members are not API: no tool or page reads them. Nor are the
      // attributes the analyzer gives private reactive state (`state: true` in
      // `static properties`, which Lit gives no attribute).
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        const isPrivate = (member) => member.privacy === 'private' || member.name.startsWith('#');
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? []) {
            const members = declaration.members ?? [];
            const privateNames = new Set(members.filter(isPrivate).map((member) => member.name));
            if (declaration.members) declaration.members = members.filter((m) => !isPrivate(m));
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter(
                (attribute) => !privateNames.has(attribute.fieldName),
              );
          }
      },
    },
    {
      // The analyzer lists modules in the order its file search happens to
      // finish, which varies between runs; sorting keeps the file stable.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
