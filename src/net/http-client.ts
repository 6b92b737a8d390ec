// The one HTTP request the link check makes, behind an interface so that the check can be
// tested against any server, and its Node implementation: no redirect followed here, no body read.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export type HttpMethod = 'HEAD' | 'GET';

export interface HttpResponse {
  status: number;
  /** The Location header, for redirects. */
  location?: string;
}

/** A request that got no answer in time. */
export class RequestTimeout extends Error {}

export interface HttpClient {
  /** Resolves with the status once headers arrive; rejects with RequestTimeout or a network error. */
  request(method: HttpMethod, url: string, timeoutMs: number): Promise<HttpResponse>;
}

export function nodeHttpClient(userAgent: string): HttpClient {
  return {
    request: (method, url, timeoutMs) =>
      new Promise((resolve, reject) => {
        const send = url.startsWith('https:') ? httpsRequest : httpRequest;
        const req = send(url, { method, headers: { 'user-agent': userAgent, accept: '*/*' } }, (res) => {
          const location = res.headers.location;
          resolve({ status: res.statusCode ?? 0, ...(location !== undefined && { location }) });
          // Only the status matters: the body is not read.
          res.destroy();
        });
        const timer = setTimeout(() => req.destroy(new RequestTimeout(`no answer in ${timeoutMs / 1000} s`)), timeoutMs);
        req.on('error', reject);
        req.on('close', () => clearTimeout(timer));
        req.end();
      }),
  };
}
