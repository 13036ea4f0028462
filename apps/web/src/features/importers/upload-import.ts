import { api } from '../../api/api-client.ts';
import { ApiError } from '../../api/api-error.ts';

/** The import formats the server accepts. */
export type ImportFormat = 'oatutor' | 'mathcamps' | 'gsm8k';

/** The server's report of an import. */
export interface ImportReport {
  source: string;
  pathwayId: string;
  attribution: { dataset: string; text: string; license: string; url: string };
  records: number;
  imported: number;
  skills: number;
  written: boolean;
  rejected: { line: number; field: string; message: string }[];
}

export interface ImportRequest {
  format: ImportFormat;
  problems: string;
  standards?: string;
  bktParams?: string;
  acceptPartial: boolean;
}

/**
 * Posts an import with XMLHttpRequest, because fetch reports no upload progress; `onUpload` gets the fraction
 * sent. The CSRF token comes from `GET /api/me`, as the API client's copy is private to it.
 */
export async function uploadImport(
  orgId: string,
  body: ImportRequest,
  onUpload: (fraction: number) => void,
): Promise<ImportReport> {
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
      let parsed: { code?: string; detail?: string; title?: string } & Partial<ImportReport> = {};
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // A non-JSON answer is reported by its status below.
      }
      if (xhr.status === 200) resolve(parsed as ImportReport);
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

/** Reads a chosen file as text, reporting the fraction read. */
export function readFileText(file: File, onRead: (fraction: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => e.lengthComputable && onRead(e.loaded / e.total);
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
