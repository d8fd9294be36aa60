// custom-elements.json is generated from the elements' JSDoc: `npm run manifest`.
// It holds the public API only: the element modules (`src/<folder>/<folder>.ts`,
// e.g. src/schedule/schedule.ts), the base class they inherit attributes,
// events, CSS properties and parts from, and the entry modules (the package
// entry, the define modules). Catalogs, templates and other internals stay
// out. A new element folder that follows the convention is picked up.
import { existsSync, readdirSync } from 'node:fs';

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
      // Private members are not API: no tool or page reads them.
      name: 'drop-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules)
          for (const declaration of module.declarations ?? [])
            if (declaration.members)
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
              );
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
