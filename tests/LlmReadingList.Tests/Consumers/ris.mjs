// RIS on stdin → the CSL items citation.js's RIS plugin reads from it.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { readInput, print } from './read-input.mjs';

const items = await Cite.async(await readInput(), { forceType: '@ris/file' });
print({ items: items.data.map(({ _graph, ...item }) => item) });
