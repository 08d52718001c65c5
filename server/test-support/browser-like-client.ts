import { parseSetCookie } from 'cookie';

/**
 * Just enough of a browser for sign-in tests in Node: a cookie jar shared by every port of
 * 127.0.0.1 (as browsers share it), redirects followed one by one so each hop can be looked at,
 * and HTML forms read from a page and submitted.
 */
export interface Hop {
  url: string;
  status: number;
  location: string | null;
  body: string;
  headers: Headers;
}

export interface BrowserLikeClient {
  readonly cookies: Map<string, string>;
  /** One request, no redirect followed. */
  request(
    url: string,
    init?: { method?: string; body?: URLSearchParams; headers?: Record<string, string> },
  ): Promise<Hop>;
  /** Follows redirects from `url` until a non-redirect answer; returns every hop. */
  follow(
    url: string,
    init?: { method?: string; body?: URLSearchParams; headers?: Record<string, string> },
  ): Promise<Hop[]>;
  /** Submits the first form of `page` with its hidden fields plus `fields`, following redirects. */
  submitForm(page: Hop, fields?: Record<string, string>): Promise<Hop[]>;
}

const MAX_HOPS = 20;

export function createBrowserLikeClient(): BrowserLikeClient {
  const cookies = new Map<string, string>();

  const request: BrowserLikeClient['request'] = async (url, init = {}) => {
    const cookieHeader = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      redirect: 'manual',
      headers: {
        accept: 'text/html,application/json;q=0.9',
        ...(cookieHeader === '' ? {} : { cookie: cookieHeader }),
        ...init.headers,
      },
      body: init.body,
    });
    for (const line of response.headers.getSetCookie()) {
      const cookie = parseSetCookie(line);
      if (cookie.value === undefined || cookie.value === '' || cookie.maxAge === 0) {
        cookies.delete(cookie.name);
      } else {
        cookies.set(cookie.name, cookie.value);
      }
    }
    const location = response.headers.get('location');
    return {
      url,
      status: response.status,
      location: location === null ? null : new URL(location, url).href,
      body: await response.text(),
      headers: response.headers,
    };
  };

  const follow: BrowserLikeClient['follow'] = async (url, init) => {
    const hops: Hop[] = [];
    let hop = await request(url, init);
    hops.push(hop);
    while (hop.status >= 300 && hop.status < 400 && hop.location !== null) {
      if (hops.length > MAX_HOPS) throw new Error(`More than ${MAX_HOPS} redirects from ${url}`);
      hop = await request(hop.location);
      hops.push(hop);
    }
    return hops;
  };

  const submitForm: BrowserLikeClient['submitForm'] = (page, fields = {}) => {
    const form = /<form[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(page.body);
    if (form === null) throw new Error(`No form on ${page.url}: ${page.body.slice(0, 300)}`);
    const body = new URLSearchParams();
    for (const input of form[2]?.matchAll(/<input[^>]*type="hidden"[^>]*>/gi) ?? []) {
      const name = /name="([^"]*)"/.exec(input[0])?.[1];
      const value = /value="([^"]*)"/.exec(input[0])?.[1] ?? '';
      if (name !== undefined) body.set(name, value);
    }
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    return follow(new URL(form[1] ?? '', page.url).href, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  };

  return { cookies, request, follow, submitForm };
}
