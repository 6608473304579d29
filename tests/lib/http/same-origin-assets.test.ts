import { describe, expect, it } from 'vitest';
import { sameOriginFontSources, sameOriginWorkerUrl, SERVED_AT } from '@/lib/http/same-origin-assets';

const ORIGIN = 'http://127.0.0.1:3123';

describe('sameOriginWorkerUrl', () => {
  it("points Excalidraw's file:// subsetting worker at our copy, escaped or not", () => {
    for (const url of ['file:///ROOT/node_modules/@excalidraw/excalidraw/dist/prod/subset-worker.chunk.js', 'file:///ROOT/node_modules/%40excalidraw/excalidraw/dist/prod/subset-worker.chunk.js']) {
      expect(sameOriginWorkerUrl(url, ORIGIN).toString()).toBe(`${ORIGIN}${SERVED_AT}`);
      expect(sameOriginWorkerUrl(new URL(url), ORIGIN).toString()).toBe(`${ORIGIN}${SERVED_AT}`);
    }
  });

  it('leaves every other worker alone', () => {
    for (const url of [`${ORIGIN}/_next/static/chunks/grader.js`, 'blob:http://127.0.0.1:3123/abc', 'file:///ROOT/node_modules/other/subset-worker.chunk.js', 'file:///etc/passwd', '/relative.js']) {
      expect(sameOriginWorkerUrl(url, ORIGIN), url).toBe(url);
    }
  });
});

describe('sameOriginFontSources', () => {
  it('drops the CDN fallback and keeps ours', () => {
    const ours = `url(${ORIGIN}/excalidraw-assets/fonts/Excalifont/E.woff2) format('woff2')`;
    const cdn = "url(https://esm.sh/@excalidraw/excalidraw@0.18.1/dist/prod/fonts/Excalifont/E.woff2) format('woff2')";
    expect(sameOriginFontSources(`${ours}, ${cdn}`, ORIGIN)).toBe(ours);
    expect(sameOriginFontSources(`url("/excalidraw-assets/fonts/a.woff2"), ${cdn}`, ORIGIN)).toBe('url("/excalidraw-assets/fonts/a.woff2")');
    expect(sameOriginFontSources(`url(data:font/woff2;base64,AAAA), ${cdn}`, ORIGIN)).toBe('url(data:font/woff2;base64,AAAA)');
  });

  it('leaves a single source, a list with none of ours and other syntax unchanged', () => {
    const cdn = 'url(https://esm.sh/a.woff2)';
    expect(sameOriginFontSources(cdn, ORIGIN)).toBe(cdn);
    expect(sameOriginFontSources(`${cdn}, url(https://cdn.example/b.woff2)`, ORIGIN)).toBe(`${cdn}, url(https://cdn.example/b.woff2)`);
    expect(sameOriginFontSources('local(Arial), url(https://esm.sh/a.woff2)', ORIGIN)).toBe('local(Arial), url(https://esm.sh/a.woff2)');
  });
});
