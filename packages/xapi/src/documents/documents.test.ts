import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDocumentPreconditions, documentEtag } from './document-concurrency.ts';
import { type DocumentMethod, parseDocumentQuery, type XapiResource } from './document-query.ts';
import { mergeDocumentPost } from './merge-document.ts';

const agent = {
  objectType: 'Agent',
  account: { homePage: 'http://www.example.com/agentId/1', name: 'Rick James' },
};
const activityId = 'http://www.example.com/activityId/hashset';
const registration = 'ec531277-b57b-4c15-8d91-d292c5b2b8f7';
const q = (params: Record<string, string>) => new URLSearchParams(params);
const paths = (resource: XapiResource, method: DocumentMethod, params: Record<string, string>) => {
  const result = parseDocumentQuery(resource, method, q(params), { version: '2.0.0' });
  return result.ok ? [] : result.problems.map((p) => p.path);
};

describe('parseDocumentQuery: State resource', () => {
  const full = { activityId, agent: JSON.stringify(agent), registration, stateId: 'bookmark' };
  it('reads a single-document request', () => {
    assert.deepEqual(parseDocumentQuery('activities/state', 'PUT', q(full), { version: '2.0.0' }), {
      ok: true,
      value: { resource: 'activities/state', activityId, agent, registration, documentId: 'bookmark' },
    });
  });
  it('requires activityId and agent for every method, and stateId for PUT and POST', () => {
    for (const method of ['GET', 'PUT', 'POST', 'DELETE'] as DocumentMethod[]) {
      const { activityId: _a, ...noActivity } = full;
      const { agent: _b, ...noAgent } = full;
      assert.deepEqual(paths('activities/state', method, noActivity), ['activityId'], method);
      assert.deepEqual(paths('activities/state', method, noAgent), ['agent'], method);
    }
    const { stateId: _, ...scope } = full;
    assert.deepEqual(paths('activities/state', 'PUT', scope), ['stateId']);
    assert.deepEqual(paths('activities/state', 'POST', scope), ['stateId']);
    assert.deepEqual(paths('activities/state', 'DELETE', scope), []);
    assert.deepEqual(paths('activities/state', 'GET', { ...scope, since: '2012-06-01T19:09:13.245Z' }), []);
  });
  it('rejects malformed values, a Group as agent, since on a single document, and unknown parameters', () => {
    assert.deepEqual(paths('activities/state', 'GET', { ...full, registration: 'wrong' }), ['registration']);
    assert.deepEqual(paths('activities/state', 'GET', { ...full, activityId: '{"key":"value"}' }), [
      'activityId',
    ]);
    assert.deepEqual(
      paths('activities/state', 'PUT', { ...full, agent: JSON.stringify(agent).replace(':', '"') }),
      ['agent'],
    );
    assert.deepEqual(
      paths('activities/state', 'PUT', {
        ...full,
        agent: JSON.stringify({ objectType: 'Group', member: [agent] }),
      }),
      ['agent.objectType'],
    );
    const { stateId: _, ...scope } = full;
    assert.deepEqual(paths('activities/state', 'GET', { ...scope, since: 'yesterday' }), ['since']);
    assert.deepEqual(paths('activities/state', 'GET', { ...full, since: '2012-06-01T19:09:13.245Z' }), [
      'since',
    ]);
    assert.deepEqual(paths('activities/state', 'GET', { ...full, StateId: 'x' }), ['StateId']);
  });
});

describe('parseDocumentQuery: profiles, activities, agents, about', () => {
  it('requires activityId and profileId on the Activity Profile resource (profileId except when listing)', () => {
    assert.deepEqual(paths('activities/profile', 'PUT', { activityId, profileId: 'p' }), []);
    assert.deepEqual(
      paths('activities/profile', 'GET', { activityId, since: '2012-06-01T19:09:13.245Z' }),
      [],
    );
    for (const method of ['PUT', 'POST', 'DELETE'] as DocumentMethod[])
      assert.deepEqual(paths('activities/profile', method, { activityId }), ['profileId']);
    assert.deepEqual(paths('activities/profile', 'GET', { profileId: 'p' }), ['activityId']);
    assert.deepEqual(
      paths('activities/profile', 'GET', { activityId, profileId: 'p', agent: JSON.stringify(agent) }),
      ['agent'],
    );
  });
  it('requires an Agent and profileId on the Agent Profile resource', () => {
    assert.deepEqual(paths('agents/profile', 'POST', { agent: JSON.stringify(agent), profileId: 'p' }), []);
    assert.deepEqual(paths('agents/profile', 'DELETE', { agent: JSON.stringify(agent) }), ['profileId']);
    assert.deepEqual(paths('agents/profile', 'GET', { profileId: 'p' }), ['agent']);
    assert.deepEqual(paths('agents/profile', 'PUT', { agent: '{"mbox":"nope"}', profileId: 'p' }), [
      'agent.mbox',
    ]);
  });
  it('checks the Activities, Agents and About resources', () => {
    assert.deepEqual(paths('activities', 'GET', { activityId }), []);
    assert.deepEqual(paths('activities', 'GET', {}), ['activityId']);
    assert.deepEqual(paths('agents', 'GET', { agent: JSON.stringify(agent) }), []);
    assert.deepEqual(paths('agents', 'GET', { agent: 'wrong' }), ['agent']);
    assert.deepEqual(paths('about', 'GET', {}), []);
    assert.deepEqual(paths('about', 'POST', {}), ['method']);
  });
});

describe('documentEtag / checkDocumentPreconditions', () => {
  const etag = documentEtag(Buffer.from('{"x":"foo"}'));
  const base = { resource: 'activities/profile' as const, version: '2.0.0' as const, currentEtag: etag };
  it('is the quoted lower-case SHA-1 of the contents', () => {
    assert.match(etag, /^"[0-9a-f]{40}"$/);
    assert.equal(documentEtag(Buffer.from('{}')), '"bf21a9e8fbc5a3846fb05b4fa0859e0917b2202f"');
  });
  it('accepts a matching If-Match (quoted, weak, in a list or *) and refuses others with 412', () => {
    for (const ifMatch of [etag, `W/${etag}`, `"abc", ${etag}`, '*']) {
      assert.deepEqual(
        checkDocumentPreconditions({ ...base, method: 'PUT', ifMatch }),
        { ok: true },
        ifMatch,
      );
    }
    for (const method of ['PUT', 'POST', 'DELETE'] as DocumentMethod[]) {
      const result = checkDocumentPreconditions({ ...base, method, ifMatch: '"0000"' });
      assert.equal(!result.ok && result.status, 412);
    }
    assert.equal(
      checkDocumentPreconditions({ ...base, method: 'PUT', ifMatch: '*', currentEtag: null }).ok,
      false,
    );
  });
  it('refuses If-None-Match: * when the document exists', () => {
    const result = checkDocumentPreconditions({ ...base, method: 'PUT', ifNoneMatch: '*' });
    assert.equal(!result.ok && result.status, 412);
    assert.equal(
      checkDocumentPreconditions({ ...base, method: 'PUT', ifNoneMatch: '*', currentEtag: null }).ok,
      true,
    );
  });
  it('answers 409 to a PUT without headers over an existing document, with an explanation', () => {
    const result = checkDocumentPreconditions({ ...base, method: 'PUT' });
    assert.equal(!result.ok && result.status, 409);
    assert.match(!result.ok ? result.message : '', /If-Match/);
    assert.equal(checkDocumentPreconditions({ ...base, method: 'PUT', currentEtag: null }).ok, true);
    assert.equal(checkDocumentPreconditions({ ...base, method: 'POST' }).ok, true);
  });
  it('lets 1.0.x overwrite state without headers, but not 2.0', () => {
    const state = { ...base, resource: 'activities/state' as const, method: 'PUT' as const };
    assert.equal(checkDocumentPreconditions({ ...state, version: '1.0.3' }).ok, true);
    assert.equal(checkDocumentPreconditions({ ...state, version: '2.0.0' }).ok, false);
  });
});

describe('mergeDocumentPost', () => {
  const json = (value: unknown) => ({
    contentType: 'application/json',
    contents: Buffer.from(JSON.stringify(value)),
  });
  it('merges top-level properties as in the specification example', () => {
    const result = mergeDocumentPost(json({ x: 'foo', y: 'bar' }), json({ x: 'bash', z: 'faz' }));
    assert.ok(result.ok);
    assert.deepEqual(JSON.parse(result.value.contents.toString()), { x: 'bash', y: 'bar', z: 'faz' });
  });
  it('replaces nested objects whole', () => {
    const result = mergeDocumentPost(json({ a: { b: 1, c: 2 } }), json({ a: { b: 3 } }));
    assert.deepEqual(result.ok && JSON.parse(result.value.contents.toString()), { a: { b: 3 } });
  });
  it('stores the posted document as is when nothing is stored', () => {
    const text = { contentType: 'text/plain', contents: Buffer.from('hello') };
    assert.deepEqual(mergeDocumentPost(null, text), { ok: true, value: text });
  });
  it('refuses non-JSON or non-object documents on either side', () => {
    const text = { contentType: 'text/plain', contents: Buffer.from('hello') };
    assert.equal(mergeDocumentPost(json({ x: 1 }), text).ok, false);
    assert.equal(mergeDocumentPost(text, json({ x: 1 })).ok, false);
    assert.equal(mergeDocumentPost(json({ x: 1 }), json([1, 2])).ok, false);
    assert.equal(
      mergeDocumentPost(json({ x: 1 }), { contentType: 'application/json', contents: Buffer.from('{oops') })
        .ok,
      false,
    );
    assert.equal(
      mergeDocumentPost(null, {
        contentType: 'application/json; charset=utf-8',
        contents: Buffer.from('{oops'),
      }).ok,
      false,
    );
  });
});
