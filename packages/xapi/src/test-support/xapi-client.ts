import XAPIModule from '@xapi/xapi';

// NOTE: @xapi/xapi ships CommonJS with `export default` typings; under NodeNext the default import is typed as
// the module, while at run time it is the class. The class also has a static `default` pointing to itself, so
// `.default` is right for both the type checker and the runtime.
export const XapiClient = XAPIModule.default;

/** A request the client would have sent, captured instead of going to the network. */
export interface CapturedRequest {
  url: string;
  method: string;
  headers?: Record<string, unknown>;
  data?: unknown;
}

/** An @xapi/xapi client whose transport records requests and answers with `data`. */
export function capturingClient(data: unknown = []): {
  client: InstanceType<typeof XapiClient>;
  requests: CapturedRequest[];
} {
  const requests: CapturedRequest[] = [];
  const client = new XapiClient({
    endpoint: 'http://127.0.0.1:9/xapi/',
    adapter: async <T>(request: CapturedRequest) => {
      requests.push(request);
      return { data: data as T, headers: {}, status: 200 };
    },
  });
  return { client, requests };
}
