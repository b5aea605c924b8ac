/** The states a card is in before it has something to show: loading, unreadable, empty, invalid. */
import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { Translator } from '@handoff-context/core';

export function Loading({ t }: { t: Translator }) {
  return <LoadingSpinner label={t.t('state.loading')} showLabel testId="hc-loading" />;
}

/** The CRM hook failed (network, or no permission to read the properties). */
export function LoadError({ t, objectType, onRetry, testId = 'hc-load-error' }: { t: Translator; objectType: string; onRetry?: () => void; testId?: string }) {
  return (
    <ErrorState title={t.t('state.unreadable')} testId={testId}>
      <Text>{t.t('access.hubspot', { objectType })}</Text>
      {onRetry && <Button onClick={() => onRetry()}>{t.t('button.retry')}</Button>}
    </ErrorState>
  );
}

export function Empty({ title, text, testId = 'hc-empty' }: { title: string; text: string; testId?: string }) {
  return (
    <EmptyState title={title} layout="vertical" flush testId={testId}>
      <Text>{text}</Text>
    </EmptyState>
  );
}

export function Unreadable({ title, text, testId = 'hc-invalid' }: { title: string; text: string; testId?: string }) {
  return (
    <Alert variant="danger" title={title} testId={testId}>
      {text}
    </Alert>
  );
}
