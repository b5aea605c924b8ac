/**
 * The frame the three cards share, so none repeats it: `CardFrame` shows the payload's loading and
 * load-error states and hands the loaded payload to the card; `ViewFrame` shows one view's empty and
 * unreadable states, else its heading, conflicts and notices above the card's own sections.
 */
import type { ReactNode } from 'react';
import { Flex, Heading } from '@hubspot/ui-extensions';
import type { CardView, Translator } from '@handoff-context/core';
import type { ContextPayload } from '../hooks/useContextPayload';
import { Empty, LoadError, Loading, Unreadable } from './CardStatus';
import { ConflictList } from './ConflictList';
import { Notices } from './Notices';

type Loaded = Extract<ContextPayload, { status: 'ready' }>;

export function CardFrame({
  t,
  payload,
  objectType,
  waiting = false,
  children,
}: {
  t: Translator;
  payload: ContextPayload;
  /** The CRM object named in the load-error text, e.g. "deal". */
  objectType: string;
  /** Something else the card waits for besides its payload (e.g. the company's associated deal). */
  waiting?: boolean;
  children: (payload: Loaded) => ReactNode;
}) {
  if (payload.status === 'loading' || waiting) return <Loading t={t} />;
  if (payload.status === 'error') return <LoadError t={t} objectType={objectType} onRetry={() => void payload.refetch()} />;
  return <>{children(payload)}</>;
}

export function ViewFrame({
  view,
  emptyText = '',
  testId,
  stateTestId = testId,
  heading,
  gap = 'sm',
  showsStates = true,
  children,
}: {
  view: CardView;
  /** Shown for an empty view whose builder gave no state text. */
  emptyText?: string;
  /** The ready view's test id. */
  testId?: string;
  /** The empty and invalid states' test ids are this plus `-empty` / `-invalid`; by default the ready one's. */
  stateTestId?: string;
  /** Replaces the view's title, e.g. with the deal's name or a status tag beside it. */
  heading?: ReactNode;
  gap?: 'sm' | 'md';
  /** false: the heading, notices and sections even for an empty or invalid view (the company card names the deal it read). */
  showsStates?: boolean;
  children: ReactNode;
}) {
  if (showsStates && view.state === 'empty')
    return <Empty title={view.title} text={view.stateText || emptyText} testId={stateTestId && `${stateTestId}-empty`} />;
  if (showsStates && view.state === 'invalid')
    return <Unreadable title={view.title} text={view.stateText ?? ''} testId={stateTestId && `${stateTestId}-invalid`} />;
  return (
    <Flex direction="column" gap={gap} testId={testId}>
      {heading ?? <Heading>{view.title}</Heading>}
      <ConflictList conflicts={view.conflicts} />
      <Notices notices={view.notices} />
      {children}
    </Flex>
  );
}
