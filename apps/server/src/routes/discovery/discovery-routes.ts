import {
  CandidateSearchBodySchema,
  CandidateSearchResultSchema,
  ContactRequestBodySchema,
  ContactRequestParams,
  DiscoverySettingsBodySchema,
  DiscoverySettingsSchema,
  OrgParams,
  ReceivedContactRequestListSchema,
  ReceivedContactRequestSchema,
  SentContactRequestListSchema,
  SentContactRequestSchema,
} from '@pathwise/contracts';
import type { FastifyRequest } from 'fastify';
import {
  acceptContactRequest,
  declineContactRequest,
  listReceivedRequests,
} from '../../discovery/answer-contact-request.ts';
import { listOwnContactRequests, sendContactRequest } from '../../discovery/contact-requests.ts';
import { getOwnDiscovery, saveOwnDiscovery } from '../../discovery/discovery-settings.ts';
import { type EmployerActor, findCandidates } from '../../discovery/find-candidates.ts';
import { personOf } from '../../identity/actor.ts';
import { orgOf } from '../../plugins/access.ts';
import type { App, AppContext } from '../../runtime/types.ts';
import { learnerOf } from '../learning/learner-of.ts';
import { perCallerPerMinute } from '../per-caller-rate-limits.ts';

// NOTE: the learner consents to the employers of their organization: administrators and teachers do not search.
const employers = { roles: ['employer'] as const, sessionOnly: true };
const learners = { roles: ['learner'] as const, sessionOnly: true };

function employerOf(request: FastifyRequest): EmployerActor {
  return { orgId: orgOf(request).id, userId: personOf(request) };
}

/**
 * Finding candidates, with consent: the learner's discovery settings and the contact requests they received
 * (under `record/`), the employer's search and contact requests. Every route is for a signed-in person.
 */
export function registerDiscoveryRoutes(app: App, ctx: AppContext): void {
  const tags = ['finding candidates'];
  app.get(
    '/api/orgs/:orgId/record/discovery',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Whether employers of my organization can discover me, and which credentials they see',
        params: OrgParams,
        response: { 200: DiscoverySettingsSchema },
      },
    },
    async (request) => getOwnDiscovery(ctx, learnerOf(request)),
  );

  app.put(
    '/api/orgs/:orgId/record/discovery',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Turn discovery by employers on or off, and choose the credentials they see',
        params: OrgParams,
        body: DiscoverySettingsBodySchema,
        response: { 200: DiscoverySettingsSchema },
      },
    },
    async (request) => saveOwnDiscovery(ctx, learnerOf(request), request.body),
  );

  app.get(
    '/api/orgs/:orgId/record/contact-requests',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Contact requests employers sent me',
        params: OrgParams,
        response: { 200: ReceivedContactRequestListSchema },
      },
    },
    async (request) => listReceivedRequests(ctx, learnerOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/record/contact-requests/:requestId/accept',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Accept a contact request: share the credentials I made discoverable by a new share link',
        params: ContactRequestParams,
        response: { 200: ReceivedContactRequestSchema },
      },
    },
    async (request) => acceptContactRequest(ctx, learnerOf(request), request.params.requestId),
  );

  app.post(
    '/api/orgs/:orgId/record/contact-requests/:requestId/decline',
    {
      config: { access: learners },
      schema: {
        tags,
        summary: 'Decline a contact request (the employer sees only that it was declined)',
        params: ContactRequestParams,
        response: { 200: ReceivedContactRequestSchema },
      },
    },
    async (request) => declineContactRequest(ctx, learnerOf(request), request.params.requestId),
  );

  app.post(
    '/api/orgs/:orgId/candidates/search',
    {
      config: { access: employers, rateLimit: perCallerPerMinute(60) },
      schema: {
        tags,
        summary:
          'Anonymous candidates for a job profile or framework skills, best match first, skill by skill',
        params: OrgParams,
        body: CandidateSearchBodySchema,
        response: { 200: CandidateSearchResultSchema },
      },
    },
    async (request) => findCandidates(ctx, employerOf(request), request.body),
  );

  app.get(
    '/api/orgs/:orgId/contact-requests',
    {
      config: { access: employers },
      schema: {
        tags,
        summary: 'My contact requests: pending, declined, or accepted with the share link',
        params: OrgParams,
        response: { 200: SentContactRequestListSchema },
      },
    },
    async (request) => listOwnContactRequests(ctx, employerOf(request)),
  );

  app.post(
    '/api/orgs/:orgId/contact-requests',
    {
      // NOTE: besides the daily cap the use case keeps in the database, a burst limit per minute.
      config: { access: employers, rateLimit: perCallerPerMinute(10) },
      schema: {
        tags,
        summary: 'Ask a candidate of my search for contact, with a short message',
        params: OrgParams,
        body: ContactRequestBodySchema,
        response: { 201: SentContactRequestSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sendContactRequest(ctx, employerOf(request), request.body, request.log)),
  );
}
