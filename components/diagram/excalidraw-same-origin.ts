/**
 * Keeps Excalidraw on our origin and inside our Content-Security-Policy (proxy.ts):
 * - its font-subsetting worker is created from `import.meta.url`, which the bundler turns into a
 *   `file:///ROOT/node_modules/...` URL the browser refuses ("Failed to construct 'Worker'"); we point
 *   exactly that worker at the copy scripts/copy-excalidraw-assets.mjs serves from /excalidraw-assets/worker/;
 * - every font face it registers lists an esm.sh CDN copy after ours; the browser checks those against
 *   `font-src` and reports violations even though our copy loads, so faces keep only same-origin sources;
 * - the SVG it exports carries a `<style>` of embedded fonts, which needs this page's nonce to apply.
 * Installed once, before Excalidraw creates a worker or a font face.
 */
import { sameOriginFontSources, sameOriginWorkerUrl } from '@/lib/http/same-origin-assets';

/** The CSP nonce this page was served with (Next.js stamps its scripts with it), if any. */
export function pageNonce(): string | undefined {
  const script = document.querySelector<HTMLScriptElement>('script[nonce]');
  return script?.nonce || undefined;
}

/** Lets the `<style>` elements of an exported SVG apply under the page's policy. */
export function stampStyleNonce(svg: SVGSVGElement): void {
  const nonce = pageNonce();
  if (!nonce) return;
  for (const style of svg.querySelectorAll('style')) style.nonce = nonce;
}

let installed = false;

/** Wraps `window.Worker` and `window.FontFace` as described above. Idempotent; a no-op on the server. */
export function installExcalidrawSameOrigin(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  const origin = window.location.origin;
  if (typeof window.Worker !== 'undefined') {
    const NativeWorker = window.Worker;
    window.Worker = class SameOriginWorker extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(sameOriginWorkerUrl(url, origin), options);
      }
    };
  }
  if (typeof window.FontFace !== 'undefined') {
    const NativeFontFace = window.FontFace;
    window.FontFace = class SameOriginFontFace extends NativeFontFace {
      constructor(family: string, source: string | BufferSource, descriptors?: FontFaceDescriptors) {
        super(family, typeof source === 'string' ? sameOriginFontSources(source, origin) : source, descriptors);
      }
    };
  }
}
