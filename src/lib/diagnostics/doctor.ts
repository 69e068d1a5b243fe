/**
 * Signature doctor: checks an X-GEMINI-SIGNATURE against the payload and a throwaway secret and,
 * when it is wrong, names the mistake by reproducing it. Each known wrong recipe is data: how to
 * make the wrong signature, the text that explains it (src/i18n/tools.ts) and the lesson step
 * that teaches the right way. Runs in the page (WebCrypto); never throws.
 */
import { decodeInput, type DecodedInput } from './decode.ts';
import {
  base64ToBytes,
  bytesToBase64,
  hexToBytes,
  hmacBytes,
  toBase64Url,
  type HashName,
} from './bytes.ts';
import type { FindingParams, LessonStep } from './findings.ts';
import { reserializations } from './reserialize.ts';
import { encodeBase64, hmacSha384Hex, toHex } from '../signing/index.ts';

export interface RecipeContext {
  /** The X-GEMINI-PAYLOAD value as sent. */
  payload: string;
  /** The JSON inside it, when it decodes. */
  json?: string;
  value?: unknown;
  secret: string;
  /** The correct HMAC-SHA384 bytes. */
  correct: Uint8Array;
}

export interface Reproduction {
  signature: string;
  /** Which form of the mistake (e.g. `base64url`, `wrapped-76`); the UI may say more. */
  variant?: string;
  params?: FindingParams;
}

export interface Recipe {
  id: string;
  /** Its title and fix in src/i18n/tools.ts: `recipe[explanation]`. */
  explanation: string;
  /** Where the signing lesson teaches the right way. */
  step: LessonStep;
  /** The signatures this mistake gives for these inputs (none when it cannot apply). */
  reproduce(context: RecipeContext): Promise<Reproduction[]>;
}

const hmacHex = async (key: string | Uint8Array, message: string, hash: HashName = 'SHA-384') =>
  toHex(await hmacBytes(key, message, hash));

const otherHash =
  (hash: HashName): Recipe['reproduce'] =>
  async ({ secret, payload }) => [{ signature: await hmacHex(secret, payload, hash) }];

/** Order matters only for speed: each recipe reproduces a distinct mistake. */
export const RECIPES = [
  {
    id: 'hmac-over-json',
    explanation: 'hmacOverJson',
    step: 'compute-signature',
    reproduce: async ({ secret, json }) =>
      json === undefined ? [] : [{ signature: await hmacHex(secret, json) }],
  },
  {
    id: 'sha256',
    explanation: 'sha256',
    step: 'compute-signature',
    reproduce: otherHash('SHA-256'),
  },
  {
    id: 'sha512',
    explanation: 'sha512',
    step: 'compute-signature',
    reproduce: otherHash('SHA-512'),
  },
  {
    id: 'sha1',
    explanation: 'sha1',
    step: 'compute-signature',
    reproduce: otherHash('SHA-1'),
  },
  {
    id: 'uppercase-hex',
    explanation: 'uppercaseHex',
    step: 'compute-signature',
    reproduce: async ({ correct }) => [{ signature: toHex(correct).toUpperCase() }],
  },
  {
    id: 'base64-signature',
    explanation: 'base64Signature',
    step: 'compute-signature',
    reproduce: async ({ correct }) => {
      const standard = bytesToBase64(correct);
      return [
        { signature: standard, variant: 'base64' },
        { signature: toBase64Url(standard, false), variant: 'base64url' },
      ];
    },
  },
  {
    id: 'base64url-payload',
    explanation: 'base64urlPayload',
    step: 'encode-base64',
    reproduce: async ({ secret, payload, json }) => {
      // Signed one alphabet, sent the other: try the sent bytes in each form. A wrapped paste
      // unwrapped is the line-breaks recipe, not this one.
      const standard = json === undefined ? undefined : encodeBase64(json);
      const unwrapped = payload.replace(/\s+/g, '');
      const forms = standard
        ? [
            { text: standard, variant: 'signed-standard' },
            { text: toBase64Url(standard, true), variant: 'signed-base64url' },
            { text: toBase64Url(standard, false), variant: 'signed-base64url' },
            { text: standard.replace(/=+$/, ''), variant: 'signed-unpadded' },
          ].filter((form) => form.text !== unwrapped)
        : [];
      return signForms(secret, payload, forms);
    },
  },
  {
    id: 'trailing-newline',
    explanation: 'trailingNewline',
    step: 'encode-base64',
    reproduce: async ({ secret, payload }) =>
      signForms(secret, payload, [
        { text: `${payload}\n`, variant: 'lf' },
        { text: `${payload}\r\n`, variant: 'crlf' },
      ]),
  },
  {
    id: 'line-breaks',
    explanation: 'lineBreaks',
    step: 'encode-base64',
    reproduce: async ({ secret, payload }) => {
      const unwrapped = payload.replace(/\s+/g, '');
      if (unwrapped !== payload) {
        return signForms(secret, payload, [{ text: unwrapped, variant: 'sent-wrapped' }]);
      }
      // `base64` wraps at 76 columns, `openssl base64` at 64; both end with a newline.
      const forms = [76, 64]
        .filter((width) => payload.length > width)
        .flatMap((width) => {
          const wrapped = payload.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? payload;
          return [
            { text: `${wrapped}\n`, variant: `wrapped-${width}` },
            { text: wrapped, variant: `wrapped-${width}` },
          ];
        });
      return signForms(secret, payload, forms);
    },
  },
  {
    id: 'secret-base64-decoded',
    explanation: 'secretBase64Decoded',
    step: 'compute-signature',
    reproduce: async ({ secret, payload }) => {
      const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(secret) ? base64ToBytes(secret) : undefined;
      return bytes && bytes.length > 0 ? [{ signature: await hmacHex(bytes, payload) }] : [];
    },
  },
  {
    id: 'secret-hex-decoded',
    explanation: 'secretHexDecoded',
    step: 'compute-signature',
    reproduce: async ({ secret, payload }) => {
      const bytes = hexToBytes(secret);
      return bytes ? [{ signature: await hmacHex(bytes, payload) }] : [];
    },
  },
  {
    id: 'secret-whitespace',
    explanation: 'secretWhitespace',
    step: 'compute-signature',
    reproduce: async ({ secret, payload }) => {
      const keys =
        secret.trim() !== secret
          ? [{ key: secret.trim(), variant: 'pasted-with-whitespace' }]
          : [
              { key: `${secret}\n`, variant: 'trailing-newline' },
              { key: `${secret}\r\n`, variant: 'trailing-newline' },
              { key: `${secret} `, variant: 'trailing-space' },
            ];
      return Promise.all(
        keys
          .filter(({ key }) => key !== '')
          .map(async ({ key, variant }) => ({ signature: await hmacHex(key, payload), variant })),
      );
    },
  },
  {
    id: 'reserialized-json',
    explanation: 'reserializedJson',
    step: 'build-payload',
    reproduce: async ({ secret, json, value }) => {
      if (json === undefined) return [];
      return Promise.all(
        reserializations(json, value).map(async (variant) => ({
          signature: await hmacHex(secret, encodeBase64(variant.json)),
          variant: variant.changes.join(','),
          params: { signedJson: variant.json, changes: variant.changes.join(',') },
        })),
      );
    },
  },
] as const satisfies readonly Recipe[];

export type RecipeId = (typeof RECIPES)[number]['id'];

/** Signs each alternative text of the payload, skipping any that equals what was sent. */
async function signForms(
  secret: string,
  payload: string,
  forms: Array<{ text: string; variant: string }>,
): Promise<Reproduction[]> {
  const distinct = forms.filter(
    (form, index) =>
      form.text !== payload && forms.findIndex((f) => f.text === form.text) === index,
  );
  return Promise.all(
    distinct.map(async ({ text, variant }) => ({
      signature: await hmacHex(secret, text),
      variant,
      params: { signedText: text },
    })),
  );
}

// ---------------------------------------------------------------------------------------------

export type Verdict = 'valid' | 'mistake' | 'mismatch' | 'incomplete';
/** Why a check could not run; the UI explains each. */
export type InputProblem = 'no-payload' | 'no-signature' | 'no-secret';

export interface SignatureShape {
  encoding: 'hex' | 'base64' | 'other';
  /** Bytes the signature encodes (hex or base64). */
  bytes?: number;
  /** The HMAC whose output has this length, if any. */
  hash?: HashName;
  letterCase?: 'lower' | 'upper' | 'mixed';
}

export interface Diagnosis {
  verdict: Verdict;
  problems: InputProblem[];
  /** What the decoder sees in the payload input. */
  payload: DecodedInput;
  /** The signature that was checked (from the field, or from pasted headers). */
  signature?: string;
  /** The right signature for this payload and secret. */
  expected?: string;
  match?: { recipe: (typeof RECIPES)[number]; reproduction: Reproduction };
  shape?: SignatureShape;
}

const HASH_BY_BYTES: Record<number, HashName> = {
  20: 'SHA-1',
  32: 'SHA-256',
  48: 'SHA-384',
  64: 'SHA-512',
};

/** What a signature looks like, without the secret: hex or base64, how long, which case. */
export function signatureShape(signature: string): SignatureShape {
  if (/^[0-9a-fA-F]+$/.test(signature) && signature.length % 2 === 0) {
    const bytes = signature.length / 2;
    const letters = signature.replace(/[0-9]/g, '');
    const letterCase =
      letters === letters.toLowerCase()
        ? 'lower'
        : letters === letters.toUpperCase()
          ? 'upper'
          : 'mixed';
    return { encoding: 'hex', bytes, hash: HASH_BY_BYTES[bytes], letterCase };
  }
  const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(signature) ? base64ToBytes(signature) : undefined;
  if (bytes) return { encoding: 'base64', bytes: bytes.length, hash: HASH_BY_BYTES[bytes.length] };
  return { encoding: 'other' };
}

export interface DiagnoseOptions {
  now?: number;
}

/**
 * Checks `signature` for the payload in `payloadText` (a base64 value, a header block or a curl
 * command; a signature found there is used when `signature` is empty).
 */
export async function diagnose(
  payloadText: string,
  signature: string,
  secret: string,
  options: DiagnoseOptions = {},
): Promise<Diagnosis> {
  const payload = decodeInput(typeof payloadText === 'string' ? payloadText : '', options);
  const checked =
    (typeof signature === 'string' ? signature.trim() : '') || payload.signature || '';
  const key = typeof secret === 'string' ? secret : '';
  const problems: InputProblem[] = [];
  if (payload.payload === undefined) problems.push('no-payload');
  if (checked === '') problems.push('no-signature');
  if (key === '') problems.push('no-secret');
  const diagnosis: Diagnosis = {
    verdict: 'incomplete',
    problems,
    payload,
    signature: checked || undefined,
  };
  if (payload.payload === undefined || problems.length > 0) return diagnosis;

  const sent = payload.payload;
  try {
    diagnosis.expected = await hmacSha384Hex(key, sent);
    if (checked === diagnosis.expected) return { ...diagnosis, verdict: 'valid' };
    const correct = hexToBytes(diagnosis.expected) ?? new Uint8Array();
    diagnosis.shape = signatureShape(checked);
    const context: RecipeContext = {
      payload: sent,
      json: payload.json,
      value: payload.value,
      secret: key,
      correct,
    };
    for (const recipe of RECIPES) {
      const reproductions = await recipe.reproduce(context);
      const hit = reproductions.find((candidate) => candidate.signature === checked);
      if (hit) return { ...diagnosis, verdict: 'mistake', match: { recipe, reproduction: hit } };
    }
    return { ...diagnosis, verdict: 'mismatch' };
  } catch {
    // WebCrypto refused the input (it should not); report no verdict rather than a wrong one.
    return { ...diagnosis, verdict: 'mismatch' };
  }
}
