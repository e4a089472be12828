// CSL-JSON on stdin → an APA 7th edition bibliography (plain text, one string per item) rendered by citeproc-js with
// the style and en-US locale committed beside this script (no network).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readInput, print } from './read-input.mjs';

const CSL = createRequire(import.meta.url)('citeproc');
const here = new URL('./styles/', import.meta.url);
const style = readFileSync(new URL('apa.csl', here), 'utf8');
const locale = readFileSync(new URL('locales-en-US.xml', here), 'utf8');

const items = JSON.parse(await readInput());
const byId = new Map(items.map((item) => [String(item.id), item]));
const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => byId.get(String(id)) }, style, 'en-US');
engine.setOutputFormat('text');
engine.updateItems([...byId.keys()]);
const [meta, entries] = engine.makeBibliography();
print({ errors: meta.bibliography_errors, entries: entries.map((e) => e.trim()) });
