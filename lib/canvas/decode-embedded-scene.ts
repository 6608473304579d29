import { strFromU8, unzlibSync } from 'fflate';

/** The keyword / payload type Excalidraw writes for a scene embedded in a PNG or SVG export. */
export const EXCALIDRAW_MIME = 'application/vnd.excalidraw+json';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

export type EmbeddedSceneResult = { ok: true; json: string } | { ok: false; error: string };

const NO_SCENE_ADVICE = "export with 'Embed scene' ticked in Excalidraw, or save the scene as a .excalidraw file";

/** True when the bytes start with the 8-byte PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** True when the text is an SVG document (an XML prolog or comments may come first). */
export function isSvgText(text: string): boolean {
  const head = text.slice(0, 4096).trimStart();
  return head.startsWith('<') && /<svg[\s>]/i.test(head);
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

function byteStringToBytes(byteString: string): Uint8Array {
  const bytes = new Uint8Array(byteString.length);
  for (let i = 0; i < byteString.length; i++) bytes[i] = byteString.charCodeAt(i) & 0xff;
  return bytes;
}

/**
 * Excalidraw's `decode` (data/encode.ts): `{ version: "1", encoding: "bstring", compressed, encoded }`
 * where `encoded` is a byte string, zlib-deflated when `compressed`, else UTF-8 bytes. A payload that
 * is already a scene (`{ type: "excalidraw", ... }`) is returned as is. Throws on anything else.
 */
export function decodeExcalidrawPayload(json: string): string {
  const data = JSON.parse(json) as unknown;
  if (typeof data !== 'object' || data === null) throw new Error('payload is not an object');
  const record = data as Record<string, unknown>;
  if (!('encoded' in record)) {
    if (record.type === 'excalidraw') return json;
    throw new Error('payload is neither a scene nor an encoded scene');
  }
  if (record.encoding !== 'bstring' || typeof record.encoded !== 'string') throw new Error(`unknown encoding "${String(record.encoding)}"`);
  const bytes = byteStringToBytes(record.encoded);
  return strFromU8(record.compressed === true ? unzlibSync(bytes) : bytes);
}

interface PngText {
  keyword: string;
  text: string;
}

/** tEXt (latin-1) and iTXt (UTF-8, maybe zlib-compressed) chunks of a PNG, in file order. */
function pngTextChunks(bytes: Uint8Array): PngText[] {
  const out: PngText[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = PNG_SIGNATURE.length;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const name = latin1(bytes.subarray(offset + 4, offset + 8));
    const start = offset + 8;
    const end = start + length;
    if (end > bytes.length) break;
    const data = bytes.subarray(start, end);
    const zero = data.indexOf(0);
    if (name === 'tEXt' && zero > 0) out.push({ keyword: latin1(data.subarray(0, zero)), text: latin1(data.subarray(zero + 1)) });
    if (name === 'iTXt' && zero > 0) {
      const compressed = data[zero + 1] === 1;
      let p = zero + 3;
      const language = data.indexOf(0, p);
      const translated = language < 0 ? -1 : data.indexOf(0, language + 1);
      if (translated >= 0) {
        p = translated + 1;
        const body = data.subarray(p);
        try {
          out.push({ keyword: latin1(data.subarray(0, zero)), text: strFromU8(compressed ? unzlibSync(body) : body) });
        } catch {
          out.push({ keyword: latin1(data.subarray(0, zero)), text: '' });
        }
      }
    }
    if (name === 'IEND') break;
    offset = end + 4; // skip the CRC
  }
  return out;
}

/**
 * The scene JSON embedded in an `.excalidraw.png` (Excalidraw's `decodePngMetadata`: the tEXt chunk whose
 * keyword is `application/vnd.excalidraw+json`; iTXt is read too). A clear sentence when there is none.
 */
export function decodePngScene(bytes: Uint8Array): EmbeddedSceneResult {
  const chunk = pngTextChunks(bytes).find((c) => c.keyword === EXCALIDRAW_MIME);
  if (!chunk) return { ok: false, error: `This PNG has no Excalidraw scene embedded: ${NO_SCENE_ADVICE}.` };
  try {
    return { ok: true, json: decodeExcalidrawPayload(chunk.text) };
  } catch {
    return { ok: false, error: 'This PNG holds an Excalidraw scene, but it is damaged and cannot be read.' };
  }
}

/**
 * The scene JSON embedded in an `.excalidraw.svg` (Excalidraw's `decodeSvgBase64Payload`: base64 between
 * `<!-- payload-start -->` and `<!-- payload-end -->`; payload-version 2 is a byte string, version 1 UTF-8).
 */
export function decodeSvgScene(svg: string): EmbeddedSceneResult {
  const match = svg.match(/<!--\s*payload-start\s*-->\s*([\s\S]+?)\s*<!--\s*payload-end\s*-->/);
  if (!svg.includes(`payload-type:${EXCALIDRAW_MIME}`) && !match) {
    return { ok: false, error: `This SVG has no Excalidraw scene embedded: ${NO_SCENE_ADVICE}.` };
  }
  if (!match) return { ok: false, error: 'This SVG names an Excalidraw scene, but its payload is missing.' };
  const version = svg.match(/<!--\s*payload-version:(\d+)\s*-->/)?.[1] ?? '1';
  try {
    const raw = atob(match[1]!.replace(/\s+/g, ''));
    const json = version !== '1' ? raw : strFromU8(byteStringToBytes(raw));
    return { ok: true, json: decodeExcalidrawPayload(json) };
  } catch {
    return { ok: false, error: 'This SVG holds an Excalidraw scene, but it is damaged and cannot be read.' };
  }
}
