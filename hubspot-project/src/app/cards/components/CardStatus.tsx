/** The states a card is in before it has something to show: loading, unreadable, empty, invalid. */
import { Alert, Button, EmptyState, ErrorState, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { Translator } from '@handoff-context/core';

export function Loading({ t }: { t: Translator }) {
  return <LoadingSpinner label={t.t('state.loading')} showLabel testId="hc-loading" />;
}

/** The CRM hook failed (network, or no permission to read the properties). */
export function LoadError({ t, objectType, onRetry }: { t: Translator; objectType: string; onRetry?: () => void }) {
  return (
    <ErrorState title={t.t('state.unreadable')} testId="hc-load-error">
      <Text>{t.t('access.hubspot', { objectType })}</Text>
      {onRetry && <Button onClick={() => onRetry()}>{t.t('button.retry')}</Button>}
    </ErrorState>
  );
}

export function Empty({ title, text }: { title: string; text: string }) {
  return (
    <EmptyState title={title} layout="vertical" flush testId="hc-empty">
      <Text>{text}</Text>
    </EmptyState>
  );
}

export function Unreadable({ title, text }: { title: string; text: string }) {
  return <Alert variant="danger" title={title} testId="hc-invalid">{text}</Alert>;
}
