/** docs/fields.md, the field dictionary page. */
import { dictionaryMarkdown } from './dictionary';
import { generated, generatedMarker, type GeneratedFile } from './output';

export function fieldDictionaryFiles(): GeneratedFile[] {
  return [generated('docs/fields.md', dictionaryMarkdown(generatedMarker))];
}
