/**
 * One card frame per platform, and detail lines built once in the core: no card repeats the state
 * header (loading, no access, error, empty, unreadable) or the notices, and no platform component
 * joins a detail line itself.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

function filesUnder(dir: string, name: RegExp): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && name.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

describe('card frames', () => {
  it.each(['handoffLeadScore', 'handoffDealRisk', 'handoffCustomerHealth', 'handoffSalesToCs'])('%s renders inside c-handoff-card-frame', (card) => {
    const html = read(`force-app/main/default/lwc/${card}/${card}.html`);
    expect(html).toContain('<c-handoff-card-frame frame={frame}');
    for (const repeated of ['isLoading', 'noAccess', 'hasError', '<lightning-card', '<c-handoff-notices', 'aria-live']) expect(html).not.toContain(repeated);
  });

  it.each(['LeadScoreCard', 'DealCard', 'CompanyCard'])('%s renders inside CardFrame', (card) => {
    const tsx = read(`hubspot-project/src/app/cards/${card}.tsx`);
    expect(tsx).toContain('<CardFrame');
    expect(tsx).not.toMatch(/<(Loading|Notices|Unreadable|ConflictList)\b/);
  });
});

describe('detail lines', () => {
  it('are joined in the core only, never by a card', () => {
    const generated = /lwc\/(handoffCore|handoffCatalogEn|handoffCatalogFr|handoffLabels)\//;
    const cardFiles = [
      ...filesUnder('force-app/main/default/lwc', /\.(js|html)$/).filter((file) => !generated.test(file) && !file.includes('__tests__')),
      ...filesUnder('hubspot-project/src', /\.tsx?$/),
    ];
    expect(cardFiles.length).toBeGreaterThan(20);
    const joining = cardFiles.filter((file) => /\.join\(\s*' · '\s*\)/.test(read(file)));
    expect(joining).toEqual([]);
  });
});
