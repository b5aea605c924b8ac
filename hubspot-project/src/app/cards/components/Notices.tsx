/** Sentences about the data (problems found while parsing, stale scores, drafts), each with its tone in words. */
import { Alert } from '@hubspot/ui-extensions';
import type { Notice } from '@handoff-context/core';

const variant = { info: 'info', success: 'success', warning: 'warning', error: 'danger' } as const;

export function Notices({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <>
      {notices.map((notice) => (
        <Alert key={notice.key} variant={variant[notice.tone] ?? 'info'} title={notice.text} testId={`hc-notice-${notice.key}`} />
      ))}
    </>
  );
}
