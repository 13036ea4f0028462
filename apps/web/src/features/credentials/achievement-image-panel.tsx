import {
  Button,
  ColorSwatch,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type {
  AchievementImage,
  AchievementImageDesign,
  AchievementImageUpload,
  AchievementSummary,
  BadgeShape,
  ImageProblem,
} from '@pathwise/contracts';
import { IconCheck } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';
import { useAction } from '../../api/use-action.ts';
import { RefusalAlert } from '../../components/refusal-alert.tsx';
import { en } from '../../i18n/en.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { credentialAdminPaths } from './credentials-api.ts';

/** What the server accepts (ACHIEVEMENT_IMAGE_LIMITS in the contract), checked here first to say it sooner. */
const MAX_BYTES = 40 * 1024;
const ACCEPT = 'image/png,image/svg+xml,.png,.svg';
const SHAPES: readonly BadgeShape[] = ['circle', 'shield', 'hexagon'];
const HEX = /^#[0-9a-f]{6}$/i;
/** Preset colours for a generated design; the first is Pathwise's teal, the server's default. */
const SWATCHES = {
  teal: '#0f6f80',
  navy: '#1c3d7a',
  purple: '#5f3dc4',
  crimson: '#a51d2d',
  orange: '#c2410c',
  green: '#1e6b30',
} as const;
const DEFAULT_SHAPE: Record<string, BadgeShape> = {
  Certificate: 'shield',
  MicroCredential: 'hexagon',
  Competency: 'hexagon',
};
const PROBLEMS = new Set(Object.keys(en.credentials.image.problems));

interface AchievementImagePanelProps {
  orgId: string;
  achievement: AchievementSummary;
  /** After a change: the list is read again and `message` said. */
  onChanged(message: string): Promise<void>;
  onClose(): void;
}

/** The image type of a chosen file, by its type or else its extension (the server checks the content). */
function mediaTypeOf(file: File): AchievementImageUpload['mediaType'] | null {
  if (file.type === 'image/png' || /\.png$/i.test(file.name)) return 'image/png';
  if (file.type === 'image/svg+xml' || /\.svg$/i.test(file.name)) return 'image/svg+xml';
  return null;
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The reader's-language sentence for a refused image: the problem the server named, or the general one. */
export function imageRefusal(t: TFunction, error: unknown): string {
  const problem = error instanceof ApiError ? error.extensions.imageProblem : undefined;
  if (typeof problem === 'string' && PROBLEMS.has(problem)) {
    const found = error instanceof ApiError ? error.extensions.found : undefined;
    return t(`credentials.image.problems.${problem as ImageProblem}`, { found: found ?? '' });
  }
  return errorMessage(t, error);
}

/**
 * An achievement's image, for administrators: the current one, an upload (PNG or SVG, at most 40 KB), or a
 * generated design (shape and colour), and its removal. Credentials issued from now on carry it.
 */
export function AchievementImagePanel(props: AchievementImagePanelProps) {
  const { t } = useTranslation();
  const { achievement } = props;
  const { name, image } = achievement;
  const [file, setFile] = useState<File | null>(null);
  const [shape, setShape] = useState<BadgeShape>(
    image?.design?.shape ?? DEFAULT_SHAPE[achievement.achievementType] ?? 'circle',
  );
  const [color, setColor] = useState<string>(image?.design?.color ?? SWATCHES.teal);
  const [problem, setProblem] = useState<string | null>(null);
  const [colorProblem, setColorProblem] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const action = useAction();
  const heading = useRef<HTMLHeadingElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (refusals > 0) alert.current?.focus();
  }, [refusals]);

  async function change(send: () => Promise<unknown>, message: string) {
    setProblem(null);
    if (await action.run(send)) await props.onChanged(message);
    else setRefusals((n) => n + 1);
  }
  function refuse(message: string) {
    setProblem(message);
    setRefusals((n) => n + 1);
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    if (!file) return refuse(t('credentials.image.noFile'));
    const mediaType = mediaTypeOf(file);
    if (!mediaType) return refuse(t('credentials.image.wrongType'));
    if (file.size > MAX_BYTES) return refuse(t('credentials.image.problems.too_large'));
    const body: AchievementImageUpload = { mediaType, contentBase64: await base64Of(file) };
    await change(
      () => api<AchievementImage>('PUT', credentialAdminPaths.image(props.orgId, achievement.id), body),
      t('credentials.image.uploaded', { name }),
    );
    setFile(null);
  }

  async function generate(event: FormEvent) {
    event.preventDefault();
    if (!HEX.test(color.trim())) {
      setColorProblem(t('credentials.image.colorInvalid'));
      return;
    }
    const body: AchievementImageDesign = { shape, color: color.trim() };
    await change(
      () => api<AchievementImage>('PUT', credentialAdminPaths.imageDesign(props.orgId, achievement.id), body),
      t('credentials.image.generated', { name }),
    );
  }

  const remove = () =>
    change(
      () => api<void>('DELETE', credentialAdminPaths.image(props.orgId, achievement.id)),
      t('credentials.image.removed', { name }),
    );

  const refusal = problem ?? (action.error ? imageRefusal(t, action.error) : null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="achievement-image-title">
      <Title order={3} size="h4" id="achievement-image-title" ref={heading} tabIndex={-1}>
        {t('credentials.image.title', { name })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('credentials.image.intro')}
      </Text>
      <Stack gap="lg" maw={640}>
        {refusal ? (
          <RefusalAlert ref={alert} title={t('credentials.image.problemTitle')}>
            {refusal}
          </RefusalAlert>
        ) : null}
        <Group gap="md" align="center">
          {image ? (
            // NOTE: an SVG is shown through <img> only: nothing in it can run there.
            <img
              src={image.src}
              alt={t('credentials.image.thumbnailAlt', { name })}
              width={96}
              height={96}
              style={{ objectFit: 'contain' }}
              data-testid="achievement-image-preview"
            />
          ) : null}
          <Text size="sm">{image ? t('credentials.image.current') : t('credentials.image.noImage')}</Text>
        </Group>
        <form onSubmit={(e) => void upload(e)} noValidate>
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('credentials.image.uploadTitle')}
            </Title>
            <FileInput
              label={t('credentials.image.file')}
              description={t('credentials.image.fileHint')}
              accept={ACCEPT}
              clearable
              value={file}
              onChange={setFile}
              w={{ base: '100%', sm: 420 }}
            />
            <Button type="submit" variant="default" loading={action.busy} w="fit-content">
              {t('credentials.image.upload')}
            </Button>
          </Stack>
        </form>
        <form onSubmit={(e) => void generate(e)} noValidate>
          <Stack gap="xs">
            <Title order={4} size="h5">
              {t('credentials.image.designTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('credentials.image.designHint')}
            </Text>
            <Radio.Group
              label={t('credentials.image.shape')}
              value={shape}
              onChange={(v) => setShape(v as BadgeShape)}
            >
              <Group gap="md" mt={4}>
                {SHAPES.map((s) => (
                  <Radio key={s} value={s} label={t(`credentials.image.shapes.${s}`)} />
                ))}
              </Group>
            </Radio.Group>
            <ColorChoice
              t={t}
              color={color}
              error={colorProblem}
              onChange={(c) => {
                setColor(c);
                setColorProblem(null);
              }}
            />
            <Button type="submit" loading={action.busy} w="fit-content">
              {t('credentials.image.generate')}
            </Button>
          </Stack>
        </form>
        <Group>
          {image ? (
            <Button variant="default" color="red" onClick={() => void remove()} loading={action.busy}>
              {t('credentials.image.remove')}
            </Button>
          ) : null}
          <Button variant="subtle" onClick={props.onClose}>
            {t('credentials.image.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The colour of a generated design: typed as #rrggbb, or one of the preset swatches. */
function ColorChoice(props: {
  t: TFunction;
  color: string;
  error: string | null;
  onChange(color: string): void;
}) {
  const { t } = props;
  return (
    <Stack gap={6}>
      <TextInput
        label={t('credentials.image.color')}
        description={t('credentials.image.colorHint')}
        value={props.color}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        error={props.error}
        maxLength={7}
        w={{ base: '100%', sm: 420 }}
        leftSection={
          <ColorSwatch
            color={HEX.test(props.color) ? props.color : 'transparent'}
            size={18}
            aria-hidden="true"
          />
        }
      />
      <Group gap={6}>
        {Object.entries(SWATCHES).map(([key, hex]) => (
          <ColorSwatch
            key={key}
            component="button"
            type="button"
            color={hex}
            size={28}
            aria-label={t('credentials.image.useSwatch', {
              color: t(`credentials.image.swatches.${key as keyof typeof SWATCHES}`),
              hex,
            })}
            aria-pressed={props.color.toLowerCase() === hex}
            onClick={() => props.onChange(hex)}
            style={{ cursor: 'pointer', color: '#ffffff' }}
          >
            {props.color.toLowerCase() === hex ? <IconCheck size={16} aria-hidden="true" /> : null}
          </ColorSwatch>
        ))}
      </Group>
    </Stack>
  );
}
