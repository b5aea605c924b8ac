/** The help text, and the one sentence that lists the kinds. */
import { kinds } from '../../shared/src/contexts';

export const kindsLine = `kinds: ${kinds.join(', ')}`;

export const usage = `handoff — check and explain Handoff Context payloads

Usage:
  handoff check <kind> <file.json> [--platform salesforce|hubspot]
                                                    validate a payload as its JSON Schema and the cards
                                                    hold it (use - to read standard input); the text
                                                    limit of both platforms unless --platform names one
  handoff explain <kind> <file.json> [--locale xx-XX] [--time-zone Area/City]
                                                    print, as text, what a card would show
  handoff schema <kind>                             print the JSON Schema of a kind
  handoff fields [--kind <kind>]                    print the field dictionary
  handoff import <source> <input> --out <file.jsonl> [--report <file.csv>]
                                                    turn a source's export into canonical payloads, one a line;
                                                    <source> is a shipped mapping (see mappings/) or a mapping file
  handoff --help                                    print this help

${kindsLine}

Exit codes: 0 valid; 1 invalid or only partly valid (each problem on its own line as "path: message"),
or (import) some records were skipped; 2 the file cannot be read or is not JSON, or the command line is wrong.
`;
