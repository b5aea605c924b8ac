/**
 * The `handoff push` command: picks the platform's client (credentials from the environment, never
 * the command line, never printed), runs the push with a progress bar on a terminal, and sums up.
 */
import type { Io } from '../cli/commands';
import { existsSync } from 'node:fs';
import type { Platform } from '../../shared/src/storage';
import { PushStopped, runPush, type PushSummary, type RecordResult } from './run';
import type { PushTarget } from './target';

export const pushExit = { done: 0, someFailed: 1, cannotStart: 2, stopped: 4 } as const;

export interface PushCommandOptions {
  to: string | undefined;
  dryRun?: boolean;
  report?: string;
  checkpoint?: string;
  targetOrg?: string;
  env?: NodeJS.ProcessEnv;
  /** Whether standard output is a terminal (the progress bar is drawn only then). */
  tty?: boolean;
  /** Tests give their own target; otherwise it is built from the environment. */
  target?: PushTarget;
}

async function targetFor(platform: Platform, options: PushCommandOptions, io: Io): Promise<PushTarget | undefined> {
  const env = options.env ?? process.env;
  if (platform === 'hubspot') {
    const { tokenFrom, tokenVariable } = await import('../hubspot/client');
    const token = tokenFrom(env);
    if (!token) {
      io.err(
        `${tokenVariable} is not set, so nothing was sent to HubSpot: give a private app token with the crm.objects.<object>.read and .write scopes of the records pushed.`,
      );
      return undefined;
    }
    const { hubspotTarget, hubspotBaseVariable } = await import('./hubspot');
    return hubspotTarget(token, env[hubspotBaseVariable]?.trim() || undefined);
  }
  const { salesforceTarget, salesforceConnectionFrom } = await import('./salesforce');
  const connection = await salesforceConnectionFrom(env, options.targetOrg);
  if (!connection.ok) {
    io.err(connection.message);
    return undefined;
  }
  return salesforceTarget(connection.value);
}

function summaryLine(file: string, summary: PushSummary, dryRun: boolean): string {
  const c = summary.counts;
  const parts = dryRun ? [`${c['would-write']} would be written`] : [`${c.written} written`];
  parts.push(`${c.unchanged} unchanged`, `${c.failed} failed`, `${c.skipped} skipped`);
  return `${file}: ${summary.total} record${summary.total === 1 ? '' : 's'} in ${summary.batches} batch${summary.batches === 1 ? '' : 'es'}: ${parts.join(', ')} (${summary.readCalls} read and ${summary.writeCalls} write call${summary.writeCalls === 1 ? '' : 's'})${dryRun ? '; dry run, nothing was written' : ''}`;
}

export async function pushCommand(input: string, options: PushCommandOptions, io: Io): Promise<number> {
  if (options.to !== 'hubspot' && options.to !== 'salesforce') {
    io.err('handoff push needs --to hubspot or --to salesforce');
    return pushExit.cannotStart;
  }
  if (!existsSync(input)) {
    io.err(`cannot read ${input}: no such file`);
    return pushExit.cannotStart;
  }
  if (options.dryRun && options.checkpoint) io.err('--dry-run writes nothing, so the checkpoint is only read, never moved.');
  let target: PushTarget | undefined;
  try {
    target = options.target ?? (await targetFor(options.to, options, io));
  } catch (error) {
    io.err(`cannot connect to ${options.to}: ${(error as Error).message}`);
    return pushExit.cannotStart;
  }
  if (!target) return pushExit.cannotStart;

  let bar: { update: (n: number) => void; setTotal: (n: number) => void; stop: () => void; log: (text: string) => void } | undefined;
  if (options.tty ?? process.stdout.isTTY) {
    const { MultiBar, Presets } = await import('cli-progress');
    const multi = new MultiBar(
      { format: 'push {bar} {value}/{total} records', hideCursor: true, clearOnComplete: false, stream: process.stdout },
      Presets.shades_classic,
    );
    const single = multi.create(0, 0);
    bar = { update: (n) => single.update(n), setTotal: (n) => single.setTotal(n), stop: () => multi.stop(), log: (text) => multi.log(`${text}\n`) };
  }
  const say = (text: string) => (bar ? bar.log(text) : io.out(text));
  const onRecord = (result: RecordResult) => {
    if (options.dryRun && result.outcome === 'would-write') say(`${result.id} (${result.target}): would set ${result.changed!.join(', ')}`);
    else if (result.outcome === 'failed') say(`${result.id} (${result.target}): failed: ${result.reason}`);
  };
  try {
    const summary = await runPush({
      input,
      target,
      dryRun: options.dryRun,
      report: options.report,
      checkpoint: options.dryRun ? undefined : options.checkpoint,
      onRecord,
      onProgress: (done, total) => {
        bar?.setTotal(total);
        bar?.update(done);
      },
      onRetry: ({ status, delayMs }) =>
        say(`${target.platform} ${status ? `answered ${status}` : 'could not be reached'}; trying again in ${Math.round(delayMs / 100) / 10} s`),
    });
    bar?.stop();
    io.err(summaryLine(input, summary, !!options.dryRun) + (options.report ? ` (per record in ${options.report})` : ''));
    return summary.counts.failed + summary.counts.skipped - summary.confirmedEarlier > 0 ? pushExit.someFailed : pushExit.done;
  } catch (error) {
    bar?.stop();
    if (error instanceof PushStopped) {
      const resume = options.checkpoint
        ? `run the same command again to resume from batch ${error.confirmedBatch + 2}`
        : 'run again (with --checkpoint <file> a rerun resumes where a run stopped)';
      io.err(`push stopped: ${error.message}; ${error.confirmedBatch + 1} batch${error.confirmedBatch === 0 ? '' : 'es'} confirmed; ${resume}`);
      return pushExit.stopped;
    }
    io.err(`push stopped: ${(error as Error).message}`);
    return pushExit.cannotStart;
  }
}
