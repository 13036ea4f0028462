import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { StatusMessage } from '../../components/status-message.tsx';

/** On the sign-in page after an account was deleted (`?account=deleted`): says so, and what stays. */
export function DeletionNotice() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return <StatusMessage message={params.get('account') === 'deleted' ? t('account.deleted') : null} />;
}
