import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { NotFoundPage } from '../../components/not-found-page.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../../session/session-context.tsx';
import {
  type AuthoredItemForm,
  type AuthoredItemInput,
  blankItem,
  type Framework,
  fieldErrorsOf,
  itemAuthoringApi,
  itemAuthoringPaths,
} from './item-authoring-api.ts';
import { itemBankPagePath } from './item-bank-api.ts';
import { ItemEditorForm } from './item-editor-form.tsx';
import { ItemPreview, previewOfForm } from './item-preview.tsx';

/**
 * `/o/:orgSlug/items/new` and `/o/:orgSlug/items/edit?item=…`, for teachers and administrators: write an item (or
 * edit an authored one), see it as a learner would, and save it to the organization's bank. Every answer key is
 * checked by the server's checker; its problems show next to their fields.
 */
export function ItemEditorPage() {
  const { t } = useTranslation();
  const { orgSlug = '' } = useParams();
  const [params] = useSearchParams();
  const itemId = params.get('item');
  const { me } = useSession();
  const membership = me?.memberships.find(
    (m) => m.orgSlug === orgSlug && (m.role === 'admin' || m.role === 'teacher'),
  );
  const orgId = membership?.orgId ?? null;
  const framework = useApiData<Framework>(orgId ? itemAuthoringPaths.framework(orgId) : null);
  const existing = useApiData<AuthoredItemForm>(
    orgId && itemId ? itemAuthoringPaths.form(orgId, itemId) : null,
  );
  const [form, setForm] = useState<AuthoredItemInput | null>(itemId ? null : blankItem());
  const [preview, setPreview] = useState(false);
  const save = useAction();
  const navigate = useNavigate();
  useEffect(() => {
    if (existing.data && existing.data.id === itemId) setForm(existing.data.form);
  }, [existing.data, itemId]);
  if (!membership || !orgId) return <NotFoundPage />;
  const errors = fieldErrorsOf(save.error);
  const submit = () =>
    form &&
    save.run(async () => {
      const saved = itemId
        ? await itemAuthoringApi.update(orgId, itemId, form)
        : await itemAuthoringApi.create(orgId, form);
      navigate(`${itemBankPagePath(orgSlug, 'authored')}&item=${encodeURIComponent(saved.id)}`);
    });
  return (
    <Page
      title={t(itemId ? 'itemBank.editor.editTitle' : 'itemBank.editor.newTitle')}
      intro={
        <>
          <Anchor component={Link} to={itemBankPagePath(orgSlug)} size="sm" display="block" mb={4}>
            {t('itemBank.editor.back')}
          </Anchor>
          {t('itemBank.editor.intro')}
        </>
      }
    >
      <ErrorAlert error={framework.error ?? existing.error} />
      {existing.data?.authoring.attribution ? (
        <Text size="sm" c="dimmed">
          {t('itemBank.detail.attribution')}: {existing.data.authoring.attribution}
        </Text>
      ) : null}
      {!form || !framework.data ? (
        <LoadingState />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: preview ? 2 : 1 }} spacing="lg">
          <div>
            <Paper withBorder radius="lg" p={{ base: 'sm', sm: 'lg' }}>
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  void submit();
                }}
              >
                <Stack gap="md">
                  <ItemEditorForm
                    form={form}
                    onChange={setForm}
                    skills={framework.data.skills}
                    errors={errors}
                  />
                  <ErrorAlert error={save.error} />
                  <Group>
                    <Button type="submit" loading={save.busy}>
                      {t('itemBank.editor.save')}
                    </Button>
                    <Button variant="default" onClick={() => setPreview((p) => !p)} aria-expanded={preview}>
                      {t(preview ? 'itemBank.editor.hidePreview' : 'itemBank.editor.showPreview')}
                    </Button>
                  </Group>
                </Stack>
              </form>
            </Paper>
          </div>
          {preview ? (
            <div>
              <section aria-labelledby="editor-preview">
                <Title order={2} size="h4" id="editor-preview" mb="xs">
                  {t('itemBank.preview.title')}
                </Title>
                <ItemPreview item={previewOfForm(form)} />
              </section>
            </div>
          ) : null}
        </SimpleGrid>
      )}
    </Page>
  );
}
