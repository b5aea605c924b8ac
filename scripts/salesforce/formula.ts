/**
 * Just enough of the Salesforce formula language to run the package's validation rules offline: the
 * functions they use (AND, OR, NOT, ISCHANGED, PRIORVALUE, TEXT, ISPICKVAL, ISBLANK), text literals,
 * `=` and `<>`, fields and `$Permission.<name>`. Anything else is refused, so a rule that starts using
 * more cannot pass the check unexamined.
 */
export interface FormulaRecord {
  /** Field values before the save (text; '' for empty). */
  prior: Record<string, string>;
  /** Field values being saved. */
  now: Record<string, string>;
  /** The custom permissions the saving user has. */
  permissions: ReadonlySet<string>;
}

type Node =
  | { type: 'text'; value: string }
  | { type: 'name'; name: string }
  | { type: 'call'; name: string; args: Node[] }
  | { type: 'compare'; op: '=' | '<>'; left: Node; right: Node };

const tokenPattern = /\s*(?:("(?:[^"\\]|\\.)*")|(<>|=|\(|\)|,)|([$A-Za-z_][\w.]*))/y;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < formula.length) {
    if (/^\s*$/.test(formula.slice(tokenPattern.lastIndex))) break;
    const at = tokenPattern.lastIndex;
    const match = tokenPattern.exec(formula);
    if (!match) throw new Error(`cannot read the formula at "${formula.slice(at, at + 20)}"`);
    tokens.push(match[1] ?? match[2] ?? match[3]);
  }
  return tokens;
}

export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let i = 0;
  const expect = (token: string) => {
    if (tokens[i] !== token) throw new Error(`expected "${token}" but found "${tokens[i] ?? 'the end'}"`);
    i += 1;
  };
  const primary = (): Node => {
    const token = tokens[i++];
    if (token === undefined) throw new Error('the formula ends too early');
    if (token.startsWith('"')) return { type: 'text', value: JSON.parse(token) as string };
    if (tokens[i] === '(') {
      i += 1;
      const args: Node[] = [];
      if (tokens[i] !== ')')
        for (;;) {
          args.push(expression());
          if (tokens[i] === ',') i += 1;
          else break;
        }
      expect(')');
      return { type: 'call', name: token.toUpperCase(), args };
    }
    return { type: 'name', name: token };
  };
  const expression = (): Node => {
    const left = primary();
    if (tokens[i] === '=' || tokens[i] === '<>') {
      const op = tokens[i++] as '=' | '<>';
      return { type: 'compare', op, left, right: primary() };
    }
    return left;
  };
  const node = expression();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}"`);
  return node;
}

function fieldOf(node: Node, fn: string): string {
  if (node.type !== 'name' || node.name.startsWith('$')) throw new Error(`${fn} takes a field`);
  return node.name;
}

function evaluate(node: Node, record: FormulaRecord): string | boolean {
  const bool = (n: Node) => {
    const value = evaluate(n, record);
    if (typeof value !== 'boolean') throw new Error('expected a true/false value');
    return value;
  };
  const text = (n: Node) => {
    const value = evaluate(n, record);
    if (typeof value !== 'string') throw new Error('expected a text value');
    return value;
  };
  switch (node.type) {
    case 'text':
      return node.value;
    case 'name':
      if (node.name.startsWith('$Permission.')) return record.permissions.has(node.name.slice('$Permission.'.length));
      return record.now[node.name] ?? '';
    case 'compare': {
      const same = text(node.left) === text(node.right);
      return node.op === '=' ? same : !same;
    }
    case 'call': {
      const { name, args } = node;
      switch (name) {
        case 'AND':
          return args.map(bool).every(Boolean);
        case 'OR':
          return args.map(bool).some(Boolean);
        case 'NOT':
          return !bool(args[0]);
        case 'ISCHANGED': {
          const field = fieldOf(args[0], name);
          return (record.prior[field] ?? '') !== (record.now[field] ?? '');
        }
        case 'PRIORVALUE':
          return record.prior[fieldOf(args[0], name)] ?? '';
        case 'TEXT':
          return text(args[0]);
        case 'ISPICKVAL': {
          const field = fieldOf(args[0], name);
          return (record.now[field] ?? '') === text(args[1]);
        }
        case 'ISBLANK':
          return text(args[0]) === '';
        default:
          throw new Error(`the function ${name} is not one this check knows`);
      }
    }
  }
}

/** Whether the rule's error condition is true for this save (true: Salesforce refuses it). */
export function errorCondition(formula: string, record: FormulaRecord): boolean {
  const value = evaluate(parseFormula(formula), record);
  if (typeof value !== 'boolean') throw new Error('an error condition must be true or false');
  return value;
}
