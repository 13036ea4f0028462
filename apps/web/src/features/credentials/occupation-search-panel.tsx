import { Alert, Anchor, Button, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FoundOccupation, OccupationSearchResult } from '@pathwise/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { type OccupationSource, SOURCE_NAMES } from './job-profiles-api.ts';

interface OccupationSearchPanelProps {
  /** Runs a search; the panel shows its answer. */
  search(q: string, source: OccupationSource): Promise<OccupationSearchResult>;
  /** The employer chose an occupation to look at. */
  onPick(occupation: FoundOccupation): void;
  /** Where a profile is written by hand (offered when the server has no occupation data). */
  byHandPath: string;
}

/**
 * The occupation search: source and words, then the occupations found, best first, each a button that opens its
 * skills. No match says so and offers broader searches; a server without the data says so and offers to write
 * the profile by hand.
 */
export function OccupationSearchPanel({ search, onPick, byHandPath }: OccupationSearchPanelProps) {
  const { t } = useTranslation();
  const [source, setSource] = useState<OccupationSource>('onet');
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<OccupationSearchResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run(q: string) {
    if (q.trim() === '') return;
    setBusy(true);
    setError(null);
    try {
      setAnswer(await search(q.trim(), source));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(query);
  };
  const broader = (q: string) => {
    setQuery(q);
    void run(q);
  };
  return (
    <Stack gap="md">
      <search>
        <form onSubmit={submit}>
          <Stack maw={640} gap="sm">
            <Radio.Group
              label={t('credentials.profiles.occupation.sourceLabel')}
              value={source}
              onChange={(v) => setSource(v as OccupationSource)}
            >
              <Group gap="lg" mt={6}>
                <Radio value="onet" label={t('credentials.profiles.occupation.onet')} />
                <Radio value="esco" label={t('credentials.profiles.occupation.esco')} />
              </Group>
            </Radio.Group>
            <TextInput
              type="search"
              label={t('credentials.profiles.occupation.query')}
              description={t('credentials.profiles.occupation.queryHint')}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              required
              maxLength={100}
            />
            <Button type="submit" loading={busy} w="fit-content">
              {t('credentials.profiles.occupation.search')}
            </Button>
            <ErrorAlert error={error} />
          </Stack>
        </form>
      </search>
      {answer ? (
        <SearchAnswer answer={answer} onPick={onPick} onBroader={broader} byHandPath={byHandPath} />
      ) : null}
    </Stack>
  );
}

function SearchAnswer({
  answer,
  onPick,
  onBroader,
  byHandPath,
}: {
  answer: OccupationSearchResult;
  onPick(occupation: FoundOccupation): void;
  onBroader(q: string): void;
  byHandPath: string;
}) {
  const { t } = useTranslation();
  const { results, total, query } = answer;
  const said =
    answer.missing.length > 0
      ? null
      : results.length === 0
        ? t('credentials.profiles.occupation.none', { query })
        : total > results.length
          ? t('credentials.profiles.occupation.foundSome', { total, shown: results.length, query })
          : t('credentials.profiles.occupation.found', { count: total, query });
  return (
    <section aria-labelledby="occupations-found">
      <Title order={2} size="h3" id="occupations-found">
        {t('credentials.profiles.occupation.resultsTitle')}
      </Title>
      <div role="status" aria-live="polite">
        {answer.missing.length > 0 ? (
          <Alert color="yellow" variant="light" mt="sm">
            {t('credentials.profiles.occupation.missing', {
              sources: answer.missing.map((s) => SOURCE_NAMES[s]).join(', '),
            })}{' '}
            <Anchor component={Link} to={byHandPath}>
              {t('credentials.profiles.newByHand')}
            </Anchor>
          </Alert>
        ) : (
          <Text mt="sm">{said}</Text>
        )}
      </div>
      {answer.broader.length > 0 ? (
        <Group gap="sm" mt="sm">
          {answer.broader.map((q) => (
            <Button key={q} variant="light" onClick={() => onBroader(q)}>
              {t('credentials.profiles.occupation.tryBroader', { query: q })}
            </Button>
          ))}
        </Group>
      ) : null}
      <Stack component="ol" gap="sm" mt="sm" p={0} style={{ listStyle: 'none' }}>
        {results.map((o) => (
          <li key={`${o.source}:${o.code}`}>
            <OccupationResult occupation={o} onPick={onPick} />
          </li>
        ))}
      </Stack>
    </section>
  );
}

function OccupationResult({
  occupation: o,
  onPick,
}: {
  occupation: FoundOccupation;
  onPick(occupation: FoundOccupation): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Anchor
        component="button"
        type="button"
        fw={600}
        ta="left"
        onClick={() => onPick(o)}
        aria-label={t('credentials.profiles.occupation.preview', { title: o.title })}
      >
        {o.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {SOURCE_NAMES[o.source]} {o.source === 'onet' ? o.code : ''}
        {o.matchedTitle
          ? ` · ${t('credentials.profiles.occupation.alsoCalled', { title: o.matchedTitle })}`
          : ''}
        {' · '}
        {o.skillCount > 0
          ? t('credentials.profiles.occupation.skillCount', { count: o.skillCount })
          : t('credentials.profiles.occupation.noSkills')}
      </Text>
      <Text size="sm">{o.description}</Text>
    </Stack>
  );
}
