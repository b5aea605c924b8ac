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
  handoff push --to hubspot|salesforce <records.jsonl> [--dry-run] [--report <file.csv>] [--checkpoint <file>]
               [--target-org <sf alias>]
                                                    write the records' payloads and their report columns, in
                                                    batches, leaving records that already hold them alone;
                                                    never a column people own (feedback, disposition, review).
                                                    HubSpot: HUBSPOT_ACCESS_TOKEN; Salesforce: SF_ACCESS_TOKEN
                                                    and SF_INSTANCE_URL, or --target-org (sf org display)
  handoff --help                                    print this help

${kindsLine}

Exit codes: 0 valid; 1 invalid or only partly valid (each problem on its own line as "path: message"),
or (import) some records were skipped; 2 the file cannot be read or is not JSON, or the command line is wrong.
Push: 0 every record written or unchanged; 1 some failed or were skipped (see --report); 2 nothing was
sent (no credentials, unreadable file); 4 stopped part-way (run again with the same --checkpoint to resume).
`;
