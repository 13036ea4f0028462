import type { ImportBody, ImportRun, PublishedPathway } from '@pathwise/contracts';
import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';

export type {
  DraftPathway,
  ImportFormatInfo,
  ImportFormatName as ImportFormat,
  ImportReport,
  ImportRun,
} from '@pathwise/contracts';

/** What an upload sends: the format, the problems and, per format, its companion files and figures. */
export type ImportRequest = ImportBody;

/** API paths of the import page. */
export const importerPaths = {
  formats: (orgId: string) => `/api/orgs/${orgId}/imports/formats`,
  drafts: (orgId: string) => `/api/orgs/${orgId}/pathway-drafts`,
  publish: (orgId: string, pathwayId: string) =>
    `/api/orgs/${orgId}/pathway-drafts/${encodeURIComponent(pathwayId)}/publish`,
};

/** Publishes a draft pathway: learners see it from now on. */
export function publishDraft(orgId: string, pathwayId: string): Promise<PublishedPathway> {
  return api<PublishedPathway>('POST', importerPaths.publish(orgId, pathwayId));
}

/**
 * Posts an import with XMLHttpRequest, because fetch reports no upload progress; `onUpload` gets the fraction
 * sent. The server answers 202 with the run at once. The CSRF token comes from `GET /api/me`, as the API
 * client's copy is private to it.
 */
export async function uploadImport(
  orgId: string,
  body: ImportRequest,
  onUpload: (fraction: number) => void,
): Promise<ImportRun> {
  const { csrfToken } = await api<{ csrfToken: string }>('GET', '/api/me');
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/orgs/${orgId}/imports`);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => e.lengthComputable && onUpload(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The server could not be reached'));
    xhr.onload = () => {
      let parsed: { code?: string; detail?: string; title?: string } & Partial<ImportRun> = {};
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // A non-JSON answer is reported by its status below.
      }
      if (xhr.status === 202) resolve(parsed as ImportRun);
      else
        reject(
          new ApiError(
            xhr.status,
            parsed.code ?? 'internal',
            parsed.detail ?? parsed.title ?? xhr.statusText,
          ),
        );
    };
    xhr.send(JSON.stringify(body));
  });
}

/**
 * Follows a run until it has finished, telling `onRun` each state read; resolves with the finished run.
 * @example
 * const run = await followImport(orgId, started.id, setRun);
 */
export async function followImport(
  orgId: string,
  runId: string,
  onRun: (run: ImportRun) => void,
  intervalMs = 400,
): Promise<ImportRun> {
  for (;;) {
    const run = await api<ImportRun>('GET', `/api/orgs/${orgId}/imports/${runId}`);
    onRun(run);
    if (run.status === 'done' || run.status === 'failed') return run;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

function read<T>(file: File, how: 'text' | 'dataUrl', onRead: (loaded: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onRead(e.loaded);
    reader.onload = () => resolve(reader.result as T);
    reader.onerror = () => reject(reader.error);
    if (how === 'text') reader.readAsText(file);
    else reader.readAsDataURL(file);
  });
}

/** Reads a chosen file as text, reporting the fraction read. */
export function readFileText(file: File, onRead: (fraction: number) => void): Promise<string> {
  return read<string>(file, 'text', (loaded) => onRead(file.size ? loaded / file.size : 1));
}

/** Reads chosen figure files as base64, reporting the fraction of all their bytes read. */
export async function readFigureFiles(
  files: readonly File[],
  onRead: (fraction: number) => void,
): Promise<{ name: string; data: string }[]> {
  const total = files.reduce((n, f) => n + f.size, 0) || 1;
  let before = 0;
  const out: { name: string; data: string }[] = [];
  for (const file of files) {
    const url = await read<string>(file, 'dataUrl', (loaded) => onRead((before + loaded) / total));
    out.push({ name: file.name, data: url.slice(url.indexOf(',') + 1) });
    before += file.size;
  }
  onRead(1);
  return out;
}
