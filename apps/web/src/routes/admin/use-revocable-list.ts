import { useState } from 'react';
import { api } from '../../api/api-client.ts';
import { type Action, useAction } from '../../api/use-action.ts';
import { useApiData } from '../../api/use-api-data.ts';

export interface RevocableList<Item, Created> {
  /** The items of the last answer (none while loading). */
  items: Item[];
  /** The error of loading the list or of the last change. */
  error: unknown;
  action: Action;
  /** What the last create answered (its one-time link or secret), until the next create or its revocation. */
  created: Created | null;
  /** POSTs `body` to the list, keeps the answer in `created`, reloads the list. Resolves true on success. */
  create(body: object): Promise<boolean>;
  /** DELETEs `<path>/<id>`, announces `message`, reloads the list. */
  revoke(item: Item, message: string): Promise<void>;
}

/**
 * The state of an administration list of things that grant access and can be revoked (invitations, API tokens,
 * join codes): GET `path` answers `{ [key]: Item[] }`, POST `path` creates one, DELETE `path/:id` revokes it.
 *
 * @example
 * const tokens = useRevocableList<ApiToken, CreatedApiToken>(`/api/orgs/${orgId}/tokens`, 'tokens');
 * await tokens.create({ name, role });
 */
export function useRevocableList<Item extends { id: string }, Created extends { id: string }>(
  path: string,
  key: string,
): RevocableList<Item, Created> {
  const list = useApiData<Record<string, Item[]>>(path);
  const action = useAction();
  const [created, setCreated] = useState<Created | null>(null);

  async function create(body: object): Promise<boolean> {
    setCreated(null);
    const ok = await action.run(async () => {
      setCreated(await api<Created>('POST', path, body));
    });
    await list.reload();
    return ok;
  }

  async function revoke(item: Item, message: string): Promise<void> {
    await action.run(
      () => api('DELETE', `${path}/${item.id}`),
      () => message,
    );
    // NOTE: a revoked item's one-time link or secret is of no use any more, so it is no longer shown.
    if (created?.id === item.id) setCreated(null);
    await list.reload();
  }

  return {
    items: list.data?.[key] ?? [],
    error: list.error ?? action.error,
    action,
    created,
    create,
    revoke,
  };
}
