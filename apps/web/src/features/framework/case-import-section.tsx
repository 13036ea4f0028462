import { Alert, Button, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { RefusalAlert } from '../../components/refusal-alert.tsx';
import { useLocalized } from '../../i18n/use-localized.ts';
import { type CaseImportReport, type FrameworkSkill, frameworkPaths } from './framework-api.ts';
import { refusalMessage } from './framework-refusal.ts';

const READABLE = { placeholder: { color: 'var(--mantine-color-gray-7)' } };
const LISTED = 10;

/** The name an item of a CASE package goes by (what the import makes its skill's name). */
function caseItemNames(pkg: unknown): Map<string, string> {
  const items = (pkg as { CFItems?: unknown })?.CFItems;
  if (!Array.isArray(items)) return new Map();
  const names = new Map<string, string>();
  for (const item of items as Record<string, unknown>[]) {
    const id = item?.identifier;
    if (typeof id !== 'string') continue;
    const name = [item.humanCodingScheme, item.abbreviatedStatement, item.fullStatement].find(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
    names.set(id, name ?? id);
  }
  return names;
}

/**
 * Imports a CASE 1.0 package (CFPackage JSON) into the framework: all or nothing. The answer says what was
 * written, or why nothing was: a cycle named by the items' names, or the package's problems by path.
 */
export function CaseImportSection(props: {
  orgId: string;
  skills: readonly FrameworkSkill[];
  onImported(): Promise<void>;
}) {
  const { t } = useTranslation();
  const { pick } = useLocalized();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const [report, setReport] = useState<CaseImportReport | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; paths: string[] } | null>(null);
  const action = useAction();
  const alert = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setReport(null);
    setRefusal(null);
    if (!file) {
      setMissing(t('framework.case.fileRequired'));
      return;
    }
    let pkg: unknown;
    try {
      pkg = JSON.parse(await file.text());
    } catch {
      setRefusal({ message: t('framework.case.notJson'), paths: [] });
      requestAnimationFrame(() => alert.current?.focus());
      return;
    }
    const names = caseItemNames(pkg);
    const nameOf = (id: string) => {
      const skill = props.skills.find((s) => s.id === id);
      return names.get(id) ?? (skill ? pick(skill.name) : id);
    };
    const ok = await action.run(async () => {
      try {
        const answer = await api<CaseImportReport>('POST', frameworkPaths.caseImport(props.orgId), pkg);
        setReport(answer);
        await props.onImported();
      } catch (error) {
        const broken = error instanceof ApiError && error.code === 'validation_failed';
        setRefusal({
          message: broken
            ? t('framework.case.broken', { count: error.errors.length })
            : refusalMessage(t, error, nameOf),
          paths: broken ? error.errors.slice(0, LISTED).map((e) => `${e.field}: ${e.message}`) : [],
        });
        throw error;
      }
    });
    if (!ok) requestAnimationFrame(() => alert.current?.focus());
  }

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: 'sm', sm: 'lg' }}
      component="section"
      aria-labelledby="case-title"
    >
      <Title order={2} size="h3" id="case-title" mb="xs">
        {t('framework.case.title')}
      </Title>
      <Text size="sm" mb="md">
        {t('framework.case.intro')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={640}>
          <FileInput
            label={t('framework.case.file')}
            placeholder={t('framework.case.choose')}
            accept=".json,application/json"
            value={file}
            onChange={(next) => {
              setFile(next);
              setMissing(null);
            }}
            error={missing}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('framework.case.clear') }}
            styles={READABLE}
          />
          <Group>
            <Button type="submit" loading={action.busy}>
              {t('framework.case.import')}
            </Button>
          </Group>
          {refusal ? (
            <RefusalAlert ref={alert} title={t('framework.case.refusedTitle')}>
              <Text size="sm">{refusal.message}</Text>
              {refusal.paths.length > 0 ? (
                <List size="sm" mt="xs">
                  {refusal.paths.map((p) => (
                    <List.Item key={p}>
                      <code>{p}</code>
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </RefusalAlert>
          ) : null}
          <div role="status" aria-live="polite">
            {report ? (
              <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
                <Text size="sm">
                  {t('framework.case.done', {
                    title: report.title,
                    skills: report.skills,
                    created: report.created,
                    updated: report.updated,
                    prerequisites: report.prerequisites,
                    crosswalks: report.crosswalks,
                  })}
                </Text>
                {report.skipped.length > 0 ? (
                  <Text size="sm">{t('framework.case.skipped', { count: report.skipped.length })}</Text>
                ) : null}
                {report.copiedLanguage ? <Text size="sm">{t('framework.case.copiedLanguage')}</Text> : null}
              </Alert>
            ) : null}
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
