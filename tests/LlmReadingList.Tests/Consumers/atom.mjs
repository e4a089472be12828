// An Atom document on stdin → libxml2's verdict (xmllint --relaxng, compiled to WebAssembly) against the RFC 4287
// schema committed in schemas/atom.rng.
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { readInput, print } from './read-input.mjs';

const schema = readFileSync(new URL('./schemas/atom.rng', import.meta.url), 'utf8');
const result = await validateXML({
  xml: [{ fileName: 'feed.xml', contents: await readInput() }],
  schema: [{ fileName: 'atom.rng', contents: schema }],
  extension: 'relaxng',
});
print({ valid: result.valid, errors: result.errors.map((e) => e.rawMessage) });
