#!/usr/bin/env node
// A stand-in for the Salesforce CLI in tests: records each call and answers like `sf … --json`.
const fs = require('fs');

const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_SF_LOG, `${JSON.stringify(args)}\n`);
const mode = process.env.FAKE_SF_MODE || 'ok';
const command = args
    .filter((a) => !a.startsWith('-'))
    .slice(0, 3)
    .join(' ');
const reply = (status, body) => {
    process.stdout.write(JSON.stringify({ status, ...body }));
    process.exit(status);
};

if (command.startsWith('org display')) {
    if (mode === 'unauthorised') reply(1, { name: 'NoAuthInfoFound', message: 'No authorization information found for nope.' });
    reply(0, { result: { username: 'admin@example.com', connectedStatus: 'Connected' } });
}
if (command.startsWith('project deploy start')) {
    if (mode === 'deploy-fails') reply(1, { name: 'DeployFailed', message: 'HC_Lead_Score__c: Field name already used' });
    if (mode === 'no-translation-workbench' && args.some((a) => /translations$/i.test(a)))
        reply(1, { name: 'DeployFailed', message: 'fr: Not available for deploy for this organization' });
    reply(0, { result: { status: 'Succeeded', files: [{ fullName: 'a' }, { fullName: 'b' }] } });
}
if (command.startsWith('org assign permset')) {
    const names = args.filter((a, i) => args[i - 1] === '--name');
    // As sf answers when the user already holds some of the sets: the others are assigned, the call fails.
    const held = mode === 'already-assigned' ? names.slice(0, 2) : mode === 'assign-fails' ? names.slice(0, 1) : [];
    const failures = held.map((value) => ({
        name: 'admin@example.com',
        message:
            mode === 'assign-fails'
                ? 'INVALID_CROSS_REFERENCE_KEY: user license does not allow it'
                : `Duplicate PermissionSetAssignment. Assignee: 005000000000001, PermissionSet: ${value}`,
    }));
    const successes = names.filter((n) => !held.includes(n)).map((value) => ({ name: 'admin@example.com', value }));
    if (failures.length) reply(1, { message: 'Permission set assignment failed', result: { successes, failures } });
    reply(0, { result: { successes: names.map((value) => ({ name: 'admin@example.com', value })), failures: [] } });
}
if (command.startsWith('data import tree'))
    reply(0, {
        result: [
            { refId: 'a', id: '001' },
            { refId: 'b', id: '003' },
        ],
    });
if (command.startsWith('package create')) reply(0, { result: { Id: '0Ho000000000001AAA' } });
if (command.startsWith('package version create')) reply(0, { result: { Id: '08c000000000001AAA', SubscriberPackageVersionId: '04t000000000001AAA' } });
reply(1, { message: `fake sf does not know: ${args.join(' ')}` });
