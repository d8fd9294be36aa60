// Controls and docs tables from custom-elements.json, for every element a
// story names as its `component`: attributes (each a control), properties,
// methods, events, slots, CSS custom properties (each a control, applied by
// the preview's decorator) and parts. Unlike the web-components renderer's
// own extraction, names that two kinds share (an attribute and a part both
// called `objective`) stay apart, properties behind an attribute are not
// listed twice, and private members stay out.
import type { ArgTypes, InputType } from 'storybook/internal/types';
import manifest from '../custom-elements.json';

interface Item {
  name: string;
  description?: string;
  deprecated?: boolean | string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  parameters?: { name: string; type?: { text?: string } }[];
  return?: { type?: { text?: string } };
}

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}

const declarations = new Map(
  (manifest.modules as { declarations?: Declaration[] }[])
    .flatMap((module) => module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => [d.tagName!, d]),
);

/** The element declarations of the manifest, by tag. */
export const elements = declarations;

/** Every event name any element fires. */
export const eventNames = [
  ...new Set([...declarations.values()].flatMap((d) => (d.events ?? []).map((e) => e.name))),
];

const isPublic = (m: Item) => !m.static && !m.privacy && !m.name.startsWith('_');

/** The parts of a type that are values (no null or undefined). */
const typeParts = (text = '') =>
  text
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part && part !== 'null' && part !== 'undefined');

/** A control for an attribute's type: a switch, a number, a choice or a text field. */
function controlFor(text?: string): Partial<InputType> {
  const parts = typeParts(text);
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  const literals = parts.map((part) => /^'([^']*)'$/.exec(part)?.[1]);
  if (literals.length > 0 && literals.every((value) => value !== undefined))
    return { control: { type: 'select' }, options: literals as string[] };
  return { control: { type: 'text' } };
}

/** The description, after "Deprecated." and what to use instead when the item is deprecated. */
const describe = (item: Item) =>
  item.deprecated
    ? `**Deprecated.** ${typeof item.deprecated === 'string' ? item.deprecated : ''} ${item.description ?? ''}`.trim()
    : (item.description ?? '');

const row = (item: Item, category: string, extra: Partial<InputType> = {}): InputType => ({
  name: item.name,
  description: describe(item),
  table: {
    category,
    ...(item.type?.text && { type: { summary: item.type.text } }),
    ...(item.default !== undefined && { defaultValue: { summary: item.default } }),
  },
  // Controls in their normalized form: the docs tables read these as they are.
  control: { disable: true },
  ...extra,
});

/** The argTypes of an element, from its manifest entry; null for other components. */
export function extractArgTypes(component: unknown): ArgTypes | null {
  const element = typeof component === 'string' ? declarations.get(component) : undefined;
  if (!element) return null;
  const argTypes: ArgTypes = {};
  const behindAttributes = new Set((element.attributes ?? []).map((a) => a.fieldName));
  for (const a of element.attributes ?? []) {
    const property = a.fieldName && a.fieldName !== a.name ? ` Property: \`${a.fieldName}\`.` : '';
    argTypes[a.name] = row(
      { ...a, description: `${describe(a)}${property}`, deprecated: undefined },
      'attributes',
      {
        ...controlFor(a.type?.text),
      },
    );
  }
  for (const m of (element.members ?? []).filter(isPublic)) {
    if (m.kind === 'field' && !behindAttributes.has(m.name))
      argTypes[`property:${m.name}`] = row(m, 'properties');
    if (m.kind === 'method') {
      const parameters = (m.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`);
      argTypes[`method:${m.name}`] = row(
        { ...m, type: { text: `(${parameters.join(', ')}) => ${m.return?.type?.text ?? 'void'}` } },
        'methods',
      );
    }
  }
  for (const e of element.events ?? []) argTypes[`event:${e.name}`] = row(e, 'events');
  for (const s of element.slots ?? [])
    argTypes[`slot:${s.name}`] = row({ ...s, name: s.name || '(default)' }, 'slots');
  for (const p of element.cssProperties ?? [])
    argTypes[p.name] = row(p, 'css custom properties', { control: { type: 'text' } });
  for (const p of element.cssParts ?? []) argTypes[`part:${p.name}`] = row(p, 'css shadow parts');
  return argTypes;
}

/** The element's description for its docs page. */
export function extractComponentDescription(component: unknown): string | null {
  const element = typeof component === 'string' ? declarations.get(component) : undefined;
  return element?.description ?? element?.summary ?? null;
}
